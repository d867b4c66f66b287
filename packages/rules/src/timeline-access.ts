import type { RuleContext } from './context.ts';
import { type CalendarDate, compareDates, isCalendarDate } from './dates.ts';
import { needsCredit, needsReassignment } from './lines.ts';
import type { StepDraft } from './step-kinds.ts';

/**
 * GDAP in place: only when the plan has no admin access and a line needs it (the partner reassigns
 * licences, or asks for a credit), by the first day it is needed. With access in place there is no step.
 */
export function adminAccessSteps({ plan, catalog, lines }: RuleContext): StepDraft[] {
  if (plan.relationship.adminAccess !== 'none') return [];
  const needing = lines
    .map((line) => ({
      line,
      on: needsReassignment(catalog, line)
        ? line.provisionOn
        : needsCredit(line)
          ? line.sub.cancelOn
          : undefined,
      needs: needsReassignment(catalog, line) || needsCredit(line),
    }))
    .filter((n) => n.needs);
  if (needing.length === 0) return [];
  const dates = needing.map((n) => n.on).filter(isCalendarDate);
  const due = dates.reduce<CalendarDate | undefined>(
    (a, b) => (a === undefined || compareDates(b, a) < 0 ? b : a),
    undefined,
  );
  return [
    {
      kind: 'grant-admin-access',
      pointer: '/relationship/adminAccess',
      params: { lines: needing.map((n) => n.line.sub.id) },
      ...(due ? { due } : {}),
      done: false,
    },
  ];
}
