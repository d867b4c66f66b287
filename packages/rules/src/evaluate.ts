import { buildContext, type EvaluateOptions } from './context.ts';
import { type CalendarDate, compareDates } from './dates.ts';
import type { Plan } from './plan/schema.ts';
import type { RuleId } from './rules/ids.ts';
import { rules } from './rules/index.ts';
import type { Finding, Rule, Severity } from './rules/types.ts';
import { type NextStep, nextStepOf, type PlanStep, stepsOf } from './steps.ts';

export type { EvaluateOptions } from './context.ts';

/**
 * The verdict on a plan: `invalid` (YAML or schema errors; decided by the validator, rules not run),
 * `blocked` (any error), `needs-attention` (any warning) or `ready`.
 */
export type Verdict = 'invalid' | 'blocked' | 'needs-attention' | 'ready';

/** Per-rule severity overrides; `off` disables a rule. */
export type SeverityOverrides = Partial<Record<RuleId, Severity | 'off'>>;

export interface Evaluation {
  verdict: Exclude<Verdict, 'invalid'>;
  findings: Finding[];
  /** Every step the plan expects, with due date and state (see `planSteps`). */
  steps: PlanStep[];
  /** The step the plan waits for (the first overdue, else the first upcoming); absent when all are done. */
  nextStep?: NextStep;
  /** The date the plan was judged on: what decides which steps are done, upcoming or overdue. */
  today: CalendarDate;
}

/** The verdict that a list of findings leads to. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Exclude<Verdict, 'invalid'> {
  if (findings.some((f) => f.severity === 'error')) return 'blocked';
  if (findings.some((f) => f.severity === 'warning')) return 'needs-attention';
  return 'ready';
}

/**
 * Runs every rule on a schema-valid plan and returns the verdict and the findings, in rule order.
 * `overrides` change a rule's severity or turn it off (the config file's `rules:`).
 */
export function evaluate(
  plan: Plan,
  options: EvaluateOptions & { overrides?: SeverityOverrides },
): Evaluation {
  const context = buildContext(plan, options);
  const findings: Finding[] = [];
  for (const rule of Object.values(rules) as Rule[]) {
    const override = options.overrides?.[rule.id];
    if (override === 'off') continue;
    for (const input of rule.check(context)) {
      const { severity, kind = 'defect', ...rest } = input;
      // A step that is not due yet is information whatever severity the rule is configured with.
      const upcoming =
        kind === 'step' && rest.due !== undefined && compareDates(rest.due, context.today) >= 0;
      findings.push({
        rule: rule.id,
        ...rest,
        kind,
        severity: upcoming ? 'info' : (override ?? severity ?? rule.severity),
      });
    }
  }
  const steps = stepsOf(context);
  const nextStep = nextStepOf(steps);
  return {
    verdict: verdictOf(findings),
    findings,
    steps,
    ...(nextStep ? { nextStep } : {}),
    today: context.today,
  };
}
