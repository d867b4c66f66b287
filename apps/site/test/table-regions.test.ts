import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeOfFile, tableRegionLabel } from '../src/integrations/table-regions.ts';
import { contentPages, pages } from './dist.ts';

/**
 * Wide tables scrolled sideways without keyboard access (axe `scrollable-region-focusable` on
 * /zh-tw/guide/plan-files/ and /zh-tw/reference/cli/ with other fonts): every table of every page now
 * sits in a focusable region of its own, named in the page's language.
 */

/** The opening tag of the element each table of a built page sits in, as the page's HTML has it. */
function containers(page: string): string[] {
  const html = readFileSync(pages.get(page) as string, 'utf8');
  return [...html.matchAll(/<table[\s>]/g)].map(
    (m) => /<[^<>]*>\s*$/.exec(html.slice(0, m.index))?.[0] ?? '',
  );
}

/** The name of a table region, from its opening tag; undefined when the tag is not one. */
function regionName(tag: string): string | undefined {
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const isRegion =
    tag.startsWith('<div ') &&
    attribute('class')?.split(' ').includes('table-region') &&
    attribute('role') === 'region' &&
    attribute('tabindex') === '0';
  return isRegion ? decode(attribute('aria-label') ?? '') : undefined;
}

const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as 'amp'],
  );

describe('table regions', () => {
  // Read as text: parsing every page would take far longer than finding what encloses its tables.
  const names = new Map(contentPages.map((page) => [page, containers(page).map(regionName)]));

  it('every table of every page sits in a focusable, labelled region', () => {
    const all = [...names.values()].flat();
    expect(all.length).toBeGreaterThan(100);
    const loose = [...names].flatMap(([page, list]) => (list.some((name) => !name?.trim()) ? [page] : []));
    expect(loose).toEqual([]);
  });

  it('no two regions of a page share a name', () => {
    const twice = [...names].flatMap(([page, list]) =>
      [...new Set(list)]
        .filter((name) => list.filter((n) => n === name).length > 1)
        .map((n) => `${page}: ${n}`),
    );
    expect(twice).toEqual([]);
  });

  it('names a table after the heading it stands under, in the language of the page', () => {
    expect(names.get('/reference/cli/')).toContain('Exit codes');
    expect(names.get('/zh-tw/reference/cli/')).toContain('結束代碼');
    expect(names.get('/guide/offers/')).toEqual(
      expect.arrayContaining(['Renamed offers', 'Renamed offers, table 2']),
    );
    expect(names.get('/zh-tw/guide/offers/')?.some((name) => /（表格 2）$/.test(name ?? ''))).toBe(true);
    expect(names.get('/zh-tw/reference/regions/')?.length).toBeGreaterThan(5);
  });
});

describe('tableRegionLabel', () => {
  it('numbers a second table under one heading, and names a table without one', () => {
    expect(tableRegionLabel('Exit codes', 1, 'en')).toBe('Exit codes');
    expect(tableRegionLabel('Exit codes', 2, 'en')).toBe('Exit codes, table 2');
    expect(tableRegionLabel('結束代碼', 2, 'zh-TW')).toBe('結束代碼（表格 2）');
    expect(tableRegionLabel(undefined, 1, 'en')).toBe('Table 1');
    expect(tableRegionLabel(undefined, 3, 'zh-TW')).toBe('表格 3');
  });

  it('reads the language of a guidance page from its folder', () => {
    const docs = new URL('file:///repo/content/docs/');
    expect(localeOfFile(new URL('file:///repo/content/docs/zh-tw/guide/ci.md'), docs)).toBe('zh-TW');
    expect(localeOfFile(new URL('file:///repo/content/docs/guide/ci.md'), docs)).toBe('en');
    expect(localeOfFile(undefined, docs)).toBe('en');
  });
});
