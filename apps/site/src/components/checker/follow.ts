import type { Catalog } from '@csp-move/rules/catalog';
import { addDays, isCalendarDate } from '@csp-move/rules/dates';

/**
 * What a line's target follows until the user edits it: the offer (today's name of the source, or
 * the first catalogued replacement of a retired one), the licence count, and the provisioning day a
 * week before the term ends, as a new line starts (state.ts).
 */
export interface LineSource {
  offer: string;
  quantity: string;
  termEnd: string;
}

export interface FollowedTarget {
  offers: string[] | undefined;
  quantity: string;
  provisionOn: string | undefined;
}

/** Days before the term ends that a new line provisions on (see newSubscription). */
export const PROVISION_LEAD_DAYS = 7;

export function followedTarget(source: LineSource, catalog: Catalog): FollowedTarget {
  const offer = catalog.offer(source.offer.trim());
  let offers: string[] | undefined;
  if (offer) {
    const current = (id: string) => catalog.offer(id)?.renamedTo ?? id;
    const replacement = offer.status === 'active' ? undefined : offer.replacements?.[0];
    offers = replacement ? replacement.offers.map(current) : [current(offer.id)];
  }
  const termEnd = source.termEnd.trim();
  return {
    offers,
    quantity: source.quantity.trim(),
    provisionOn: isCalendarDate(termEnd) ? addDays(termEnd, -PROVISION_LEAD_DAYS) : undefined,
  };
}
