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

/**
 * Where an offer stands in the Teams unbundling, for the reference's Teams filter: a suite with Teams
 * that is also sold without it (under any of its names), a "(no Teams)" suite, or Teams sold on its
 * own. Undefined for offers the unbundling does not touch.
 */
export type TeamsFacet = 'with' | 'without' | 'standalone';

export function teamsFacet(offer: Offer, catalog: Catalog): TeamsFacet | undefined {
  if (offer.teamsStandalone) return 'standalone';
  if (offer.withoutTeamsOf) return 'without';
  const suite = catalog.current(offer.id)?.id ?? offer.id;
  const unbundled = catalog.offers.some(
    (other) =>
      other.withoutTeamsOf && (catalog.current(other.withoutTeamsOf)?.id ?? other.withoutTeamsOf) === suite,
  );
  return unbundled ? 'with' : undefined;
}

export const TEAMS_FACETS: readonly TeamsFacet[] = ['with', 'without', 'standalone'];
