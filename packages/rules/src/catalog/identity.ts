import type { Catalog } from './index.ts';
import type { Offer } from './schema.ts';

/**
 * What a key matched, strongest first: an identifier Microsoft gives a SKU (`skuId`, `stringId`,
 * `productId`), the catalog's own id, a name (in either locale, any old name, or a display name of
 * Microsoft's licensing CSV), or an abbreviation.
 */
export type IdentityKind = 'skuId' | 'stringId' | 'productId' | 'id' | 'name' | 'abbreviation';

/** One offer a key stands for: today's record, the record whose key matched, and what matched. */
export interface IdentityMatch {
  /** The offer as it is sold today (renames followed). */
  offer: Offer;
  /** The record that holds the key: `offer` itself, or an old name's record that was renamed to it. */
  record: Offer;
  kind: IdentityKind;
}

// Identifiers are unique across the catalog (the integrity check makes sure); names and abbreviations
// may be shared ("E3" is Office 365 E3 and Microsoft 365 E3), so a key can stand for several offers.
const STRONG: readonly IdentityKind[] = ['skuId', 'stringId', 'productId', 'id'];
const ORDER: readonly IdentityKind[] = [...STRONG, 'name', 'abbreviation'];

/**
 * A key as the lookup compares it: Unicode-compatible forms folded (full-width brackets, no-break spaces),
 * runs of white space as one space, trimmed, lower case. Punctuation stays: "Business Basic (no Teams)"
 * is not "Business Basic". Identifiers and names alike are compared this way; Microsoft's String IDs do not
 * differ by case or spaces alone (the catalog build checks its snapshot with `foldedStringIdClashes`).
 */
export function identityKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Every key of one offer record with what kind of key it is, in the order the lookup prefers them. */
export function identityKeysOf(offer: Offer): { kind: IdentityKind; text: string }[] {
  const identity = offer.identity;
  return [
    ...(identity?.skuIds ?? []).map((text) => ({ kind: 'skuId' as const, text })),
    ...[...(identity?.stringIds ?? []), ...(offer.skuPartNumber ? [offer.skuPartNumber] : [])].map(
      (text) => ({ kind: 'stringId' as const, text }),
    ),
    ...(identity?.productIds?.ids ?? []).map((text) => ({ kind: 'productId' as const, text })),
    { kind: 'id' as const, text: offer.id },
    ...offer.names.flatMap((n) => [n.en, n['zh-TW']]).map((text) => ({ kind: 'name' as const, text })),
    ...(identity?.names ?? []).map((text) => ({ kind: 'name' as const, text })),
    ...(offer.abbreviations ?? []).map((text) => ({ kind: 'abbreviation' as const, text })),
  ];
}

type Index = Map<string, IdentityMatch[]>;
const indexes = new WeakMap<Catalog, Index>();

function indexOf(catalog: Catalog): Index {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const index: Index = new Map();
  for (const record of catalog.offers) {
    const offer = catalog.current(record.id) ?? record;
    for (const { kind, text } of identityKeysOf(record)) {
      const key = identityKey(text);
      if (key === '') continue;
      const matches = index.get(key) ?? [];
      // One entry per offer and kind: an old name's record and today's record often share a String ID.
      if (!matches.some((m) => m.offer.id === offer.id && m.kind === kind)) {
        matches.push({ offer, record, kind });
      }
      index.set(key, matches);
    }
  }
  indexes.set(catalog, index);
  return index;
}

/**
 * The offers `key` stands for: a SKU's GUID, its String ID (Graph's `skuPartNumber`), a Partner Center
 * product id, a catalog id, a name in either locale (today's, an old one, or the name in Microsoft's
 * licensing CSV) or an abbreviation, compared with `identityKey` (case, white space and full-width forms
 * do not matter). Only the strongest kind of match counts: a String ID that is also someone's
 * abbreviation resolves as the String ID. An empty list means the key is unknown; more than one offer
 * means it is ambiguous (an abbreviation such as "E3", or a name two offers share), and the caller must
 * ask which. Each offer appears once. Built once per catalog, then each lookup is one map read.
 */
export function identifyOffer(key: string, catalog: Catalog): IdentityMatch[] {
  const matches = indexOf(catalog).get(identityKey(key));
  if (!matches) return [];
  for (const kind of ORDER) {
    const found = matches.filter((m) => m.kind === kind);
    if (found.length > 0) return found;
  }
  return [];
}

/** True for the kinds of key that name one SKU or one catalog record and never two offers. */
export function isStrongIdentity(kind: IdentityKind): boolean {
  return STRONG.includes(kind);
}
