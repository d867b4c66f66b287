import type { Catalog } from '@csp-move/rules/catalog';

/** What an export says about a SKU: any of Microsoft's identifiers, or a display name. */
export interface SkuKeys {
  /** Partner Center product id (the first part of a new-commerce offerId). */
  productId?: string;
  skuId?: string;
  /** Graph's skuPartNumber (the String ID of Microsoft's licensing CSV). */
  partNumber?: string;
  name?: string;
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The catalog offer an export's SKU is, by its strongest key: an identifier first, a name only when it
 * names exactly one offer. Unknown or ambiguous: no id, and the caller keeps the SKU visibly to fill in.
 */
export function resolveSku(catalog: Catalog, keys: SkuKeys): { id?: string } {
  const wanted = [keys.skuId, keys.partNumber, keys.productId]
    .filter((k): k is string => Boolean(k))
    .map(fold);
  for (const offer of catalog.offers) {
    const ids = [offer.skuPartNumber].filter((k): k is string => Boolean(k)).map(fold);
    if (ids.some((id) => wanted.includes(id))) return { id: catalog.current(offer.id)?.id ?? offer.id };
  }
  if (keys.name) {
    const name = fold(keys.name);
    const named = catalog.offers.filter((o) =>
      o.names.some((n) => fold(n.en) === name || fold(n['zh-TW']) === name),
    );
    const ids = new Set(named.map((o) => catalog.current(o.id)?.id ?? o.id));
    if (ids.size === 1) return { id: [...ids][0] as string };
  }
  return {};
}
