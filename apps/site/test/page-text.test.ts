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
