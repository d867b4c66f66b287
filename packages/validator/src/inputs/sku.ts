import { type Catalog, identifyOffer, isStrongIdentity } from '@csp-move/rules/catalog';

/** What an export says about a SKU: any of Microsoft's identifiers, or a display name. */
export interface SkuKeys {
  /** Partner Center product id (the first part of a new-commerce offerId). */
  productId?: string;
  skuId?: string;
  /** Graph's skuPartNumber (the String ID of Microsoft's licensing CSV). */
  partNumber?: string;
  name?: string;
}

/**
 * The catalog offer an export's SKU is, by its strongest key: an identifier first (the catalog's SKU
 * identity lookup, `identifyOffer`), a name only when it names exactly one offer. Unknown or ambiguous:
 * no id, and the caller keeps the SKU visibly to fill in.
 */
export function resolveSku(catalog: Catalog, keys: SkuKeys): { id?: string } {
  for (const key of [keys.skuId, keys.partNumber, keys.productId]) {
    if (!key) continue;
    const found = identifyOffer(key, catalog).filter((m) => isStrongIdentity(m.kind) && m.kind !== 'id');
    if (found.length === 1) return { id: (found[0] as (typeof found)[number]).offer.id };
  }
  if (keys.name) {
    const named = identifyOffer(keys.name, catalog).filter((m) => m.kind === 'name');
    if (named.length === 1) return { id: (named[0] as (typeof named)[number]).offer.id };
  }
  return {};
}
