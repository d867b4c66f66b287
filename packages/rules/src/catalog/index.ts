import { catalogData } from '../generated/catalog-data.ts';
import type { Channel } from '../plan/schema.ts';
import type {
  CatalogExtension,
  Localized,
  Market,
  Offer,
  OffersFile,
  PoliciesFile,
  Region,
  RegionsFile,
  ReplacementKind,
} from './schema.ts';

export { type CatalogProblem, checkCatalog } from './integrity.ts';
export type { CatalogExtension, Localized, Market, Offer, Region, ReplacementKind } from './schema.ts';
export {
  catalogExtensionSchema,
  offersFileSchema,
  policiesFileSchema,
  regionsFileSchema,
} from './schema.ts';

/** The three catalog files, as parsed from `content/catalog`. */
export interface CatalogData {
  regions: RegionsFile;
  offers: OffersFile;
  policies: PoliciesFile;
}

/** Policy values, flattened from `policies.yaml` for the rules. */
export interface Policies {
  graceDays: Record<Channel, number>;
  cancellationWindowDays: number;
  gdapRequestExpiryDays: number;
  gdapMaxDays: number;
  dapEndDate: string;
  duplicationThreshold: number;
  subscriptionsPerTenant: number;
  earlyCancellationWindowDays: number;
  relationshipRequestLeadDays: number;
}

/**
 * How a target relates to a source offer: `identical` (the same id), `same` (the same product under
 * another name), `equivalent` or `superset` (no data loss, licences must be reassigned). `undefined`
 * means the target is not a catalogued replacement: data may be lost.
 */
export type OfferRelation = 'identical' | ReplacementKind;

export interface MarketEntry {
  market: Market;
  region: Region;
}

/** Read-only lookups over catalog data. Build one with `createCatalog`. */
export interface Catalog {
  readonly data: CatalogData;
  readonly policies: Policies;
  readonly regions: readonly Region[];
  readonly offers: readonly Offer[];
  /** The market with this code and its region, or undefined when it is not a CSP market. */
  market(code: string): MarketEntry | undefined;
  /** The offer with this id, or undefined. */
  offer(id: string): Offer | undefined;
  /** The offer an id stands for today, following renames; undefined for unknown ids. */
  current(id: string): Offer | undefined;
  /** How `targets` (one offer or a bundle) relate to `source`; undefined when not a replacement. */
  relation(source: string, targets: readonly string[]): OfferRelation | undefined;
  /** The offer's current name (or the name it had on `on`), in the locale. */
  offerName(id: string, locale: keyof Localized, on?: string): string;
}

function flattenPolicies(file: PoliciesFile): Policies {
  const p = file.policies;
  return {
    // The schema guarantees these shapes; FromSchema cannot see through the policy() helper.
    graceDays: p.graceDays.value as Record<Channel, number>,
    cancellationWindowDays: p.cancellationWindowDays.value as number,
    gdapRequestExpiryDays: p.gdapRequestExpiryDays.value as number,
    gdapMaxDays: p.gdapMaxDays.value as number,
    dapEndDate: p.dapEndDate.value as string,
    duplicationThreshold: p.duplicationThreshold.value as number,
    subscriptionsPerTenant: p.subscriptionsPerTenant.value as number,
    earlyCancellationWindowDays: p.earlyCancellationWindowDays.value as number,
    relationshipRequestLeadDays: p.relationshipRequestLeadDays.value as number,
  };
}

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
  for (const offer of extension.offers ?? []) offers.set(offer.id, offer);

  const policies = cloneJson(base.policies);
  for (const [key, value] of Object.entries(extension.policies ?? {})) {
    const entry = (policies.policies as Record<string, { value: unknown }>)[key];
    if (!entry) continue;
    entry.value =
      key === 'graceDays' ? { ...(entry.value as object), ...(value as object) } : (value as unknown);
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
