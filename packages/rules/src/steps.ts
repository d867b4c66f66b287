import type { RuleContext } from './context.ts';
import { buildContext, type EvaluateOptions } from './context.ts';
import { type CalendarDate, compareDates, daysBetween } from './dates.ts';
import type { Plan } from './plan/schema.ts';
import { deadlineOf, type Step, type StepKey, type StepKind } from './step-kinds.ts';
import { timeline } from './timeline.ts';

/**
 * Where a step stands on the day the plan is judged: `done` (the plan records it: a date in the past,
 * or a state), `upcoming` (not done, due today or later, or not dated yet) or `overdue` (not done, and
 * its due date is before that day).
 */
export type StepState = 'done' | 'upcoming' | 'overdue';

export const STEP_STATES = ['overdue', 'upcoming', 'done'] as const satisfies readonly StepState[];

/** A step of the timeline with its deadline and its state. */
export interface PlanStep extends Step {
  /** The last day it can be done: from the plan, moved earlier by the lead time a policy sets. */
  due?: CalendarDate;
  state: StepState;
}

/** The step a plan waits for: the first overdue one, else the first upcoming one. */
export interface NextStep {
  id: string;
  kind: StepKind | (string & {});
  /** The day it is planned for, else the day it is due by. */
  date?: CalendarDate;
  due?: CalendarDate;
  subscription?: string;
  state: Exclude<StepState, 'done'>;
}

function stateOf(done: boolean, due: CalendarDate | undefined, today: CalendarDate): StepState {
  if (done) return 'done';
  return due !== undefined && compareDates(due, today) < 0 ? 'overdue' : 'upcoming';
}

function sortKey(step: PlanStep): CalendarDate | undefined {
  return step.state === 'done' ? (step.date ?? step.due) : (step.due ?? step.date);
}

/** The plan's steps with deadline and state, from an already built rule context. */
export function stepsOf(context: RuleContext): PlanStep[] {
  const cached = memo.get(context);
  if (cached) return cached;
  const steps = timeline(context.plan, { catalog: context.catalog, today: context.today }).map(
    (step): PlanStep => {
      const due = deadlineOf(step, context.policies);
      const { due: _, ...rest } = step;
      return { ...rest, ...(due ? { due } : {}), state: stateOf(step.done, due, context.today) };
    },
  );
  // Stable: same-day steps keep the timeline's order.
  const ordered = steps
    .map((step, position) => ({ step, position, key: sortKey(step) }))
    .sort((a, b) => {
      if (a.key !== b.key) {
        if (a.key === undefined) return 1;
        if (b.key === undefined) return -1;
        return compareDates(a.key, b.key);
      }
      return a.position - b.position;
    })
    .map((entry) => entry.step);
  memo.set(context, ordered);
  return ordered;
}

// Rules ask for the same steps one after another within one evaluation.
const memo = new WeakMap<RuleContext, PlanStep[]>();

/**
 * The steps a plan expects, each with its due date and whether it is done, upcoming or overdue on the
 * day the plan is judged (`today`, else the plan's `asOf`, else today in UTC). Pure: no I/O, safe in a
 * browser.
 */
export function planSteps(plan: Plan, options: EvaluateOptions): PlanStep[] {
  return stepsOf(buildContext(plan, options));
}

/** The first overdue step, else the first upcoming one; undefined when every step is done. */
export function nextStepOf(steps: readonly PlanStep[]): NextStep | undefined {
  const next = steps.find((s) => s.state === 'overdue') ?? steps.find((s) => s.state === 'upcoming');
  if (!next) return undefined;
  const date = next.date !== undefined && next.state === 'upcoming' ? next.date : (next.due ?? next.date);
  return {
    id: next.id,
    kind: next.kind,
    ...(date ? { date } : {}),
    ...(next.due ? { due: next.due } : {}),
    ...(next.subscription ? { subscription: next.subscription } : {}),
    state: next.state as NextStep['state'],
  };
}

/** Days from `today` to `date`: negative when the date has passed. */
export function daysLeft(date: CalendarDate, today: CalendarDate): number {
  return daysBetween(today, date);
}

/**
 * What a rule that reports a step adds to its finding: the step's kind and due date, and its severity
 * (an upcoming step is information, an overdue one an error). Undefined when the step is done or not
 * in the plan, so the rule has nothing to report about it.
 */
export function stepReport(
  context: RuleContext,
  id: StepKey,
): { kind: 'step'; due?: CalendarDate; severity?: 'info' | 'error' } | undefined {
  const step = stepsOf(context).find((s) => s.id === id);
  if (!step || step.state === 'done') return undefined;
  return {
    kind: 'step',
    ...(step.due ? { due: step.due } : {}),
    // Without a due date the step cannot be upcoming: the rule's own severity stands.
    ...(step.due === undefined ? {} : { severity: step.state === 'overdue' ? 'error' : 'info' }),
  };
}
