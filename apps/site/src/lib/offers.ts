import type { Catalog, Offer } from '@csp-move/rules/catalog';

/** What the offer reference shows about one offer, worked out once from the catalog. */
export interface OfferEntry {
  offer: Offer;
  /** Ids kept for the names this offer had before (offers whose `renamedTo` is this one). */
  renamedFrom: Offer[];
}

/** Every offer of the catalog with the offers renamed into it, in catalog order. */
export function offerEntries(catalog: Catalog): OfferEntry[] {
  return catalog.offers.map((offer) => ({
    offer,
    renamedFrom: catalog.offers.filter((other) => other.renamedTo === offer.id),
  }));
}

/** The documents behind an offer: its own source and those of its replacements. */
export function offerSources(offer: Offer): Offer['source'][] {
  return [offer.source, ...(offer.replacements ?? []).map((r) => r.source)];
}
