import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { contentPages, tree } from './dist.ts';

const english = contentPages.filter((path) => !path.startsWith('/zh-tw/') && path.endsWith('/'));
const chinese = contentPages.filter((path) => path.startsWith('/zh-tw/'));

describe('locales', () => {
  test('there are pages in both locales', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(chinese.length).toBeGreaterThan(0);
  });

  test.each(english)('%s has a Chinese twin written in Chinese', (path) => {
    const twin = `/zh-tw${path}`;
    expect(chinese).toContain(twin);
    // Starlight fills a missing translation with the English text (a "fallback" page); the content
    // element then carries lang="en". A real translation carries zh-TW.
    expect(select('main', tree(twin))?.properties.lang).toBe('zh-TW');
  });

  test.each(chinese)('%s has an English twin', (path) => {
    expect(english).toContain(path.slice('/zh-tw'.length));
  });

  test.each(english)('%s is marked as English', (path) => {
    expect(select('html', tree(path))?.properties.lang).toBe('en');
  });
});
