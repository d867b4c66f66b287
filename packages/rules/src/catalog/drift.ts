import { identityKey } from './identity.ts';
import type { LicensingCsv, LicensingSku } from './licensing-csv.ts';
import type { OffersFile } from './schema.ts';

type Offer = OffersFile['offers'][number];
/** SKUs the catalog leaves out on purpose (`leftOut` in offers.yaml). */
export type LeftOut = NonNullable<OffersFile['leftOut']>[number];

export {
  type LicensingCsv,
  LicensingCsvError,
  type LicensingCsvProblem,
  type LicensingSku,
  parseLicensingCsv,
} from './licensing-csv.ts';

/**
 * How the catalog's offers compare with Microsoft's licensing CSV: what the catalog says Microsoft sells
 * that the CSV no longer lists or names differently (drift), what the CSV lists in a family the catalog
 * has but the catalog lacks (drift), and which offers are newer than the CSV (not drift: the CSV cannot
 * know them yet).
 */
export interface DriftReport {
  /** The date the CSV stands for (its download, or the snapshot's date). */
  asOf: string;
  /** SKUs (distinct GUIDs) in the CSV. */
  skus: number;
  /** Offers with SKU identities that were compared. */
  compared: number;
  /** Ids the catalog lists that the CSV does not. */
  missing: MissingId[];
  /** SKUs the CSV lists under a display name or String ID the catalog does not have for them. */
  changed: ChangedSku[];
  /** SKUs of the CSV whose name follows a catalog offer's pattern (another edition) but that no offer has. */
  unlisted: UnlistedSku[];
  /** Offers first sold after `asOf`: the CSV cannot list them yet. */
  newer: NewerOffer[];
}

export interface MissingId {
  offer: string;
  kind: 'skuId' | 'stringId';
  id: string;
}

export interface ChangedSku {
  offer: string;
  skuId: string;
  field: 'name' | 'stringId';
  /** What the catalog records for the offer. */
  catalog: string[];
  /** What the CSV says for this GUID. */
  microsoft: string;
  /** Line of the SKU's first row in the CSV. */
  line: number;
}

export interface UnlistedSku {
  skuId: string;
  stringId: string;
  name: string;
  line: number;
  /** The catalog offer whose name it has (`exact`) or resembles (another edition), and that name. */
  like: { offer: string; name: string; exact: boolean };
}

export interface NewerOffer {
  offer: string;
  /** The first day the catalog says the offer (under any of its names) was sold. */
  since: string;
}

/**
 * String IDs of the CSV that differ only in case or white space, which the identity lookup (comparing
 * with `identityKey`) could not tell apart: each pair with the line of the second. None in Microsoft's
 * CSV so far; the catalog build refuses a snapshot with any.
 */
export function foldedStringIdClashes(csv: LicensingCsv): { first: string; second: string; line: number }[] {
  const seen = new Map<string, string>();
  const clashes: { first: string; second: string; line: number }[] = [];
  for (const sku of csv.skus.values()) {
    const key = identityKey(sku.stringId);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, sku.stringId);
    else if (first !== sku.stringId) clashes.push({ first, second: sku.stringId, line: sku.line });
  }
  return clashes;
}

/** True when the report shows drift (newer offers alone are not drift). */
export function hasDrift(report: DriftReport): boolean {
  return report.missing.length + report.changed.length + report.unlisted.length > 0;
}

// A token that names an edition within a family: E3, E7, A5, F1, P2, or the number of "Plan 3".
const EDITION = /^(?:[a-z]\d{1,2}|\d{1,2})$/;
const MAX_NAME_TOKENS = 24;

/**
 * Keys of a name with one edition token replaced by a wildcard: "Microsoft 365 E5" gives
 * "microsoft 365 *", which "Microsoft 365 E7" gives too. Names of different lengths never share a key.
 */
function familyKeys(name: string): string[] {
  const tokens = identityKey(name).split(' ');
  // Product names are a few words; a longer "name" is no edition of one, and building its keys would
  // take time quadratic in its length.
  if (tokens.length > MAX_NAME_TOKENS) return [];
  const keys: string[] = [];
  tokens.forEach((token, i) => {
    if (EDITION.test(token)) keys.push(tokens.map((t, j) => (j === i ? '*' : t)).join(' '));
  });
  return keys;
}

