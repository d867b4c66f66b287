import { daysIn, type Policies, valueOn } from './catalog/index.ts';
import { addDays, type CalendarDate, compareDates, daysBetween, isCalendarDate, maxDate } from './dates.ts';
import type { Channel, Plan, Subscription } from './plan/schema.ts';
import type { StepDraft } from './step-kinds.ts';

/**
 * Until when users of a source subscription keep access after the move starts, whether that time is
 * free, paid on an extended service term (EST) or a renewal, and why. Every timing rule, the timeline
 * and the site's checker read it from here, so they cannot disagree.
 *
 * The answer depends on the channel, the end-of-term choice and the subscription's own dates (its term
 * end, and for CSP the start of its term), never on the day the tool runs: policies.yaml dates each
 * value by the term end it applies to. Where the plan leaves out a fact the answer depends on, the
 * reading that is safe for the customer is taken (no free days are promised that may not exist) and
 * `assumed` says so, for the findings to repeat.
 */

/** Why access ends when it does. One code per row of the access table (guide: timing, "access"). */
export const ACCESS_REASONS = [
  /** endOfTerm renew: a new paid term starts; access continues. */
  'renews',
  /** path partner-transfer: billing ownership moves, the subscription itself goes on. */
  'partner-transfer',
  /** endOfTerm cancel: access ends on the cancellation day (no Expired state). */
  'cancelled',
  /** cancel-at-term-end where EST applies: access ends on the term end. */
  'cancel-at-term-end',
  /** extended-term where EST applies: paid access until extendedUntil (open-ended without it). */
  'extended-term',
  /** CSP auto-renew-off where EST applies: the subscription slides into a paid EST, open-ended. */
  'extended-term-by-default',
  /** Direct MCA / MCA-E auto-renew-off where EST applies: the free Expired state is gone; ends at term end. */
  'grace-retired',
  /** A trial: not EST-eligible, and no free days are assumed after it ends. */
  'trial-ends',
  /** The old lifecycle: free Expired days (graceDays of the channel, possibly 0) after the term end. */
  'grace',
] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];

/** Why EST applies or not to a subscription (the reason for its regime, not for its access). */
export type EstBasis =
  | 'csp-term-end' // CSP, term ends on/after the CSP EST date
  | 'csp-term-end-before' // CSP, term ends before it
  | 'csp-bought-before-cutoff' // CSP, term bought or renewed before the purchase cut-off
  | 'direct-mca-term-end' // direct MCA (or MCA-E), term ends on/after the direct EST date
  | 'direct-term-end-before' // direct MCA (or MCA-E), term ends before it
  | 'direct-mosa' // direct MOSA billing account: outside EST
  | 'trial' // trials are not EST-eligible
  | 'outside-est'; // legacy CSP, volume licensing, Open, other channels

/** A fact the plan leaves out and the reading csp-move took for it. */
export type Assumption =
  /** CSP without termStart: the term is taken as bought on/after the cut-off (EST applies). */
  | 'term-start-after-cutoff'
  /** web-direct without billingAccount: taken as MCA (no free Expired state from the direct EST date). */
  | 'billing-account-mca';

/** Who is billed for an extended service term. */
export type EstPayer = 'source-partner' | 'customer';

/** The inputs of an EST's cost: quantity × monthly price × (1 + uplift) × days / 30. */
export interface ExtendedTerm {
  /** First paid day: the day after the term end. */
  from: CalendarDate;
  /** Last paid day; absent when nothing ends it (open-ended cost). */
  until?: CalendarDate;
  /** Paid days, both ends included; absent when open-ended. */
  days?: number;
  quantity: number;
  upliftPct: number;
  /** The uplift for offers that have no monthly term (on the monthly price derived from annual). */
  noMonthlyUpliftPct: number;
  payer: EstPayer;
}

export interface Access {
  reason: AccessReason;
  basis: EstBasis;
  /** True when the subscription's term end offers the EST choices (renew, cancel at term end, EST). */
  estApplies: boolean;
  /** Last day users have access; absent when access does not end (renewal, transfer, open-ended EST). */
  until?: CalendarDate;
  /** Free days after the term end (reason `grace`; 0 otherwise). */
  graceDays: number;
  /** What the time after the term end costs. */
  cost: 'none' | 'free' | 'paid-extended-term' | 'renewal';
  /** Last day the source is paid for; absent when it does not end (renewal, open-ended EST). */
  paidUntil?: CalendarDate;
  extendedTerm?: ExtendedTerm;
  assumed: Assumption[];
}

const DIRECT_MCA: readonly Channel[] = ['web-direct', 'mca-e'];

