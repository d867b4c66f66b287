import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SITE_URL } from '@csp-move/rules/site';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { distFiles, pages, tree } from './dist.ts';

/** The Content-Security-Policy of a page, as directive name → sources. */
function policy(path: string): Map<string, string[]> {
  const meta = select('meta[http-equiv="content-security-policy" i]', tree(path));
  const content = String(meta?.properties.content ?? '');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Elements that make the browser fetch something, with the attribute that says what. */
const FETCHING = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['link[rel~="stylesheet"]', 'href'],
  ['link[rel~="preload"]', 'href'],
  ['link[rel~="modulepreload"]', 'href'],
  ['link[rel~="prefetch"]', 'href'],
  ['link[rel~="icon"]', 'href'],
  ['link[rel~="manifest"]', 'href'],
] as const;

const paths = [...pages.keys()];

describe('Content-Security-Policy', () => {
  test.each(paths)('%s has a policy without unsafe-eval or inline scripts', (path) => {
    const directives = policy(path);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const sources of directives.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    // Style elements are hashed; only style attributes (code colours) may be inline.
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  test.each(paths)('%s allows each of its inline scripts and style elements by hash', (path) => {
    const directives = policy(path);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const script of selectAll('script:not([src])', tree(path))) {
      expect(directives.get('script-src')).toContain(hash(textOf(script)));
    }
    for (const style of selectAll('style', tree(path))) {
      expect(directives.get('style-src')).toContain(hash(textOf(style)));
    }
  });
});

describe('no request to another origin', () => {
  test.each(paths)('%s loads everything from its own origin', (path) => {
    const foreign: string[] = [];
    for (const [selector, attribute] of FETCHING) {
      for (const element of selectAll(selector, tree(path))) {
        const url = String(element.properties[attribute === 'src' ? 'src' : 'href'] ?? '');
        if (/^(https?:)?\/\//i.test(url) && !url.startsWith(`${SITE_URL}/`)) foreign.push(url);
      }
    }
    expect(foreign).toEqual([]);
  });

  test('no stylesheet pulls in anything from elsewhere (fonts, images, @import)', () => {
    const css = distFiles.filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(file, 'utf8');
      expect(
        text.match(/url\(\s*['"]?(https?:)?\/\/[^)]*\)|@import\s+(url\()?['"]?(https?:)?\/\//gi) ?? [],
        file,
      ).toEqual([]);
    }
  });
});
