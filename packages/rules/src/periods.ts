import { type Access, accessGap, targetFrom } from './access.ts';
import { buildContext, type EvaluateOptions, type Line } from './context.ts';
import { addDays, type CalendarDate, isCalendarDate } from './dates.ts';
import type { Plan } from './plan/schema.ts';

// What a drawing of the move shows for each line: the source's term, the days after it (free grace, a
// paid extended term), when the target is the users', and the days without either. All of it comes
// from access.ts, the module every timing rule asks, so a drawing shows a gap exactly when a gap rule
// (the `access-gap` group) reports one.

/** Days from `from` to `until`, both included; no `until` when nothing ends them. */
export interface DayRange {
  from: CalendarDate;
  until?: CalendarDate;
}

/** One subscription line's periods. */
export interface LinePeriods {
  /** The line's id in the plan. */
  subscription: string;
  /** `/subscriptions/<index>` */
  pointer: string;
  /** Until when, at what cost and why users keep the source. */
  access: Access;
  /** The paid term of the source: from its start (when the plan gives it) to the day it stops. */
  term: { from?: CalendarDate; until: CalendarDate };
  /** Free days after the term end, where the old lifecycle still gives them. */
  grace?: Required<DayRange>;
  /** A paid extended service term after the term end; open-ended without `until`. */
  extendedTerm?: DayRange;
  /** The last day users have the source; absent when access does not end (renewal, transfer, open EST). */
  accessUntil?: CalendarDate;
  /** From when users have the target: the later of provisioning and licence assignment. */
  target?: { from: CalendarDate; pointer: string };
  /** For a partner transfer: the day billing moves to the partner, once the plan records the approval. */
  transferOn?: CalendarDate;
  /** Days with neither the source nor the target: present exactly when an `access-gap` rule fires. */
  gap?: Required<DayRange> & { days: number };
}

/** The periods of one line, from what the rule context computed about it. */
export function periodsOfLine(line: Line, plan: Plan): LinePeriods {
  const { sub, access, pointer } = line;
  const target = targetFrom(sub);
  const gap = accessGap(sub, access);
  const est = access.extendedTerm;
  const approvedOn = plan.transfer?.approvedOn;
  return {
    subscription: sub.id,
    pointer,
    access,
    term: { ...(isCalendarDate(sub.termStart) ? { from: sub.termStart } : {}), until: line.sourceEnds },
    ...(access.reason === 'grace' && access.graceDays > 0 && access.until
      ? { grace: { from: addDays(sub.termEnd, 1), until: access.until } }
      : {}),
    ...(est ? { extendedTerm: { from: est.from, ...(est.until ? { until: est.until } : {}) } } : {}),
    ...(access.until ? { accessUntil: access.until } : {}),
    ...(target ? { target: { from: target.date, pointer: `${pointer}/${target.field}` } } : {}),
    ...(access.reason === 'partner-transfer' && isCalendarDate(approvedOn) ? { transferOn: approvedOn } : {}),
    ...(gap ? { gap: { from: gap.from, until: gap.until, days: gap.days } } : {}),
  };
}

/** Every line's periods, in plan order, for a schema-valid plan. Pure: safe in a browser. */
export function planPeriods(plan: Plan, options: EvaluateOptions): LinePeriods[] {
  const context = buildContext(plan, options);
  return context.lines.map((line) => periodsOfLine(line, plan));
}