/** Whether EST applies to the subscription, why, and what was assumed to decide it. */
export function estRegime(
  sub: Subscription,
  policies: Policies,
): { applies: boolean; basis: EstBasis; assumed: Assumption[] } {
  if (sub.trial === true) return { applies: false, basis: 'trial', assumed: [] };
  if (sub.channel === 'csp') {
    if (valueOn(policies.cspExtendedTerm, sub.termEnd) !== true) {
      return { applies: false, basis: 'csp-term-end-before', assumed: [] };
    }
    if (isCalendarDate(sub.termStart)) {
      return compareDates(sub.termStart, policies.cspExtendedTermPurchasedFrom) < 0
        ? { applies: false, basis: 'csp-bought-before-cutoff', assumed: [] }
        : { applies: true, basis: 'csp-term-end', assumed: [] };
    }
    return { applies: true, basis: 'csp-term-end', assumed: ['term-start-after-cutoff'] };
  }
  if (DIRECT_MCA.includes(sub.channel)) {
    if (sub.channel === 'web-direct' && sub.billingAccount === 'mosa') {
      return { applies: false, basis: 'direct-mosa', assumed: [] };
    }
    const assumed: Assumption[] =
      sub.channel === 'web-direct' && sub.billingAccount === undefined ? ['billing-account-mca'] : [];
    return valueOn(policies.directExtendedTerm, sub.termEnd) === true
      ? { applies: true, basis: 'direct-mca-term-end', assumed }
      : { applies: false, basis: 'direct-term-end-before', assumed };
  }
  return { applies: false, basis: 'outside-est', assumed: [] };
}

/** The EST payer: the source partner bills a CSP subscription; a direct customer pays Microsoft. */
export function estPayer(channel: Channel): EstPayer {
  return channel === 'csp' ? 'source-partner' : 'customer';
}

function extendedTerm(sub: Subscription, policies: Policies, until?: CalendarDate): ExtendedTerm {
  const from = addDays(sub.termEnd, 1);
  const end = until && compareDates(until, from) >= 0 ? until : undefined;
  return {
    from,
    ...(end ? { until: end, days: daysBetween(from, end) + 1 } : {}),
    quantity: sub.quantity,
    upliftPct: policies.extendedTermUpliftPct,
    noMonthlyUpliftPct: policies.extendedTermNoMonthlyUpliftPct,
    payer: estPayer(sub.channel),
  };
}

/** Until when users of `sub` keep access, at what cost, and why. */
export function accessOf(sub: Subscription, policies: Policies): Access {
  const regime = estRegime(sub, policies);
  const base = { basis: regime.basis, estApplies: regime.applies, assumed: regime.assumed, graceDays: 0 };
  if (sub.path === 'partner-transfer') return { ...base, reason: 'partner-transfer', cost: 'none' };
  if (sub.endOfTerm === 'cancel' && isCalendarDate(sub.cancelOn)) {
    return { ...base, reason: 'cancelled', until: sub.cancelOn, cost: 'none', paidUntil: sub.cancelOn };
  }
  if (sub.endOfTerm === 'renew') return { ...base, reason: 'renews', cost: 'renewal' };
  const ended = { until: sub.termEnd, cost: 'none' as const, paidUntil: sub.termEnd };
  if (regime.basis === 'trial') return { ...base, ...ended, reason: 'trial-ends' };
  if (regime.applies) {
    if (sub.endOfTerm === 'cancel-at-term-end') return { ...base, ...ended, reason: 'cancel-at-term-end' };
    if (sub.endOfTerm === 'extended-term') {
      const until = isCalendarDate(sub.extendedUntil) ? sub.extendedUntil : undefined;
      const est = extendedTerm(sub, policies, until);
      return {
        ...base,
        reason: 'extended-term',
        cost: 'paid-extended-term',
        extendedTerm: est,
        ...(est.until ? { until: est.until, paidUntil: est.until } : {}),
      };
    }
    // auto-renew-off: a CSP subscription slides into EST; a direct one simply ends.
    if (sub.channel === 'csp') {
      return {
        ...base,
        reason: 'extended-term-by-default',
        cost: 'paid-extended-term',
        extendedTerm: extendedTerm(sub, policies),
      };
    }
    return { ...base, ...ended, reason: 'grace-retired' };
  }
  // The old lifecycle: ending at term end, extended-term (not offered here) and auto-renew off all
  // lead to the free Expired state.
  const graceDays = policies.graceDays[sub.channel] ?? 0;
  return {
    ...base,
    reason: 'grace',
    graceDays,
    until: addDays(sub.termEnd, graceDays),
    cost: graceDays > 0 ? 'free' : 'none',
    paidUntil: sub.termEnd,
  };
}

/** The last day a date can name: what `Line.accessEnds` holds when access does not end. */
export const NO_END: CalendarDate = '9999-12-31';

/**
 * The day users have the target: the later of its provisioning and its licence assignment, with the
 * plan field that decides it. Undefined for a line without a provision date.
 */
export function targetFrom(sub: Subscription): { date: CalendarDate; field: string } | undefined {
  const { provisionOn, assignOn } = sub.target;
  if (!isCalendarDate(provisionOn)) return undefined;
  if (isCalendarDate(assignOn) && compareDates(assignOn, provisionOn) > 0) {
    return { date: assignOn, field: 'target/assignOn' };
  }
  return { date: provisionOn, field: 'target/provisionOn' };
}

