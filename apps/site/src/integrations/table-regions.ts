import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { type Locale, localeOfPath } from '@csp-move/rules/messages';
import type { Element, ElementContent, Parents } from 'hast';
import { t } from '../i18n/ui.ts';

/**
 * Every Markdown table sits in its own scroll container: a table wider than the page (long codes,
 * another font) scrolls sideways inside it instead of widening the page, and the container can take
 * the keyboard focus (`tabindex="0"`) so that it can be scrolled without a mouse. As a focusable
 * region it is named, in the page's language, after the table's caption or else the heading the
 * table stands under; a second table under the same heading is numbered, so that no two regions of
 * a page share a name. The styles are in `src/styles/site.css` (`.table-region`).
 */

/** The class of the container (and of the CSS that styles it). */
export const TABLE_REGION_CLASS = 'table-region';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** What the plugin needs of Sätteri's visitor context. */
interface Context {
  parent(node: Readonly<Element | Parents>): Readonly<Parents> | undefined;
  indexOf(node: Readonly<Element | Parents>): number | undefined;
  textContent(node: Readonly<ElementContent | Parents>): string;
  wrapNode(node: Readonly<Element>, wrapper: Element): void;
}

const HEADING = /^h[1-6]$/;

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** The heading element of `node`: the node itself, or the heading inside Starlight's heading wrapper. */
function headingOf(node: ElementContent | undefined): Element | undefined {
  if (!isElement(node)) return undefined;
  if (HEADING.test(node.tagName)) return node;
  const classes = node.properties?.className ?? node.properties?.class;
  const wrapper = Array.isArray(classes)
    ? classes.includes('sl-heading-wrapper')
    : /\bsl-heading-wrapper\b/.test(String(classes ?? ''));
  return wrapper
    ? node.children.find((child): child is Element => isElement(child) && HEADING.test(child.tagName))
    : undefined;
}

/** The nearest heading before `node` in document order: earlier siblings first, then those of its ancestors. */
function precedingHeading(node: Readonly<Element | Parents>, ctx: Context): Element | undefined {
  let current: Readonly<Element | Parents> | undefined = node;
  while (current) {
    const parent = ctx.parent(current);
    const index = ctx.indexOf(current);
    if (!parent || index === undefined) return undefined;
    for (let i = index - 1; i >= 0; i--) {
      const heading = headingOf(parent.children[i] as ElementContent | undefined);
      if (heading) return heading;
    }
    current = parent;
  }
  return undefined;
}

/** The language of a guidance page, from its file's place under `docs/` (`docs/zh-tw/…` is Chinese). */
export function localeOfFile(fileURL: URL | undefined, docs: URL): Locale {
  if (fileURL?.protocol !== 'file:') return 'en';
  const path = fileURLToPath(fileURL);
  const root = fileURLToPath(docs);
  return path.startsWith(root) ? localeOfPath(path.slice(root.length)) : 'en';
}

/** The name of the n-th table (from 1) that shares `base` as its name on a page. */
export function tableRegionLabel(base: string | undefined, n: number, locale: Locale): string {
  if (!base) return t(locale, 'table.region').replace('{n}', String(n));
  if (n === 1) return base;
  return t(locale, 'table.region.more').replace('{name}', base).replace('{n}', String(n));
}

/**
 * The Sätteri hast plugin (for `satteri({ hastPlugins })`) that wraps each table of a Markdown page
 * under `docs` in a labelled, focusable scroll container.
 */
export function tableRegions(docs: URL): HastPluginEntry {
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    const locale = localeOfFile(fileURL, docs);
    const seen = new Map<string, number>();
    return {
      name: 'csp-move:table-regions',
      element: {
        filter: ['table'],
        visit(table: Readonly<Element>, ctx: Context) {
          const caption = table.children.find((child) => isElement(child) && child.tagName === 'caption');
          const heading = precedingHeading(table, ctx);
          const base = (caption ? ctx.textContent(caption) : heading ? ctx.textContent(heading) : '').trim();
          const n = (seen.get(base) ?? 0) + 1;
          seen.set(base, n);
          ctx.wrapNode(table, {
            type: 'element',
            tagName: 'div',
            // Attribute names as written in HTML: Sätteri renders properties as they are named.
            properties: {
              class: TABLE_REGION_CLASS,
              role: 'region',
              tabindex: '0',
              'aria-label': tableRegionLabel(base || undefined, n, locale),
            },
            children: [],
          });
        },
      },
    };
  };
}
