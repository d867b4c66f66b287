import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { localeOfFile, tableRegionLabel } from '../src/integrations/table-regions.ts';
import { contentPages, tree } from './dist.ts';

/**
 * Wide tables scrolled sideways without keyboard access (axe `scrollable-region-focusable` on
 * /zh-tw/guide/plan-files/ and /zh-tw/reference/cli/ with other fonts): every table of every page now
 * sits in a focusable region of its own, named in the page's language.
 */

describe('table regions', () => {
  it('every table of every page sits in a focusable, labelled region', () => {
    const loose: string[] = [];
    const labels: { page: string; label: string }[] = [];
    let count = 0;
    for (const page of contentPages) {
      const root = tree(page);
      const wrapped = new Set(selectAll('div.table-region[role="region"][tabindex="0"] > table', root));
      for (const table of selectAll('table', root)) {
        count++;
        if (!wrapped.has(table)) loose.push(page);
      }
      for (const region of selectAll('div.table-region', root)) {
        labels.push({ page, label: String(region.properties.ariaLabel ?? '') });
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(loose).toEqual([]);
    expect(labels.filter((r) => r.label.trim() === '')).toEqual([]);
  });

  it('no two regions of a page share a name', () => {
    const twice: string[] = [];
    for (const page of contentPages) {
      const names = selectAll('div.table-region', tree(page)).map((r) => String(r.properties.ariaLabel));
      for (const name of new Set(names)) {
        if (names.filter((n) => n === name).length > 1) twice.push(`${page}: ${name}`);
      }
    }
    expect(twice).toEqual([]);
  });

  it('names a table after the heading it stands under, in the language of the page', () => {
    const names = (page: string) =>
      selectAll('div.table-region', tree(page)).map((r) => String(r.properties.ariaLabel));
    expect(names('/reference/cli/')).toContain('Exit codes');
    expect(names('/zh-tw/reference/cli/')).toContain('結束代碼');
    expect(names('/guide/offers/')).toEqual(
      expect.arrayContaining(['Renamed offers', 'Renamed offers, table 2']),
    );
    expect(names('/zh-tw/guide/offers/').some((name) => /（表格 2）$/.test(name))).toBe(true);
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