/**
 * Days users have neither the source nor the target: from the day after access ends to the day the
 * target is theirs (both included; provisioning takes part of a day). Undefined when access does not
 * end, the line has no target date, or the target is there in time. The gap rules (service-gap,
 * cancel-at-term-end-gap, grace-period-retired) report exactly these gaps, and the site draws them.
 */
export function accessGap(
  sub: Subscription,
  access: Access,
): { from: CalendarDate; until: CalendarDate; days: number; field: string } | undefined {
  if (access.until === undefined) return undefined;
  const target = targetFrom(sub);
  if (!target || compareDates(target.date, access.until) <= 0) return undefined;
  return {
    from: addDays(access.until, 1),
    until: target.date,
    days: daysBetween(access.until, target.date),
    field: target.field,
  };
}

/** The refund window of a direct MCA purchase in the customer's market. */
export function directRefundWindow(policies: Policies, plan: Plan): number {
  return daysIn(policies.directRefundWindowDays, plan.customer.country);
}

/** Whether a subscription is new commerce: cancellable only within its window after start or renewal. */
export function cancellableOnlyInWindow(sub: Subscription): boolean {
  if (sub.channel === 'csp' || sub.channel === 'mca-e') return true;
  return sub.channel === 'web-direct' && sub.billingAccount !== 'mosa';
}

/** Days users keep paid or free access past the term end, for display; undefined when open-ended. */
export function daysAfterTermEnd(sub: Subscription, access: Access): number | undefined {
  return access.until ? Math.max(0, daysBetween(sub.termEnd, maxDate(access.until, sub.termEnd))) : undefined;
}

/** The EST price factor as a message shows it: 3 % → "1.03". */
export function upliftFactor(pct: number): string {
  return (1 + pct / 100).toFixed(2);
}

/** The first day a dated boolean policy turns true: when a regime took effect. */
export function effectiveFrom(periods: readonly { from?: string; value: boolean }[]): string | undefined {
  return periods.find((p) => p.value)?.from;
}

/**
 * What happens to a source that is not cancelled early, as steps of its line: the end-of-term choice to
 * make (by the term end), the term end itself, and what follows it (free grace, a paid extended term
 * and its cancellation, or nothing). `provisionOn` dates the choice: once the target exists, and at the
 * latest on the last day of the term. `pointer` is the line's.
 */
export function endOfTermSteps({
  sub,
  access,
  provisionOn,
  pointer,
}: {
  sub: Subscription;
  access: Access;
  provisionOn?: CalendarDate | undefined;
  pointer: string;
}): StepDraft[] {
  const line = { subscription: sub.id, offer: sub.offer };
  const base = { subscription: sub.id };
  const chooseOn = provisionOn && compareDates(provisionOn, sub.termEnd) < 0 ? provisionOn : sub.termEnd;
  const steps: StepDraft[] = [];
  if (access.reason === 'renews' && provisionOn) {
    // Where EST applies, turning auto-renew off alone is not an end: the choice has to be explicit.
    // `endOfTerm: renew` records that auto-renew is still on: not done whatever the date.
    steps.push({
      ...base,
      kind: access.estApplies ? 'choose-end-of-term' : 'turn-off-auto-renew',
      date: chooseOn,
      due: sub.termEnd,
      done: false,
      pointer: `${pointer}/endOfTerm`,
      params: { ...line, by: sub.termEnd },
    });
  }
  if (access.reason === 'cancel-at-term-end' || access.reason === 'extended-term') {
    steps.push({
      ...base,
      kind: 'choose-end-of-term',
      date: chooseOn,
      pointer: `${pointer}/endOfTerm`,
      params: { ...line, by: sub.termEnd },
      ...(access.reason === 'extended-term' ? { variant: 'extendedTerm' } : {}),
    });
  }
  steps.push({
    ...base,
    kind: 'source-ends',
    date: sub.termEnd,
    pointer: `${pointer}/termEnd`,
    params: line,
  });
  if (access.reason === 'grace' && access.graceDays > 0 && access.until) {
    steps.push({
      ...base,
      kind: 'grace-ends',
      date: access.until,
      pointer: `${pointer}/termEnd`,
      params: { ...line, days: access.graceDays },
    });
  }
  const est = access.extendedTerm;
  if (est) {
    steps.push({
      ...base,
      kind: 'extended-term-starts',
      date: est.from,
      pointer: `${pointer}/endOfTerm`,
      params: {
        ...line,
        quantity: est.quantity,
        factor: upliftFactor(est.upliftPct),
        noMonthlyFactor: upliftFactor(est.noMonthlyUpliftPct),
      },
      ...(est.payer === 'customer' ? { variant: 'customer' } : {}),
    });
    if (est.until) {
      steps.push({
        ...base,
        kind: 'cancel-extended-term',
        date: est.until,
        pointer: `${pointer}/extendedUntil`,
        params: { ...line, days: est.days ?? 0 },
      });
    }
  }
  return steps;
}
