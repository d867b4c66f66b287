import type { Catalog } from '@csp-move/rules/catalog';
import { verdictOf } from '@csp-move/rules/evaluate';
import type { Locale } from '@csp-move/rules/messages';
import { diagnosticDefinition } from '../diagnostics/index.ts';
import type { Diagnostic, FileResult, OmittedFindings, SuppressedDiagnostic } from '../types.ts';
import { type Draft, renderDraft } from './draft.ts';
import type { LineIndex } from './lines.ts';

/** What every result needs: where it is shown, in which language, against which catalog. */
export interface ResultContext {
  path: string;
  locale: Locale;
  catalog: Catalog;
}

// Errors from these stages mean the document could not be read as a plan: verdict `invalid`.
const INVALIDATING = new Set(['file', 'yaml', 'schema']);

/** True when any draft makes the document invalid (YAML or schema errors). */
export function isInvalid(drafts: readonly Draft[]): boolean {
  return drafts.some((d) => {
    const definition = diagnosticDefinition(d.code);
    return INVALIDATING.has(definition.stage) && (d.severity ?? definition.severity) === 'error';
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders diagnostics by position, then rule, then message, so output never depends on rule order. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compare(a.rule, b.rule) ||
    compare(a.message, b.message)
  );
}

/**
 * Findings listed per file. A plan has a few dozen at most; a generated or hostile file can have
 * hundreds of thousands, which would make reports of a hundred megabytes. The rest are counted.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 500;

/** The first MAX_DIAGNOSTICS_PER_FILE of sorted diagnostics, and the rest counted by severity. */
function capped(sorted: Diagnostic[]): Pick<FileResult, 'diagnostics' | 'omitted'> {
  if (sorted.length <= MAX_DIAGNOSTICS_PER_FILE) return { diagnostics: sorted };
  const omitted: OmittedFindings = { errors: 0, warnings: 0, infos: 0 };
  for (const d of sorted.slice(MAX_DIAGNOSTICS_PER_FILE)) {
    if (d.severity === 'error') omitted.errors += 1;
    else if (d.severity === 'warning') omitted.warnings += 1;
    else omitted.infos += 1;
  }
  return { diagnostics: sorted.slice(0, MAX_DIAGNOSTICS_PER_FILE), omitted };
}

/**
 * Assembles a file's result: words the drafts, adds the rule findings, sorts, caps the list (capped),
 * and decides the verdict (`invalid` on YAML or schema errors, else from the rule findings alone).
 */
export function buildResult(
  context: ResultContext,
  drafts: readonly Draft[],
  lines: LineIndex | undefined,
  findings: Diagnostic[] = [],
  suppressed: SuppressedDiagnostic[] = [],
): FileResult {
  const render = { locale: context.locale, catalog: context.catalog, lines };
  const own = drafts.map((d) => renderDraft(d, render));
  return {
    path: context.path,
    verdict: isInvalid(drafts) ? 'invalid' : verdictOf(findings),
    ...capped([...own, ...findings].sort(byPosition)),
    suppressed,
  };
}

/** A result for a file that could not be looked at, e.g. unreadable: one diagnostic at 1:1. */
export function fileProblem(context: ResultContext, draft: Omit<Draft, 'span' | 'pointer'>): FileResult {
  return buildResult(context, [{ ...draft, pointer: '', span: [0, 0] }], undefined);
}

/**
 * A result as `validate` reports it: of the schedule only the next step (its `steps` left empty), since
 * no report of `validate` shows the others. It keeps the result cache small and the messages from
 * worker threads short; `status`, `calendar` and `explain` keep every step.
 */
export function withNextStepOnly(result: FileResult): FileResult {
  const { schedule } = result;
  if (!schedule || schedule.steps.length === 0) return result;
  return { ...result, schedule: { ...schedule, steps: [] } };
}
