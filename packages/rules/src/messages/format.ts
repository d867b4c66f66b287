import type { Catalog } from '../catalog/index.ts';
import { channelLabel, listJoin } from './labels.ts';
import type { Locale, Localized } from './locales.ts';
import { countText, isCountedNoun } from './plurals.ts';

/** A value a message template can show. Offer ids, market codes and dates are rendered per locale. */
export type Param = string | number | readonly string[] | Localized;

export interface FormatOptions {
  locale: Locale;
  catalog: Catalog;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?::([a-z]+))?\}/g;

function renderValue(
  value: Param | undefined,
  kind: string | undefined,
  { locale, catalog }: FormatOptions,
): string {
  if (value === undefined) return '';
  if (typeof value === 'object' && !Array.isArray(value)) return (value as Localized)[locale];
  // `{count:subscriptions}`: the number with its noun in the locale's plural form.
  if (typeof value === 'number' && kind !== undefined && isCountedNoun(kind)) {
    return countText(locale, kind, value);
  }
  const values =
    typeof value === 'string' || typeof value === 'number'
      ? [String(value)]
      : [...(value as readonly string[])];
  switch (kind) {
    case 'offer':
    case 'offers':
      return listJoin(
        values.map((id) => {
          const name = catalog.offerName(id, locale);
          return name === id ? `"${id}"` : `${name} (${id})`;
        }),
        locale,
      );
    case 'market':
      return listJoin(
        values.map((code) => {
          const entry = catalog.market(code);
          return entry ? `${entry.market.name[locale]} (${code})` : code;
        }),
        locale,
      );
    case 'region':
      return listJoin(
        values.map((id) => catalog.regions.find((r) => r.id === id)?.name[locale] ?? id),
        locale,
      );
    case 'channel':
      return listJoin(
        values.map((c) => channelLabel(c, locale)),
        locale,
      );
    case 'list':
      return listJoin(values, locale);
    default:
      return values.join(', ');
  }
}

/** A template cut into text and placeholders: text, name, kind, text, name, kind, …, text. */
type Pieces = (string | undefined)[];

// Templates are a fixed set (rule messages, step titles), each filled thousands of times in a large run;
// the bound only keeps a caller with templates of its own from growing the table without end.
const compiled = new Map<string, Pieces>();
const MAX_COMPILED = 2000;

function piecesOf(template: string): Pieces {
  let pieces = compiled.get(template);
  if (pieces) return pieces;
  pieces = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    pieces.push(template.slice(last, match.index), match[1], match[2]);
    last = match.index + match[0].length;
  }
  pieces.push(template.slice(last));
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, pieces);
  return pieces;
}

/**
 * Fills a message template: `{name}` inserts a param, `{name:kind}` renders it for the locale (an
 * offer id as its name, a count as `{count:subscriptions}` with its noun in the plural it needs).
 */
export function formatTemplate(
  template: string,
  params: Record<string, Param>,
  options: FormatOptions,
): string {
  const pieces = piecesOf(template);
  let text = pieces[0] as string;
  for (let i = 1; i < pieces.length; i += 3) {
    text += renderValue(params[pieces[i] as string], pieces[i + 1], options) + (pieces[i + 2] as string);
  }
  return text;
}

/** Picks the string for a locale. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

/** The message of a finding, in the locale. `messages` is the rule's template table. */
export function formatFindingMessage(
  finding: { params: Record<string, Param>; variant?: string },
  messages: Record<string, Localized>,
  options: FormatOptions,
): string {
  const template = messages[finding.variant ?? 'default'] ?? messages.default;
  return template ? formatTemplate(template[options.locale], finding.params, options) : '';
}
