import type { Catalog, Offer } from '@csp-move/rules/catalog';

/**
 * Finding offers by what partners type: any part of any name the offer has had, in either language,
 * its id, and the short forms partners use ("M365 E3", "O365 E4", "Business Prem", "E5"). Pure, so the
 * unit tests and the page's combobox share it.
 */

/** Short forms partners write, spelled out before matching (whole words only). */
const SHORT_FORMS: Record<string, string> = {
  m365: 'microsoft 365',
  o365: 'office 365',
  ms365: 'microsoft 365',
  ms: 'microsoft',
  bp: 'business premium',
  bs: 'business standard',
  bb: 'business basic',
  eop: 'exchange online protection',
  exo: 'exchange online',
  aad: 'azure active directory',
  p1: 'plan 1',
  p2: 'plan 2',
};

export interface OfferEntry {
  offer: Offer;
  /** Every name and the id, lower case, words separated by single spaces. */
  words: string[];
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_/()（）,，.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words with short forms spelled out; a run of CJK text stays one word. */
function queryWords(query: string): string[] {
  return normalize(query)
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (SHORT_FORMS[word] ?? word).split(' '));
}

export function offerIndex(catalog: Catalog): OfferEntry[] {
  return catalog.offers.map((offer) => ({
    offer,
    words: [offer.id, ...offer.names.flatMap((n) => [n.en, n['zh-TW']])].map(normalize),
  }));
}

const STATUS_ORDER = { active: 0, 'end-of-sale': 1, retired: 2 } as const;

/**
 * How well one text matches: 0 when it starts with the query, 1 when every word starts a word of
 * it, 2 when every word is somewhere in it; undefined when a word is missing.
 */
function score(text: string, words: string[], whole: string): number | undefined {
  if (text.startsWith(whole)) return 0;
  let rank = 1;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at < 0) return undefined;
    if (at > 0 && text[at - 1] !== ' ' && /^[a-z0-9 ]+$/.test(word)) rank = 2;
  }
  return rank;
}

/**
 * The offers that match `query`, best first: closer matches, then offers on sale before those that
 * are not, then by id. An empty query lists every offer on sale first.
 */
export function searchOffers(index: readonly OfferEntry[], query: string, limit = 50): Offer[] {
  const words = queryWords(query);
  const whole = words.join(' ');
  const found: { offer: Offer; rank: number }[] = [];
  for (const entry of index) {
    let best: number | undefined;
    for (const text of entry.words) {
      const s = words.length === 0 ? 0 : score(text, words, whole);
      if (s !== undefined && (best === undefined || s < best)) best = s;
    }
    if (best !== undefined) found.push({ offer: entry.offer, rank: best });
  }
  found.sort(
    (a, b) =>
      a.rank - b.rank ||
      STATUS_ORDER[a.offer.status] - STATUS_ORDER[b.offer.status] ||
      (a.offer.renamedTo ? 1 : 0) - (b.offer.renamedTo ? 1 : 0) ||
      a.offer.id.localeCompare(b.offer.id),
  );
  return found.slice(0, limit).map((f) => f.offer);
}

/**
 * The id that text left in an offer field stands for: an id or a full name as it is, else the only
 * offer the text matches. Text that matches none or several is returned trimmed, for the rules to
 * report with a suggestion.
 */
export function resolveOffer(index: readonly OfferEntry[], text: string, catalog: Catalog): string {
  const typed = text.trim();
  if (typed === '' || catalog.offer(typed)) return typed;
  const key = normalize(typed);
  const named = index.find((entry) => entry.words.slice(1).includes(key));
  if (named) return named.offer.id;
  const matches = searchOffers(index, typed, 2);
  return matches.length === 1 ? (matches[0] as Offer).id : typed;
}
