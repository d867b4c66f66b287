import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aside,
  LOCALE_CONVENTIONS,
  LOCALES,
  labelled,
  listJoin,
  localeOfPath,
  localePath,
  quoted,
  separator,
} from '../src/messages/index.ts';

/**
 * Text that differs between locales only in its marks (full-width colon, parentheses, list comma, quotes)
 * or its place on the site (/zh-tw/) reads them from one table, LOCALE_CONVENTIONS in
 * src/messages/locales.ts, and whole sentences sit in tables keyed by locale. A comparison with a locale
 * (`locale === 'zh-TW' ? '：' : ': '`) compiles for a locale nobody thought of and gives it another
 * locale's text; issue 22 found 30 of them in the packages and the site.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TABLE = 'packages/rules/src/messages/locales.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !/(^|\/)(generated|node_modules|dist)\//.test(path));
}

const SOURCES = [
  ...files('packages/rules/src', /\.ts$/),
  ...files('packages/validator/src', /\.ts$/),
  ...files('apps/site/src', /\.(ts|astro|mjs)$/),
  'apps/site/ec.config.mjs',
  'apps/site/astro.config.ts',
].filter((path) => path !== TABLE);

const LOCALE = LOCALES.map((l) => l.replace('-', '\\-')).join('|');
const BRANCHES = [
  // `locale === 'zh-TW'`, `'en' !== lang`
  new RegExp(`[!=]==\\s*(['"\`])(${LOCALE})\\1|(['"\`])(${LOCALE})\\3\\s*[!=]==`),
  // `case 'zh-TW':`
  new RegExp(`\\bcase\\s+(['"\`])(${LOCALE})\\1`),
  // `lang.startsWith('zh')`
  /\.startsWith\(\s*['"`](en|zh)/,
];
// The site's part of a locale (`zh-tw` of `/zh-tw/…`), written out in code rather than asked of the table.
const PREFIXES = LOCALES.map((l) => LOCALE_CONVENTIONS[l].sitePrefix.replace(/^\//, '')).filter(
  (p) => p !== '',
);
const COMMENT = /^\s*(\/\/|\/?\*)/;

/** The lines of `text` that branch on a locale or spell a locale's site prefix, with their numbers. */
function localeBranches(text: string): { line: number; text: string }[] {
  return text.split('\n').flatMap((line, i) => {
    if (COMMENT.test(line)) return [];
    const code = line.replace(/\s\/\/\s.*$/, '');
    const branches =
      BRANCHES.some((pattern) => pattern.test(code)) || PREFIXES.some((prefix) => code.includes(prefix));
    return branches ? [{ line: i + 1, text: line.trim() }] : [];
  });
}

describe('locale conventions', () => {
  it('finds a branch on a locale, and not a table keyed by locale', () => {
    const found = localeBranches(
      [
        "const sep = locale === 'zh-TW' ? '：' : ': ';",
        "if ('en' !== lang) return;",
        '  case "zh-TW":',
        "const zh = lang.startsWith('zh');",
        "const link = '/zh-tw' + path;",
        "return path.startsWith(root + 'zh-tw/') ? a : b;",
        "const words = { en: 'and', 'zh-TW': '和' };",
        '// English at the root, Chinese under /zh-tw/: locale === "zh-TW" reads the table.',
        "const prefix = localePath('/rules/', locale);",
      ].join('\n'),
    );
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('are read from the table: no source branches on a locale', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    const found: Record<string, string[]> = {};
    for (const path of SOURCES) {
      const hits = localeBranches(readFileSync(join(ROOT, path), 'utf8'));
      if (hits.length > 0) found[path] = hits.map((h) => `${h.line}: ${h.text}`);
    }
    expect(found).toEqual({});
  });

  it('write each locale its own way', () => {
    expect(LOCALES.map((l) => labelled('help', l))).toEqual(['help: ', 'help：']);
    expect(LOCALES.map((l) => aside('by 2027-02-15', l))).toEqual([' (by 2027-02-15)', '（by 2027-02-15）']);
    expect(LOCALES.map((l) => quoted('E5', l))).toEqual(['"E5"', '「E5」']);
    expect(LOCALES.map((l) => listJoin(['a', 'b', 'c'], l))).toEqual(['a, b and c', 'a、b 和 c']);
    expect(LOCALES.map((l) => separator(l, 'semicolon'))).toEqual(['; ', '；']);
  });

  it('put each locale in its part of the site, and find it there', () => {
    expect(LOCALES.map((l) => localePath('/rules/', l))).toEqual(['/rules/', '/zh-tw/rules/']);
    for (const locale of LOCALES) {
      expect(localeOfPath(localePath('/guide/move/', locale))).toBe(locale);
      expect(localeOfPath(localePath('/guide/move.md', locale).slice(1))).toBe(locale);
    }
    // A page whose name only starts like a prefix is not in that locale's part.
    expect(localeOfPath('/zh-tw-notes/')).toBe('en');
  });
});
