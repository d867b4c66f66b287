import type { Localized } from '@csp-move/rules/messages';
import type { Severity } from '@csp-move/rules/rules';

/**
 * Where in the pipeline a diagnostic comes from. `file`, `yaml` and `schema` errors make a plan
 * `invalid` (its rules are not run); `plan` errors (a value left to fill in) count for the verdict as
 * rule findings do; the others do not change the verdict.
 */
export type Stage = 'file' | 'yaml' | 'schema' | 'plan' | 'suppression' | 'config' | 'internal';

/** One of the validator's own diagnostics: metadata for messages, docs and SARIF. */
export interface DiagnosticDefinition {
  severity: Severity;
  stage: Stage;
  title: Localized;
  /** Message templates: `{name}` inserts a param, `{name:list}` joins a list (see formatTemplate). */
  messages: { default: Localized } & Record<string, Localized>;
  /** What it means and how to fix it, for /reference/diagnostics/ and `csp-move rules <code>`. */
  description: Localized;
  /**
   * Title of the fix the validator offers, when it offers one. A diagnostic whose drafts carry no edit
   * (`plan-version-1`: the upgrade changes several lines) names the command that fixes it instead.
   */
  fix?: Localized;
}
