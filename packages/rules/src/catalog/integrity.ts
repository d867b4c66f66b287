import { identityKey } from './identity.ts';
import type { CatalogData } from './index.ts';
import type { Offer } from './schema.ts';

/** One thing wrong with catalog data: where it is (file and JSON pointer) and what is wrong. */
export interface CatalogProblem {
  file: 'regions' | 'offers' | 'policies' | 'extension';
  pointer: string;
  message: string;
}

/**
 * Checks what the JSON Schemas cannot: ids that must exist, a market listed twice, rename cycles,
 * statuses without dates. Returns every problem found; an empty list means the catalog is sound.
 */
export function checkCatalog(data: CatalogData): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const regionIds = new Map<string, number>();
  const marketAt = new Map<string, string>();
  const alpha3At = new Map<string, string>();

  data.regions.regions.forEach((region, r) => {
    if (regionIds.has(region.id)) {
      problems.push({
        file: 'regions',
        pointer: `/regions/${r}/id`,
        message: `region id "${region.id}" is used twice`,
      });
    }
    regionIds.set(region.id, r);
    region.markets.forEach((market, m) => {
      const pointer = `/regions/${r}/markets/${m}`;
      const first = marketAt.get(market.code);
      if (first) {
        problems.push({
          file: 'regions',
          pointer: `${pointer}/code`,
          message: `market ${market.code} is listed twice (first at ${first})`,
        });
      } else marketAt.set(market.code, pointer);
      const firstAlpha3 = alpha3At.get(market.alpha3);
      if (firstAlpha3) {
        problems.push({
          file: 'regions',
          pointer: `${pointer}/alpha3`,
          message: `alpha-3 code ${market.alpha3} is listed twice (first at ${firstAlpha3})`,
        });
      } else alpha3At.set(market.alpha3, pointer);
    });
  });

  const offers = data.offers.offers;
  const ids = new Map<string, number>();
  offers.forEach((offer, i) => {
    if (ids.has(offer.id)) {
      problems.push({
        file: 'offers',
        pointer: `/offers/${i}/id`,
        message: `offer id "${offer.id}" is used twice`,
      });
    }
    ids.set(offer.id, i);
  });

  const byId = new Map(offers.map((o) => [o.id, o]));
  offers.forEach((offer, i) => {
    const at = `/offers/${i}`;
    const known = (id: string, pointer: string, what: string) => {
      if (!ids.has(id))
        problems.push({ file: 'offers', pointer, message: `${what} "${id}" is not an offer in the catalog` });
    };
    if (offer.renamedTo) known(offer.renamedTo, `${at}/renamedTo`, 'renamedTo');
    offer.includes?.forEach((id, j) => {
      known(id, `${at}/includes/${j}`, 'included offer');
    });
    offer.replacements?.forEach((replacement, j) => {
      replacement.offers.forEach((id, k) => {
        known(id, `${at}/replacements/${j}/offers/${k}`, 'replacement');
        if (id === offer.id) {
          problems.push({
            file: 'offers',
            pointer: `${at}/replacements/${j}/offers/${k}`,
            message: `offer "${offer.id}" lists itself as its own replacement`,
          });
        }
      });
    });
    offer.prerequisites?.bases.forEach((id, j) => {
      known(id, `${at}/prerequisites/bases/${j}`, 'prerequisite base');
    });
    if (offer.withoutTeamsOf) known(offer.withoutTeamsOf, `${at}/withoutTeamsOf`, 'withoutTeamsOf');
    if (offer.status !== 'active' && !offer.statusDate) {
      problems.push({
        file: 'offers',
        pointer: `${at}/status`,
        message: `offer "${offer.id}" is ${offer.status} but has no statusDate`,
      });
    }
    if (offer.renamedTo && !offer.renamedOn) {
      problems.push({
        file: 'offers',
        pointer: `${at}/renamedTo`,
        message: `offer "${offer.id}" has renamedTo but no renamedOn`,
      });
    }
  });

  // A replacement must be something the customer can buy: following renames, no offer in it may be
  // retired, or at end of sale unless Microsoft still sells it "with conversions".
  offers.forEach((offer, i) => {
    offer.replacements?.forEach((replacement, j) => {
      replacement.offers.forEach((id, k) => {
        const target = currentOffer(byId, id);
        if (!target) return;
        const blocked =
          target.status === 'retired' || (target.status === 'end-of-sale' && !target.endOfSaleConversion);
        if (blocked) {
          problems.push({
            file: 'offers',
            pointer: `/offers/${i}/replacements/${j}/offers/${k}`,
            message: `replacement "${id}" of "${offer.id}" is ${target.status}${target.status === 'end-of-sale' ? ' without conversion' : ''} and cannot be bought`,
          });
        }
      });
    });
  });

  // A rename chain must end: walking renamedTo may never come back to an offer already seen.
  offers.forEach((offer, i) => {
    const seen = [offer.id];
    let next = offer.renamedTo;
    while (next !== undefined) {
      if (seen.includes(next)) {
        problems.push({
          file: 'offers',
          pointer: `/offers/${i}/renamedTo`,
          message: `rename cycle: ${[...seen, next].join(' → ')}`,
        });
        break;
      }
      seen.push(next);
      next = byId.get(next)?.renamedTo;
    }
  });

  problems.push(...checkIdentities(offers, byId));
  problems.push(...checkPeriods(data));
  return problems;
}

