import { catalogData } from '../generated/catalog-data.ts';
import {
  flattenPolicies,
  mergesByKey,
  type Period,
  type PolicyKey,
  type PolicyRecord,
  plainOf,
} from './policies.ts';
import type { CatalogExtension, Localized, Offer } from './schema.ts';
import type { Catalog, CatalogData, MarketEntry, OfferRelation } from './types.ts';

export {
  type IdentityKind,
  type IdentityMatch,
  identifyOffer,
  identityKey,
  isStrongIdentity,
} from './identity.ts';
export { type CatalogProblem, checkCatalog } from './integrity.ts';
export {
  daysIn,
  type MarketDays,
  type Period,
  POLICIES,
  type Policies,
  type PolicyKey,
  valueOn,
} from './policies.ts';
export type {
  CatalogExtension,
  ExtensionOffer,
  Localized,
  Market,
  Offer,
  OfferIdentity,
  Prerequisites,
  Region,
  ReplacementKind,
  Source,
} from './schema.ts';
export {
  catalogExtensionSchema,
  offersFileSchema,
  policiesFileSchema,
  regionsFileSchema,
} from './schema.ts';
export { findOffers, type OfferMatch } from './search.ts';
export { cite, type SourceId, sources } from './sources.ts';
export type { Catalog, CatalogData, MarketEntry, OfferRelation, PoliciesFile } from './types.ts';

/** Builds the lookups over catalog data. The data is not copied; do not mutate it afterwards. */
export function createCatalog(data: CatalogData): Catalog {
  const markets = new Map<string, MarketEntry>();
  for (const region of data.regions.regions) {
    for (const market of region.markets) markets.set(market.code, { market, region });
  }
  const offers = new Map<string, Offer>();
  for (const offer of data.offers.offers) offers.set(offer.id, offer);

  const currentCache = new Map<string, Offer | undefined>();
  const current = (id: string): Offer | undefined => {
    if (currentCache.has(id)) return currentCache.get(id);
    let offer = offers.get(id);
    const seen = new Set<string>();
    // Rename chains are acyclic in a checked catalog; the guard keeps a bad extension from looping.
    while (offer?.renamedTo && !seen.has(offer.id)) {
      seen.add(offer.id);
      offer = offers.get(offer.renamedTo) ?? offer;
    }
    currentCache.set(id, offer);
    return offer;
  };

  const includesCache = new Map<string, Set<string>>();
  const includesClosure = (id: string): Set<string> => {
    const cached = includesCache.get(id);
    if (cached) return cached;
    const result = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = current(stack.pop() as string);
      for (const included of next?.includes ?? []) {
        const resolved = current(included)?.id ?? included;
        if (!result.has(resolved)) {
          result.add(resolved);
          stack.push(resolved);
        }
      }
    }
    includesCache.set(id, result);
    return result;
  };

  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((id) => b.includes(id));

  // A suite with Teams is matched by the same suite "(no Teams)" plus a Teams licence sold on its own:
  // the same services under two SKUs (licences reassigned, Teams data stays in the tenant).
  const teamsSplit = (sourceId: string, targets: readonly string[]): boolean => {
    if (targets.length !== 2) return false;
    const records = targets.map((id) => current(id));
    const suite = records.find((o) => o?.withoutTeamsOf !== undefined);
    const teams = records.find((o) => o?.teamsStandalone === true);
    return (
      suite !== undefined &&
      teams !== undefined &&
      (current(suite.withoutTeamsOf as string)?.id ?? suite.withoutTeamsOf) === sourceId
    );
  };

  const relation = (sourceId: string, targetIds: readonly string[]): OfferRelation | undefined => {
    const source = current(sourceId);
    if (!source || targetIds.length === 0) return undefined;
    const targets = targetIds.map((id) => current(id)?.id ?? id);
    if (targets.length === 1 && targets[0] === source.id) {
      return targetIds[0] === sourceId ? 'identical' : 'same';
    }
    for (const record of [offers.get(sourceId), source]) {
      for (const replacement of record?.replacements ?? []) {
        const offered = replacement.offers.map((id) => current(id)?.id ?? id);
        if (sameSet(offered, targets)) return replacement.kind;
      }
    }
    if (teamsSplit(source.id, targets)) return 'equivalent';
    if (targets.some((id) => includesClosure(id).has(source.id))) return 'superset';
    return undefined;
  };

  const offerName = (id: string, locale: keyof Localized, on?: string): string => {
    const offer = offers.get(id);
    if (!offer) return id;
    const names = offer.names;
    const dated = on ? names.find((n) => (!n.from || n.from <= on) && (!n.to || on <= n.to)) : undefined;
    const name = dated ?? names[names.length - 1];
    return name ? name[locale] : id;
  };

  return {
    data,
    policies: flattenPolicies(data.policies),
    regions: data.regions.regions,
    offers: data.offers.offers,
    market: (code) => markets.get(code),
    offer: (id) => offers.get(id),
    current,
    relation,
    offerName,
  };
}

/**
 * Applies a user's catalog extension: offers with a known id replace the built-in record, new ids are
 * added; policy values override; markets are added to (or moved into) the named region.
 */
export function extendCatalogData(base: CatalogData, extension: CatalogExtension): CatalogData {
  const offers = new Map(base.offers.offers.map((o) => [o.id, o]));
  // Extension sources may leave out publisher and checked; the rules never read those two fields.
  for (const offer of extension.offers ?? []) offers.set(offer.id, offer as Offer);

  const policies = cloneJson(base.policies);
  for (const [key, value] of Object.entries(extension.policies ?? {})) {
    const entry: PolicyRecord | undefined = policies.policies[key as PolicyKey];
    if (!entry) continue;
    // An extension's value replaces the built-in one for every date; its own periods replace the
    // built-in periods. Per-channel and per-market tables merge key by key.
    const merges = mergesByKey(key);
    if (isPeriods(value)) {
      // An extension's periods carry no source; the rules never read one.
      entry.periods = value.periods as PolicyRecord['periods'];
      delete entry.value;
    } else {
      entry.value = merges ? { ...(plainOf<object>(entry) ?? {}), ...(value as object) } : value;
      delete entry.periods;
    }
  }

  const regions = cloneJson(base.regions);
  for (const { region: regionId, market } of extension.markets ?? []) {
    for (const region of regions.regions)
      region.markets = region.markets.filter((m) => m.code !== market.code);
    const region = regions.regions.find((r) => r.id === regionId);
    if (region) region.markets.push(market);
  }

  return { regions, offers: { ...base.offers, offers: [...offers.values()] }, policies };
}

function isPeriods(value: unknown): value is { periods: Period<unknown>[] } {
  return typeof value === 'object' && value !== null && 'periods' in value;
}

// Catalog data is plain JSON, so a JSON round trip is a complete deep copy on every platform.
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

let builtIn: Catalog | undefined;

/** The catalog shipped with this package (`content/catalog` at build time). */
export function defaultCatalog(): Catalog {
  builtIn ??= createCatalog(catalogData);
  return builtIn;
}
