import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { contentPages, fileFor, pages, sitePath, tree } from './dist.ts';

/**
 * A crawler over the built site: every internal link and every #anchor on every page must resolve,
 * whether the page is hand-written guidance or generated from the packages.
 */

const LINKING = 'a[href], link[href], script[src], img[src], source[src], iframe[src]';

function target(element: Element): string {
  return String(element.properties.href ?? element.properties.src ?? '');
}

/** The internal URLs a page links to, resolved against the page's own path. */
function internalLinks(path: string): { raw: string; url: URL }[] {
  const base = new URL(path, 'http://site.invalid');
  return selectAll(LINKING, tree(path))
    .map((element) => target(element))
    .filter((raw) => raw !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(raw) && !raw.startsWith('//'))
    .map((raw) => ({ raw, url: new URL(raw, base) }));
}

const idsCache = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idsCache.get(file);
  if (!found) {
    found = new Set(
      selectAll('[id], a[name]', tree(sitePath(file))).map((e) =>
        String(e.properties.id ?? e.properties.name),
      ),
    );
    idsCache.set(file, found);
  }
  return found;
}

describe('internal links', () => {
  test('the crawler sees every page', () => {
    expect(pages.size).toBeGreaterThan(10);
  });

  test.each([...pages.keys()])('every link on %s resolves', (path) => {
    const broken: string[] = [];
    for (const { raw, url } of internalLinks(path)) {
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${raw} (no such page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      // `#_top` is the page itself; Starlight links to it from the table of contents.
      if (hash && hash !== '_top' && file.endsWith('.html') && !ids(file).has(hash)) {
        broken.push(`${raw} (no #${hash} there)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every generated reference page and every rule is linked from the sidebar', () => {
    const hrefs = selectAll('nav a[href]', tree('/')).map(target);
    const generated = [
      '/rules/',
      '/reference/offers/',
      '/reference/regions/',
      '/reference/plan-file/',
      '/reference/diagnostics/',
    ];
    for (const path of generated) {
      expect(hrefs).toContain(path);
    }
    for (const path of contentPages.filter((p) => /^\/rules\/[^/]+\/$/.test(p)))
      expect(hrefs).toContain(path);
  });
});
