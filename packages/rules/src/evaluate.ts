import { buildContext, type EvaluateOptions } from './context.ts';
import type { Plan } from './plan/schema.ts';
import type { RuleId } from './rules/ids.ts';
import { rules } from './rules/index.ts';
import type { Finding, Rule, Severity } from './rules/types.ts';

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
      const { severity, ...rest } = input;
      findings.push({ rule: rule.id, ...rest, severity: override ?? severity ?? rule.severity });
    }
  }
  return { verdict: verdictOf(findings), findings };
}
