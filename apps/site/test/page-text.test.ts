import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist.ts';

/** Words on built pages that once ran together or came out in the wrong language. */

const text = (path: string) => textOf(fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8')));

describe('regions page', () => {
  it.each([
    ['reference/regions', /· \d+ markets/],
    ['zh-tw/reference/regions', /· \d+ 個市場/],
  ])('%s puts a space between the number of markets and the word', (path, pattern) => {
    expect(text(path)).toMatch(pattern);
  });
});

describe('example plans on rule pages', () => {
  it('carry no English comments on Chinese pages, and keep them on English ones', () => {
    const zh = text('zh-tw/rules/region-mismatch');
    const en = text('rules/region-mismatch');
    // An English comment: a hash, a space, and a capitalised word (the modeline is lower case).
    const comment = /# (?!yaml-language-server)[A-Z][a-z]+ /;
    expect(en).toMatch(comment);
    expect(zh).not.toMatch(comment);
    expect(zh).toContain('yaml-language-server');
  });
});
