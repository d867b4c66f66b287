import { accessOf, targetFrom } from '@csp-move/rules/access';
import type { Catalog } from '@csp-move/rules/catalog';
import { addDays, type CalendarDate, daysBetween, isCalendarDate } from '@csp-move/rules/dates';
import type { Plan } from '@csp-move/rules/plan';

/** One subscription line on the timeline: how long the original runs and when its replacement starts. */
export interface TimelineRow {
  /** The line's id in the plan. */
  id: string;
  /** Index of the line, for the pointer `/subscriptions/<index>`. */
  index: number;
  source: string;
  targets: string[];
  /** The day the original stops: the cancel date, else the term end. */
  sourceEnds: CalendarDate;
  /** Days after the term end users keep access (only when the original expires; 0 for volume licensing). */
  grace: { from: CalendarDate; to: CalendarDate } | undefined;
  /** A paid extended service term after the term end: access goes on, and is billed. */
  extended?: { from: CalendarDate; to: CalendarDate } | undefined;
  cancelOn: CalendarDate | undefined;
  /** The last day users of the original still have access. */
  accessEnds: CalendarDate;
  provisionOn: CalendarDate;
  /**
   * Days users are without a licence when they get the target after access ends: from the day after
   * access ends to the day they have the target, both included. The target is theirs on the later of
   * its provisioning and its licence assignment (`targetFrom`), as the gap rules count it.
   */
  gap: { from: CalendarDate; to: CalendarDate } | undefined;
}

export interface TimelineModel {
  /** First and last day drawn. */
  from: CalendarDate;
  to: CalendarDate;
  /** The day the plan is judged on (its `asOf`). */
  today: CalendarDate;
  acceptedOn: CalendarDate | undefined;
  rows: TimelineRow[];
  /** First days of the months inside the range, for the axis. */
  months: CalendarDate[];
}

/**
 * What the timeline shows, from a plan that the schema accepts. Until when users keep the original is
 * the rules' own answer (`accessOf`, on the plan read as version 2): the cancel date, the term end plus
 * a free grace period where one still applies, or no end while it renews or runs on a paid extended
 * term (drawn up to the day the target starts, so no gap shows).
 */
export function timelineModel(plan: Plan, catalog: Catalog, today: CalendarDate): TimelineModel {
  const rows = plan.subscriptions.map((sub, index): TimelineRow => {
    const access = accessOf(sub, catalog.policies);
    const cancelOn = access.reason === 'cancelled' ? access.until : undefined;
    const grace =
      access.reason === 'grace' && access.graceDays > 0
        ? { from: laterBy(sub.termEnd, 1), to: laterBy(sub.termEnd, access.graceDays) }
        : undefined;
    // A line transferred from another partner is not provisioned again: its bar starts when billing moves.
    const provisionOn = sub.target.provisionOn ?? plan.transfer?.approvedOn ?? sub.termEnd;
    const accessEnds = cancelOn ?? grace?.to ?? access.until ?? maxOf(sub.termEnd, provisionOn);
    const extended =
      access.extendedTerm && accessEnds > sub.termEnd
        ? { from: laterBy(sub.termEnd, 1), to: accessEnds }
        : undefined;
    return {
      id: sub.id,
      index,
      source: sub.offer,
      targets: Array.isArray(sub.target.offer) ? [...sub.target.offer] : [sub.target.offer as string],
      sourceEnds: cancelOn ?? sub.termEnd,
      grace,
      ...(extended ? { extended } : {}),
      cancelOn,
      accessEnds,
      provisionOn,
      gap: gapOf(access.until, targetFrom(sub)?.date),
    };
  });

  const acceptedOn = isCalendarDate(plan.relationship.acceptedOn) ? plan.relationship.acceptedOn : undefined;
  const dates = [today, ...(acceptedOn ? [acceptedOn] : [])];
  for (const row of rows) dates.push(row.provisionOn, row.accessEnds, row.sourceEnds);
  dates.sort();
  const first = dates[0] as CalendarDate;
  const last = dates[dates.length - 1] as CalendarDate;
  // A margin on both sides, so a bar that ends on the last date is still seen to end; kept within
  // the years a plan date can have (a half-typed year such as 0002 must not reach year -160).
  const margin = Math.max(7, Math.round(daysBetween(first, last) * 0.08));
  const from = daysBetween(FIRST_DAY, first) > margin ? addDays(first, -margin) : FIRST_DAY;
  const to = daysBetween(last, LAST_DAY) > margin ? addDays(last, margin) : LAST_DAY;
  return { from, to, today, acceptedOn, rows, months: monthStarts(from, to) };
}

/** No licence from the day after access ends until the target is the users', when that is later. */
function gapOf(accessEnds: CalendarDate | undefined, targetOn: CalendarDate | undefined): TimelineRow['gap'] {
  if (accessEnds === undefined || targetOn === undefined || targetOn <= accessEnds) return undefined;
  return { from: laterBy(accessEnds, 1), to: targetOn };
}

function maxOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** The first and last day a `YYYY-MM-DD` date can name. */
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/** `days` after `date`, but never past the last day a plan date can name. */
function laterBy(date: CalendarDate, days: number): CalendarDate {
  return daysBetween(date, LAST_DAY) > days ? addDays(date, days) : LAST_DAY;
}

/** The first day of every month after `from` up to `to`, thinned to at most 12 labels. */
function monthStarts(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const index = (date: CalendarDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const first = index(from) + 1;
  const last = index(to);
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  const months: CalendarDate[] = [];
  for (let i = first; i <= last; i += step) {
    const year = Math.floor(i / 12);
    months.push(`${String(year).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`);
  }
  return months;
}
