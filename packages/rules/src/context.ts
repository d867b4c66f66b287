import { type Access, accessOf, NO_END } from './access.ts';
import type { Catalog, Policies } from './catalog/index.ts';
import { type CalendarDate, isCalendarDate, todayUtc } from './dates.ts';
import type { Plan, Subscription } from './plan/schema.ts';

/** A subscription line with what most rules need about it, computed once per evaluation. */
export interface Line {
  sub: Subscription;
  index: number;
  /** `/subscriptions/<index>` */
  pointer: string;
  /** The target offer ids, a single offer as a one-item list. */
  targets: string[];
  /**
   * The last day users of the source subscription still have access (`access.until`); 9999-12-31 when
   * it does not end (a renewal, a transfer, an extended term without an end date).
   */
  accessEnds: CalendarDate;
  /** The day the source subscription stops: cancelOn when cancelled, else termEnd. */
  sourceEnds: CalendarDate;
  /** The day the target is provisioned; absent for a line that is transferred, not bought again. */
  provisionOn?: CalendarDate;
  /** Until when, at what cost and why users keep access to the source (access.ts). */
  access: Access;
}

/** What rules, steps and the timeline read about a plan, computed once per evaluation. */
export interface RuleContext {
  plan: Plan;
  catalog: Catalog;
  policies: Policies;
  /** The date relative checks use (CLI --today, else plan asOf, else today). */
  today: CalendarDate;
  lines: Line[];
}

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
