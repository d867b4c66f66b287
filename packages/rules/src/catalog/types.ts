import type { Policies, PolicyKey, PolicyRecord } from './policies.ts';
import type {
  Localized,
  Market,
  Offer,
  OffersFile,
  Region,
  RegionsFile,
  ReplacementKind,
  Source,
} from './schema.ts';

// The catalog's data and its lookups, as types: what the generated catalog data, the integrity checks
// and the offer search are typed with (catalog/index.ts builds them).

/** The policies file as parsed. */
export interface PoliciesFile {
  $schema?: string;
  asOf: string;
  policies: Record<PolicyKey, PolicyRecord<Source>>;
}

/** The three catalog files, as parsed from `content/catalog`. */
export interface CatalogData {
  regions: RegionsFile;
  offers: OffersFile;
  policies: PoliciesFile;
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