/**
 * Compares the catalog's offers with a licensing CSV that stands for `asOf`; SKUs in `leftOut` are never
 * reported as unlisted. Linear in the number of the
 * CSV's SKUs and the catalog's identifiers and names (each name contributes a key per edition token).
 */
export function compareWithLicensingCsv(
  offers: readonly Offer[],
  csv: LicensingCsv,
  asOf: string,
  leftOut: readonly LeftOut[] = [],
): DriftReport {
  const byId = new Map(offers.map((o) => [o.id, o]));
  const current = (offer: Offer): Offer => {
    let record = offer;
    const seen = new Set<string>();
    while (record.renamedTo && !seen.has(record.id)) {
      seen.add(record.id);
      record = byId.get(record.renamedTo) ?? record;
    }
    return record;
  };

  // The first day an offer was sold, under any of its names: undefined when some name has no start.
  const since = new Map<string, string | undefined>();
  for (const record of offers) {
    const owner = current(record).id;
    const from = record.names[0]?.from;
    if (!since.has(owner)) since.set(owner, from);
    else {
      const known = since.get(owner);
      // Dates are ISO strings, so the earlier one sorts first.
      since.set(owner, known === undefined || from === undefined ? undefined : [known, from].sort()[0]);
    }
  }

  const csvStringIds = new Set([...csv.skus.values()].map((s) => identityKey(s.stringId)));
  const knownSkuIds = new Set<string>(leftOut.flatMap((l) => l.skuIds));
  const knownStringIds = new Set<string>();
  const report: DriftReport = {
    asOf,
    skus: csv.skus.size,
    compared: 0,
    missing: [],
    changed: [],
    unlisted: [],
    newer: [],
  };

  for (const offer of offers) {
    if (offer.renamedTo) continue;
    const first = since.get(offer.id);
    const isNewer = first !== undefined && first > asOf;
    if (isNewer && offer.status === 'active') report.newer.push({ offer: offer.id, since: first });
    const identity = offer.identity;
    if (!identity) continue;
    for (const id of identity.skuIds) knownSkuIds.add(id);
    for (const id of identity.stringIds) knownStringIds.add(identityKey(id));
    if (isNewer) continue;
    report.compared++;
    const names = new Set(identity.names.map(identityKey));
    const stringIds = new Set(identity.stringIds.map(identityKey));
    for (const skuId of identity.skuIds) {
      const sku = csv.skus.get(skuId);
      if (!sku) {
        report.missing.push({ offer: offer.id, kind: 'skuId', id: skuId });
        continue;
      }
      if (!names.has(identityKey(sku.name))) {
        report.changed.push(changed(offer, sku, 'name', identity.names, sku.name));
      }
      if (!stringIds.has(identityKey(sku.stringId))) {
        report.changed.push(changed(offer, sku, 'stringId', identity.stringIds, sku.stringId));
      }
    }
    for (const id of identity.stringIds) {
      if (!csvStringIds.has(identityKey(id))) report.missing.push({ offer: offer.id, kind: 'stringId', id });
    }
  }

  // Every name the catalog knows for an offer, as it is and with one edition token left open.
  const named = new Map<string, { offer: string; name: string; exact: boolean }>();
  const families = new Map<string, { offer: string; name: string; exact: boolean }>();
  for (const record of offers) {
    const owner = current(record).id;
    const names = [...record.names.map((n) => n.en), ...(record.identity?.names ?? [])];
    for (const name of names) {
      const key = identityKey(name);
      if (!named.has(key)) named.set(key, { offer: owner, name, exact: true });
      for (const family of familyKeys(name)) {
        if (!families.has(family)) families.set(family, { offer: owner, name, exact: false });
      }
    }
  }
  for (const sku of csv.skus.values()) {
    if (knownSkuIds.has(sku.skuId) || knownStringIds.has(identityKey(sku.stringId))) continue;
    const like =
      named.get(identityKey(sku.name)) ??
      familyKeys(sku.name)
        .map((key) => families.get(key))
        .find((found) => found !== undefined);
    if (like) report.unlisted.push({ ...pick(sku), like });
  }
  return report;
}

function changed(
  offer: Offer,
  sku: LicensingSku,
  field: ChangedSku['field'],
  catalog: string[],
  microsoft: string,
): ChangedSku {
  return { offer: offer.id, skuId: sku.skuId, field, catalog, microsoft, line: sku.line };
}

function pick(sku: LicensingSku) {
  return { skuId: sku.skuId, stringId: sku.stringId, name: sku.name, line: sku.line };
}