/**
 * A SKU's GUID, String ID or product id names one product: it may not be listed for two offers (an old
 * name's record and today's record are one offer). Keys compare as the identity lookup compares them.
 */
function checkIdentities(offers: readonly Offer[], byId: Map<string, Offer>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const first = new Map<string, { offer: string; pointer: string }>();
  offers.forEach((offer, i) => {
    const owner = currentOffer(byId, offer.id)?.id ?? offer.id;
    const identity = offer.identity;
    const keys: { what: string; text: string; pointer: string }[] = [
      ...(identity?.skuIds ?? []).map((text, j) => ({
        what: 'skuId',
        text,
        pointer: `/offers/${i}/identity/skuIds/${j}`,
      })),
      ...(identity?.stringIds ?? []).map((text, j) => ({
        what: 'String ID',
        text,
        pointer: `/offers/${i}/identity/stringIds/${j}`,
      })),
      ...(offer.skuPartNumber
        ? [{ what: 'String ID', text: offer.skuPartNumber, pointer: `/offers/${i}/skuPartNumber` }]
        : []),
      ...(identity?.productIds?.ids ?? []).map((text, j) => ({
        what: 'product id',
        text,
        pointer: `/offers/${i}/identity/productIds/ids/${j}`,
      })),
    ];
    for (const { what, text, pointer } of keys) {
      const key = `${what}:${identityKey(text)}`;
      const seen = first.get(key);
      if (!seen) first.set(key, { offer: owner, pointer });
      else if (seen.offer !== owner) {
        problems.push({
          file: 'offers',
          pointer,
          message: `${what} "${text}" is listed for "${offer.id}" and for "${seen.offer}" (${seen.pointer}); one SKU is one offer`,
        });
      }
    }
  });
  return problems;
}

/**
 * A dated policy must answer one value for any date: each period's bounds in order, and the periods
 * oldest first without overlapping (a gap is allowed: no value is known for those days).
 */
function checkPeriods(data: CatalogData): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const policies = data.policies.policies as Record<
    string,
    { periods?: { from?: string; until?: string }[] }
  >;
  for (const [key, entry] of Object.entries(policies)) {
    let previousUntil: string | undefined;
    entry.periods?.forEach((period, i) => {
      const pointer = `/policies/${key}/periods/${i}`;
      if (period.from && period.until && period.until < period.from) {
        problems.push({
          file: 'policies',
          pointer,
          message: `period ends (${period.until}) before it starts (${period.from})`,
        });
      }
      if (i > 0 && (previousUntil === undefined || !period.from || period.from <= previousUntil)) {
        problems.push({
          file: 'policies',
          pointer,
          message: `period overlaps the one before it (it must start after ${previousUntil ?? 'an open end'})`,
        });
      }
      previousUntil = period.until;
    });
  }
  return problems;
}

/** The offer an id stands for today, following renames (a cycle stops at the first repeat). */
function currentOffer(byId: Map<string, Offer>, id: string): Offer | undefined {
  let offer = byId.get(id);
  const seen = new Set<string>();
  while (offer?.renamedTo && !seen.has(offer.id)) {
    seen.add(offer.id);
    offer = byId.get(offer.renamedTo) ?? offer;
  }
  return offer;
}
