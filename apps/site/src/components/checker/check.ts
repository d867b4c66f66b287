import type { Catalog } from '@csp-move/rules/catalog';
import { evaluate, type Verdict } from '@csp-move/rules/evaluate';
import type { Plan } from '@csp-move/rules/plan';
import type { Finding } from '@csp-move/rules/rules';
import type { NextStep, PlanStep } from '@csp-move/rules/steps';
import { type PlanExport, planExport } from './export-plan.ts';
import { type FormProblem, readForm } from './plan.ts';
import type { CheckerState } from './state.ts';

export interface CheckResult {
  /** `invalid` while the form cannot be written as a plan file; the rules' verdict otherwise. */
  verdict: Verdict;
  /** The plan file the form describes, once it is complete. */
  plan: Plan | undefined;
  /** What keeps the form from being a plan file (then the rules do not run). */
  problems: FormProblem[];
  /** The rules' findings on the plan, in rule order. */
  findings: Finding[];
  /**
   * The rules' steps of the move, in order, each with its one due date and its state, the same the
   * next step, the findings, the CLI and the calendar file use (empty while the form is incomplete).
   */
  steps: PlanStep[];
  /** The first overdue step, else the first upcoming one (as `csp-move explain` names it). */
  nextStep?: NextStep;
  /** What an export writes: the plan, the plan with its gaps left to fill in, or why nothing yet. */
  export: PlanExport;
}

/**
 * Judges the form the way `csp-move validate` judges the exported file: the same plan, the same
 * catalog, the same date (the plan's `asOf`), the same rules. An incomplete form is `invalid`, as a
 * plan file that fails the schema is.
 */
export function checkState(state: CheckerState, catalog: Catalog): CheckResult {
  const reading = readForm(state);
  const { plan, problems } = reading;
  const exported = planExport(state, reading, catalog);
  if (!plan) return { verdict: 'invalid', plan, problems, findings: [], steps: [], export: exported };
  try {
    const { verdict, findings, steps, nextStep } = evaluate(plan, { catalog });
    return {
      verdict,
      plan,
      problems,
      findings,
      steps,
      ...(nextStep ? { nextStep } : {}),
      export: exported,
    };
  } catch {
    // Dates at the far ends of the calendar (year 9999 plus a grace period) can make date arithmetic
    // fail; the page then says it cannot judge the plan instead of freezing on the last answer.
    return {
      verdict: 'invalid',
      plan: undefined,
      problems: [{ code: 'unjudged', pointer: '' }],
      findings: [],
      steps: [],
      export: { kind: 'blocked', missing: [] },
    };
  }
}
