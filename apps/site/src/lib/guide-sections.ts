import { type Locale, localePath } from '@csp-move/rules/messages';

/**
 * What a link into the guide leads to, in words: the heading of the section an anchor names, or the
 * page's title. Links read "In the guide: The customer agreement" instead of twenty "Read more".
 */

// The guidance pages' sources, bundled at build time (the pattern is relative to this file).
const PAGES = import.meta.glob<string>('../../../../content/docs/**/*.{md,mdx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function source(path: string, locale: Locale): string | undefined {
  const base = `../../../../content/docs${localePath(path.replace(/\/$/, ''), locale)}`;
  return PAGES[`${base}.md`] ?? PAGES[`${base}.mdx`];
}

const plain = (heading: string) =>
  heading
    .replace(/^\d+\.\s+/, '')
    .replace(/[*_`]/g, '')
    .trim();

/** The section's heading (without its number), or the page title; undefined for a page not in the guide. */
export function guideSection(link: string, locale: Locale): string | undefined {
  const [path = '', anchor] = link.split('#');
  const text = source(path, locale);
  if (text === undefined) return undefined;
  if (anchor) {
    for (const line of text.split('\n')) {
      const heading = /^#{2,6}\s+(.+?)\s*\{#([^}]+)\}\s*$/.exec(line);
      if (heading?.[2] === anchor) return plain(heading[1] ?? '');
    }
  }
  const title = /^title:\s*(.+)$/m.exec(text)?.[1];
  return title ? plain(title.replace(/^(['"])(.*)\1$/, '$2')) : undefined;
}
