import { accessOf, NO_END } from './access.ts';
import type { Catalog } from './catalog/index.ts';
import { type CalendarDate, isCalendarDate, todayUtc } from './dates.ts';
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
    const sourceEnds = cancelled ? (sub.cancelOn as string) : sub.termEnd;
    // access.ts decides (channel, end-of-term choice, the subscription's dates); access that does not
    // end reads as the last day a date can name, so date comparisons keep working.
    const access = accessOf(sub, policies);
    const accessEnds = access.until ?? NO_END;
    const provisionOn = isCalendarDate(sub.target.provisionOn) ? sub.target.provisionOn : undefined;
    return {
      sub,
      index,
      pointer: `/subscriptions/${index}`,
      targets,
      sourceEnds,
      accessEnds,
      provisionOn,
      access,
    };
  });
  return { plan, catalog, policies, today: resolveToday(plan, options.today), lines };
}
