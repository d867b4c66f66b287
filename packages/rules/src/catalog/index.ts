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

export {
  type IdentityKind,
  type IdentityMatch,
  identifyOffer,
  identityKey,
  isStrongIdentity,
} from './identity.ts';
export { type CatalogProblem, checkCatalog } from './integrity.ts';
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

/** The three catalog files, as parsed from `content/catalog`. */
export interface CatalogData {
  regions: RegionsFile;
  offers: OffersFile;
  policies: PoliciesFile;
}

/** One value of a dated policy and the (inclusive) days it is in force; an absent bound is open. */
export interface Period<T> {
  from?: string;
  until?: string;
  value: T;
}

/** The value of a dated policy in force on `date`, or undefined when no period covers it. */
export function valueOn<T>(periods: readonly Period<T>[], date: string): T | undefined {
  return periods.find((p) => (!p.from || p.from <= date) && (!p.until || date <= p.until))?.value;
}

/** Days by market: `default`, and the markets where the number differs. */
export type MarketDays = { default: number } & Record<string, number>;

/** Policy values, flattened from `policies.yaml` for the rules. */
export interface Policies {
  /** Free days after the term end, for subscriptions outside extended service terms. */
  graceDays: Partial<Record<Channel, number>>;
  cancellationWindowDays: number;
  gdapRequestExpiryDays: number;
  gdapMaxDays: number;
  dapEndDate: string;
  duplicationThreshold: number;
  subscriptionsPerTenant: number;
  earlyCancellationWindowDays: number;
  transferRequestExpiryDays: number;
  transferMaxLineItems: number;
  /** Most seats of the Business family (Basic, Standard, Premium, Apps for business) per tenant. */
  businessFamilyCap: number;
  /** Fewest seats per offer on a three-year term where the offer has that minimum. */
  triennialMinSeats: number;
  /** By term end: whether a CSP new-commerce subscription gets a paid extended term instead of grace. */
  cspExtendedTerm: Period<boolean>[];
  /** A CSP term bought or renewed before this date keeps the free grace period. */
  cspExtendedTermPurchasedFrom: string;
  /** By term end: whether a direct MCA subscription has lost the free Expired state. */
  directExtendedTerm: Period<boolean>[];
  extendedTermUpliftPct: number;
  extendedTermNoMonthlyUpliftPct: number;
  directRefundWindowDays: MarketDays;
  relationshipRequestLeadDays: number;
}

type PolicyEntry = { value?: unknown; periods?: Period<unknown>[] };

/** A policy's dated values; a plain value is one period without bounds. */
function periodsOf<T>(entry: PolicyEntry): Period<T>[] {
  if (entry.periods) {
    return entry.periods.map(({ from, until, value }) => ({
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
      value: value as T,
    }));
  }
  return [{ value: entry.value as T }];
}

/** A policy's single value; for a dated policy, the value of its latest period. */
function plainOf<T>(entry: PolicyEntry): T {
  const periods = periodsOf<T>(entry);
  return (periods[periods.length - 1] as Period<T>).value;
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
  // The schema guarantees these shapes; FromSchema cannot see through the policy() helper.
  const p = file.policies as unknown as Record<string, PolicyEntry>;
  const plain = <T>(key: string) => plainOf<T>(p[key] as PolicyEntry);
  const dated = <T>(key: string) => periodsOf<T>(p[key] as PolicyEntry);
  return {
    graceDays: plain<Record<Channel, number>>('graceDays'),
    cancellationWindowDays: plain<number>('cancellationWindowDays'),
    gdapRequestExpiryDays: plain<number>('gdapRequestExpiryDays'),
    gdapMaxDays: plain<number>('gdapMaxDays'),
    dapEndDate: plain<string>('dapEndDate'),
    duplicationThreshold: plain<number>('duplicationThreshold'),
    subscriptionsPerTenant: plain<number>('subscriptionsPerTenant'),
    earlyCancellationWindowDays: plain<number>('earlyCancellationWindowDays'),
    cspExtendedTerm: dated<boolean>('cspExtendedTerm'),
    cspExtendedTermPurchasedFrom: plain<string>('cspExtendedTermPurchasedFrom'),
    directExtendedTerm: dated<boolean>('directExtendedTerm'),
    extendedTermUpliftPct: plain<number>('extendedTermUpliftPct'),
    extendedTermNoMonthlyUpliftPct: plain<number>('extendedTermNoMonthlyUpliftPct'),
    directRefundWindowDays: plain<MarketDays>('directRefundWindowDays'),
    transferRequestExpiryDays: plain<number>('transferRequestExpiryDays'),
    transferMaxLineItems: plain<number>('transferMaxLineItems'),
    businessFamilyCap: plain<number>('businessFamilyCap'),
    triennialMinSeats: plain<number>('triennialMinSeats'),
    relationshipRequestLeadDays: plain<number>('relationshipRequestLeadDays'),
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
    const entry = (policies.policies as Record<string, PolicyEntry>)[key];
    if (!entry) continue;
    // An extension's value replaces the built-in one for every date; its own periods replace the
    // built-in periods. Per-channel and per-market tables merge key by key.
    const merges = key === 'graceDays' || key === 'directRefundWindowDays';
    if (isPeriods(value)) {
      entry.periods = value.periods;
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
