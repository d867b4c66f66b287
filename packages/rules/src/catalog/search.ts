import { LOCALES, type Locale } from '../messages/locales.ts';
import { identityKeysOf } from './identity.ts';
import type { Offer } from './schema.ts';
import type { Catalog } from './types.ts';

/** One offer that matches a search, with what matched and how well. */
export interface OfferMatch {
  offer: Offer;
  /** Higher is better; only the order is meaningful. */
  score: number;
  /** The name, abbreviation or id that matched, as written in the catalog. */
  matched: string;
}

// How well a query matches one text, best first. One table, so the ranking is visible in one place.
const SCORE = {
  exact: 100,
  abbreviation: 95,
  prefix: 80,
  tokenPrefixes: 60,
  substring: 40,
} as const;

// An offer someone can still buy ranks before an old name or a retired offer that matches as well,
// even when the old name is typed in full and today's offer only lists it as an abbreviation.
const NOT_CURRENT_PENALTY = 10;

/** Lower case, width-folded, punctuation as spaces, single spaces: "M365  E3 (no Teams)" → "m365 e3 no teams". */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[()（）,，、:：/+_\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function scoreText(
  query: string,
  queryTokens: readonly string[],
  text: string,
  abbreviation: boolean,
): number {
  const candidate = normalize(text);
  if (candidate === '') return 0;
  if (candidate === query) return abbreviation ? SCORE.abbreviation : SCORE.exact;
  if (candidate.startsWith(query)) return SCORE.prefix;
  const tokens = candidate.split(' ');
  if (queryTokens.every((q) => tokens.some((t) => t.startsWith(q)))) return SCORE.tokenPrefixes;
  if (candidate.includes(query)) return SCORE.substring;
  return 0;
}

/**
 * Offers matching `query`: any part of a name (in either language, the locale's first), an old name, an
 * id, a String ID, a SKU's GUID or an abbreviation such as "E3", "M365 E3" or "Business Prem". Best match first; ties
 * go to offers that can still be bought, then to the locale's shorter name. Pure and linear in the size
 * of the catalog; an empty query matches nothing.
 */
export function findOffers(query: string, catalog: Catalog, locale: Locale): OfferMatch[] {
  const q = normalize(query);
  if (q === '') return [];
  const queryTokens = q.split(' ');
  // Names in the locale first, then in the others.
  const locales = [locale, ...LOCALES.filter((l) => l !== locale)];
  const matches: (OfferMatch & { order: number; nameLength: number })[] = [];
  catalog.offers.forEach((offer, order) => {
    const texts: { text: string; abbreviation: boolean }[] = [
      ...offer.names.flatMap((n) => locales.map((l) => ({ text: n[l], abbreviation: false }))),
      ...(offer.abbreviations ?? []).map((text) => ({ text, abbreviation: true })),
      { text: offer.id, abbreviation: false },
      // Microsoft's identifiers of the offer's SKUs, as the identity lookup knows them.
      ...identityKeysOf(offer)
        .filter((key) => key.kind === 'stringId' || key.kind === 'skuId' || key.kind === 'productId')
        .map(({ text }) => ({ text, abbreviation: false })),
    ];
    let best = 0;
    let matched = '';
    for (const { text, abbreviation } of texts) {
      const score = scoreText(q, queryTokens, text, abbreviation);
      if (score > best) {
        best = score;
        matched = text;
      }
    }
    if (best === 0) return;
    const current = offer.renamedTo === undefined && offer.status === 'active';
    const name = catalog.offerName(offer.id, locale);
    matches.push({
      offer,
      score: best - (current ? 0 : NOT_CURRENT_PENALTY),
      matched,
      order,
      nameLength: name.length,
    });
  });
  matches.sort((a, b) => b.score - a.score || a.nameLength - b.nameLength || a.order - b.order);
  return matches.map(({ offer, score, matched }) => ({ offer, score, matched }));
}
