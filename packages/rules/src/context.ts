import type { Catalog } from './catalog/index.ts';
import { addDays, type CalendarDate, isCalendarDate, todayUtc } from './dates.ts';
import type { Plan } from './plan/schema.ts';
import type { Line, RuleContext } from './rules/types.ts';

export interface EvaluateOptions {
  /** The catalog to check against. Default: the catalog built into this package. */
  catalog: Catalog;
  /** The date relative checks use. Default: the plan's `asOf`, else today (UTC). */
  today?: CalendarDate;
}

/** The date relative checks use: an explicit date wins, then the plan's `asOf`, then today. */
export function resolveToday(plan: Plan, today?: CalendarDate): CalendarDate {
  if (today && isCalendarDate(today)) return today;
  if (isCalendarDate(plan.asOf)) return plan.asOf;
  return todayUtc();
}

/** Computes once what most rules need about each subscription line. */
export function buildContext(plan: Plan, options: EvaluateOptions): RuleContext {
  const { catalog } = options;
  const policies = catalog.policies;
  const lines: Line[] = plan.subscriptions.map((sub, index) => {
    const targets = Array.isArray(sub.target.offer) ? [...sub.target.offer] : [sub.target.offer as string];
    const cancelled = sub.endOfTerm === 'cancel' && isCalendarDate(sub.cancelOn);
    const grace = policies.graceDays[sub.channel] ?? 0;
    const sourceEnds = cancelled ? (sub.cancelOn as string) : sub.termEnd;
    // A cancelled subscription skips the grace period: users lose access when it is cancelled.
    const accessEnds = cancelled ? (sub.cancelOn as string) : addDays(sub.termEnd, grace);
    const provisionOn = isCalendarDate(sub.target.provisionOn) ? sub.target.provisionOn : undefined;
    return { sub, index, pointer: `/subscriptions/${index}`, targets, sourceEnds, accessEnds, provisionOn };
  });
  return { plan, catalog, policies, today: resolveToday(plan, options.today), lines };
}
