import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentPages, pages } from './dist.ts';

// Starlight's own labels (heading anchors, asides, code copy buttons) follow the page's language even
// though the guidance lives outside src/content/docs (see src/integrations/external-docs.ts).
const ENGLISH_LABELS = ['Section titled', 'Copy to clipboard', 'aria-label="Note"', 'aria-label="Caution"'];

describe('Starlight labels on Chinese pages', () => {
  test.each(contentPages.filter((p) => p.startsWith('/zh-tw/')))('%s has none in English', (path) => {
    const html = readFileSync(pages.get(path) ?? '', 'utf8');
    expect(ENGLISH_LABELS.filter((label) => html.includes(label))).toEqual([]);
  });
});
