import type { Verdict } from '@csp-move/rules/evaluate';
import type { Locale } from '@csp-move/rules/messages';
import type { Param, Severity } from '@csp-move/rules/rules';

export type { Locale, Severity, Verdict };

/** A place in a file: 1-based line, 1-based column counted in UTF-16 code units (as editors and SARIF do). */
export interface Position {
  line: number;
  column: number;
}

/** A stretch of a file; `end` is the position just after the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** An edit that resolves a diagnostic: replace `range` with `replacement`. */
export interface Fix {
  range: Range;
  replacement: string;
  /** What the edit does, in the run's locale ("Rename to termEnd"). */
  title: string;
}

/** Another place involved in a diagnostic, e.g. where a duplicate first appeared. */
export interface RelatedLocation {
  pointer: string;
  range: Range;
  message?: string;
}

/**
 * One problem in one file: a rule finding or one of the validator's own diagnostics (YAML, schema,
 * suppressions). `rule` is the rule id or the diagnostic code; the two sets never overlap.
 */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** JSON pointer into the plan, `''` for the whole file. */
  pointer: string;
  range: Range;
  /** The page that explains the rule or diagnostic, in the run's locale. */
  help: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Rule findings: `defect` (wrong whatever the date) or `step` (expected by `due`). */
  kind?: 'defect' | 'step';
  /** For a step: the last day it can be done (YYYY-MM-DD). */
  due?: string;
}

/** A finding that a `csp-move-disable-next-line` comment silenced, with the reason given there. */
export interface SuppressedDiagnostic extends Diagnostic {
  justification: string;
}

/** Everything the validator says about one file. */
export interface FileResult {
  /** The path as shown to the user: relative to the working folder, with `/` separators. */
  path: string;
  verdict: Verdict;
  /** Sorted by position, then rule. */
  diagnostics: Diagnostic[];
  /** Findings silenced by suppression comments; only SARIF reports them. */
  suppressed: SuppressedDiagnostic[];
  /**
   * For a plan the rules judged: its schedule (status, calendar, explain). `validate` keeps only its
   * next step (`steps` empty; see withNextStepOnly).
   */
  schedule?: Schedule;
  /**
   * Findings past the first MAX_DIAGNOSTICS_PER_FILE (by position), by severity: counted in every
   * summary and exit code, but not listed. Absent when every finding is listed.
   */
  omitted?: OmittedFindings;
}

/** How many findings of each severity a file has beyond those listed. */
export interface OmittedFindings {
  errors: number;
  warnings: number;
  infos: number;
}

/** Where a step stands on the day the plan is judged. */
export type StepState = 'done' | 'upcoming' | 'overdue';

/** One step a plan expects, worded in the run's locale. */
export interface FileStep {
  /** Unique in the plan: the step kind, plus the subscription line id for per-line steps. */
  id: string;
  kind: string;
  state: StepState;
  /** The day the plan says it happens. */
  date?: string;
  /** The last day it can be done. */
  due?: string;
  subscription?: string;
  /** JSON pointer into the plan file. */
  pointer: string;
  /** What the step is, in the run's locale. */
  title: string;
  /** The values its title is worded from, so it can be worded in another locale (`stepTitle`). */
  params: Record<string, Param>;
  variant?: string;
}

/** A judged plan's schedule: whose it is, the day it was judged on, its steps and the next one. */
export interface Schedule {
  customer: string;
  /** The date the plan was judged on (--today, else its asOf, else today in UTC). */
  today: string;
  /** In order of date; undated steps last. */
  steps: FileStep[];
  /** The first overdue step, else the first upcoming one; `date` is when it is planned, else due. */
  next?: FileStep;
}
