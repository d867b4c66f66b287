import type { Catalog, Offer } from '../catalog/index.ts';
import type { Plan } from '../plan/schema.ts';
import type { Line } from './types.ts';

// Seat counting that several rules share: what the tenant holds after the move is every line's target
// plus what it keeps outside the plan (`customer.otherSubscriptions`). Source subscriptions end, so
// they do not count. Each count walks the plan once: linear in its size.

/** True when `id` is `base`, another name of it, or a plan that contains it. */
export function satisfies(catalog: Catalog, id: string, base: string): boolean {
  const relation = catalog.relation(base, [id]);
  return relation === 'identical' || relation === 'same' || relation === 'superset';
}

/** True when the offer is one of `bases` or contains one. */
export function qualifies(catalog: Catalog, id: string, bases: readonly string[]): boolean {
  return bases.some((base) => satisfies(catalog, id, base));
}

/**
 * Seats after the move that `counts` accepts: a line counts its target quantity once when any offer of
 * its target bundle is accepted; each kept subscription counts when its offer is.
 */
export function seatsAfterMove(plan: Plan, lines: readonly Line[], counts: (id: string) => boolean): number {
  let seats = 0;
  for (const line of lines) if (line.targets.some(counts)) seats += line.sub.target.quantity;
  for (const kept of plan.customer.otherSubscriptions ?? []) if (counts(kept.offer)) seats += kept.quantity;
  return seats;
}

/** The current record of an offer id (following renames), or undefined for an unknown id. */
export function currentOffer(catalog: Catalog, id: string): Offer | undefined {
  return catalog.current(id);
}

/** The ids of every offer sold as Teams on its own, in catalog order. */
export function teamsStandalones(catalog: Catalog): string[] {
  return catalog.offers.filter((o) => o.teamsStandalone === true && !o.renamedTo).map((o) => o.id);
}

/**
 * For a line that moves a suite with Teams to the same suite "(no Teams)" with no Teams licence in its
 * bundle: the id of the no-Teams target. Otherwise undefined.
 */
export function teamsDroppedTarget(catalog: Catalog, line: Line): string | undefined {
  const source = catalog.current(line.sub.offer);
  if (!source) return undefined;
  const records = line.targets.map((id) => catalog.current(id));
  if (records.some((o) => o?.teamsStandalone === true)) return undefined;
  const suite = records.find(
    (o) => o?.withoutTeamsOf !== undefined && catalog.current(o.withoutTeamsOf)?.id === source.id,
  );
  return suite?.id;
}
