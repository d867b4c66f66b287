import type { Catalog, OfferRelation } from './catalog/index.ts';
import type { Line } from './context.ts';
import { compareDates } from './dates.ts';

// What several rules (and the timeline) need to know about a line, decided once here so that the
// rules agree with each other: which offers are known, which targets can be bought, whether licences
// must be reassigned, whether a credit has to be asked for.

/** JSON pointer to the j-th target offer of a line: the value itself, or the item of a bundle. */
export function targetOfferPointer(line: Line, j: number): string {
  return Array.isArray(line.sub.target.offer)
    ? `${line.pointer}/target/offer/${j}`
    : `${line.pointer}/target/offer`;
}

/** True when the source and every target offer are in the catalog. */
export function offersKnown(catalog: Catalog, line: Line): boolean {
  return catalog.offer(line.sub.offer) !== undefined && line.targets.every((id) => catalog.offer(id));
}

/**
 * True when an offer cannot be bought new: its current record (after following renames) is retired or
 * at end of sale.
 */
export function unavailable(catalog: Catalog, id: string): boolean {
  const status = (catalog.current(id) ?? catalog.offer(id))?.status;
  return status === 'retired' || status === 'end-of-sale';
}

/**
 * How the line's target relates to its source, when that question makes sense: every offer is known
 * and every target can be bought. Otherwise `null`: unknown-offer or retired-target-offer already
 * says what is wrong, and judging a purchase that cannot happen would only add noise.
 */
export function judgeableRelation(catalog: Catalog, line: Line): OfferRelation | undefined | null {
  if (!offersKnown(catalog, line)) return null;
  const relation = catalog.relation(line.sub.offer, line.targets);
  // A retired source moved to itself is retired-offer-no-equivalent's case, not a buyable target.
  if (relation === 'identical' || relation === 'same') return relation;
  if (line.targets.some((id) => unavailable(catalog, id))) return null;
  return relation;
}

/** True when users' licences must be moved to the target: an equivalent offer or a larger plan. */
export function needsReassignment(catalog: Catalog, line: Line): boolean {
  const relation = judgeableRelation(catalog, line);
  return relation === 'equivalent' || relation === 'superset';
}

/**
 * True when a subscription bought directly from Microsoft on a MOSA billing account is cancelled before
 * its term ends, so that the unused time comes back as a prorated credit, through Microsoft 365 billing
 * support above 25 licences. (A Microsoft Customer Agreement account refunds only inside its window,
 * without a request; after it, the subscription cannot be cancelled at all: early-cancellation.)
 */
export function needsCredit(line: Line): boolean {
  const { sub } = line;
  return (
    sub.channel === 'web-direct' &&
    sub.billingAccount === 'mosa' &&
    sub.endOfTerm === 'cancel' &&
    typeof sub.cancelOn === 'string' &&
    compareDates(sub.cancelOn, sub.termEnd) < 0
  );
}

/** The first line with each id (later duplicates are duplicate-subscription-id's concern). */
export function firstLineById(lines: readonly Line[]): Map<string, Line> {
  const byId = new Map<string, Line>();
  for (const line of lines) if (!byId.has(line.sub.id)) byId.set(line.sub.id, line);
  return byId;
}
