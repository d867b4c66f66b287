import type { CalendarDate } from '@csp-move/rules/dates';

/** Today in the reader's own time zone, as the checker dates a new plan. */
export function todayLocal(now = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
