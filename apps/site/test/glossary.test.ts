import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chineseValues, GLOSSARY, glossaryHits, halfWidthParentheses } from '../src/i18n/glossary.ts';

/**
 * One Traditional Chinese term per concept (src/i18n/glossary.ts) in the guides, the rule messages,
 * the CLI's messages and the site's strings.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !/(^|\/)(generated|node_modules|dist)\//.test(path));
}

const SOURCES: { kind: 'guide' | 'messages'; paths: string[] }[] = [
  { kind: 'guide', paths: files('content/docs/zh-tw', /\.mdx?$/) },
  {
    kind: 'messages',
    paths: [
      ...files('packages/rules/src', /\.ts$/),
      ...files('packages/validator/src', /\.ts$/),
      ...files('apps/site/src', /\.(ts|astro)$/).filter((p) => !p.endsWith('i18n/glossary.ts')),
    ],
  },
];

/**
 * Variants a file may still hold while it is being reworded, by path. Empty: every text uses the
 * preferred terms. An entry here fails the test as soon as its variant is gone, so the list only shrinks.
 */
const PENDING: Record<string, string[]> = {};

describe('Traditional Chinese glossary', () => {
  it('names one preferred term per concept, which is never also a variant', () => {
    const terms = GLOSSARY.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    const variants = GLOSSARY.flatMap((e) => e.avoid);
    for (const entry of GLOSSARY) {
      expect(variants.filter((v) => entry.term.includes(v))).toEqual([]);
    }
  });

  it('finds the variants it lists, with their lines', () => {
    expect(glossaryHits('第一行\n請由全域系統管理員接受', 'messages')).toEqual([
      { term: '全域管理員', found: '全域系統管理員', line: 2 },
    ]);
    expect(glossaryHits('來源訂閱', 'guide')).toEqual([]);
    expect(glossaryHits('來源訂閱', 'messages')).toHaveLength(1);
  });

  it.each(SOURCES)('the $kind texts use the preferred terms', ({ kind, paths }) => {
    expect(paths.length).toBeGreaterThan(0);
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      const hits = glossaryHits(readFileSync(join(ROOT, path), 'utf8'), kind);
      if (hits.length > 0) found[path] = hits.map((h) => h.found).sort();
    }
    const pending = Object.fromEntries(
      Object.entries(PENDING)
        .filter(([path]) => paths.includes(path))
        .map(([path, list]) => [path, [...list].sort()]),
    );
    expect(found).toEqual(pending);
  });

  it('finds half-width parentheses in Chinese, not in an English name quoted in it', () => {
    expect(halfWidthParentheses('Exchange Online (方案 1)\nEnterprise 合約 (EA)').map((h) => h.line)).toEqual(
      [1, 2],
    );
    expect(halfWidthParentheses('Exchange Online（方案 1）、「EEA (no Teams)」')).toEqual([]);
    expect(chineseValues("x: { en: 'A (B)', 'zh-TW': '甲 (乙)' }\n  - { en: C, zh-TW: 丙 (丁) }")).toBe(
      '甲 (乙)\n丙 (丁)',
    );
  });

  it('Chinese texts, offer names included, use full-width parentheses', () => {
    const found: Record<string, string[]> = {};
    const check = (path: string, text: string) => {
      const hits = halfWidthParentheses(text);
      if (hits.length > 0) found[path] = hits.map((h) => h.found);
    };
    for (const path of files('content/docs/zh-tw', /\.mdx?$/))
      check(path, readFileSync(join(ROOT, path), 'utf8'));
    const values = [...files('content/catalog', /\.yaml$/), ...(SOURCES[1]?.paths ?? [])];
    for (const path of values) check(path, chineseValues(readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual({});
  });
});
