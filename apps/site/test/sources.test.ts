import { select } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { contentPages, tree } from './dist.ts';

const DATE = /\b\d{4}-\d{2}-\d{2}\b/;

// Guidance pages end with a "Sources" section ({#sources}); generated pages with components/PageSources.
describe('every page names its sources and their dates', () => {
  test.each(contentPages.filter((p) => p.endsWith('/')))('%s', (path) => {
    const page = tree(path);
    const heading = select('main #sources', page);
    expect(heading, 'a heading with id="sources"').toBeTruthy();
    // What follows the heading up to the end of the content: the list of sources and the dates.
    const content = select('main .sl-markdown-content', page);
    const text = textOf(content ?? page);
    const after = text.slice(text.indexOf(textOf(heading ?? page)));
    expect(after.length).toBeGreaterThan(textOf(heading ?? page).length);
    expect(after).toMatch(DATE);
  });
});
