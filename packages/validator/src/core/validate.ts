import { type Catalog, defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate, type SeverityOverrides } from '@csp-move/rules/evaluate';
import type { Locale } from '@csp-move/rules/messages';
import {
  fillInsOf,
  judgeablePart,
  type Plan,
  type PlanV1,
  planFileSchema,
  planSchemaV1,
  pointerInFile,
  pointerInV1,
  upgradeV1,
} from '@csp-move/rules/plan';
import { findingMessage } from '@csp-move/rules/rules';
import { ruleUrl } from '@csp-move/rules/site';
import { stepTitle } from '@csp-move/rules/timeline';
import { validatePlanV1 } from '../generated/plan-v1-validator.js';
import { validatePlan } from '../generated/plan-validator.js';
import { planVersionOf } from '../inputs/formats.ts';
import { checkSchema, type SchemaCheck } from '../schema/validators.ts';
import type { Diagnostic, FileResult, FileStep, Schedule } from '../types.ts';
import { type Draft, renderDraft } from './draft.ts';
import { locate, type Source } from './locate.ts';
import { unknownOffersAnyway } from './offers-anyway.ts';
import { parseYaml } from './parse.ts';
import { displayPath } from './pointer.ts';
import { buildResult, fileProblem, type ResultContext } from './result.ts';
import { formatSize } from './size.ts';
import { toRange } from './span.ts';
import { applySuppressions } from './suppressions.ts';

/** Default largest file the validator reads: 1 MB. Plans are a few kilobytes. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export interface ValidateOptions {
  /** The path shown in results. Default `<input>`. */
  path?: string;
  /** Language of messages and help links. Default `en`. */
  locale?: Locale;
  /** Catalog the rules check against. Default: the built-in catalog. */
  catalog?: Catalog;
  /** The date relative checks use (YYYY-MM-DD). Default: the plan's asOf, else today (UTC). */
  today?: string;
  /** Severity overrides per rule id; `off` turns a rule off. */
  overrides?: SeverityOverrides;
  /** Files larger than this many bytes (UTF-8) are not parsed. Default 1 MB. */
  maxFileSize?: number;
}

/** A file's result plus, when the plan is valid, the plan itself (for `explain`). */
export interface Analysis {
  result: FileResult;
  /** The plan as version 2 (a version 1 file is upgraded). */
  plan?: Plan;
  /** Where a pointer into `plan` points in the file (they differ for `endOfTerm` in a version 1 file). */
  pointerInFile?: (pointer: string) => string;
}

const PLAN_CHECK: SchemaCheck = { kind: 'plan', validate: validatePlan, schema: planFileSchema };
const PLAN_V1_CHECK: SchemaCheck = { kind: 'plan', validate: validatePlanV1, schema: planSchemaV1 };

/** Bytes the text takes in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function analyze(text: string, options: ValidateOptions, context: ResultContext): Analysis {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // A UTF-16 unit takes at most three bytes in UTF-8, so a text this short cannot be over the limit.
  const size = text.length * 3 > limit ? utf8Length(text) : 0;
  if (size > limit) {
    const draft = {
      code: 'file-too-large' as const,
      params: { size: formatSize(size), limit: formatSize(limit) },
    };
    return { result: fileProblem(context, draft) };
  }

  const parsed = parseYaml(text);
  const { lines, value } = parsed;
  // The document is composed only when a position is asked for (a finding, a suppression comment).
  const source: Source = {
    get doc() {
      return parsed.doc;
    },
    text,
  };
  if (parsed.drafts.length > 0) return { result: buildResult(context, parsed.drafts, lines) };
  if (value === null || value === undefined) {
    const draft: Draft = { code: 'empty-file', pointer: '', span: locate(source, '', 'parent') };
    return { result: buildResult(context, [draft], lines) };
  }
  // A version 1 file is checked against the version 1 schema, a version 2 file against the current one.
  const v1 = planVersionOf(value) === 1;
  const schemaDrafts = checkSchema(v1 ? PLAN_V1_CHECK : PLAN_CHECK, value, source);
  if (schemaDrafts.length > 0) {
    const reported = new Set(schemaDrafts.map((d) => d.pointer));
    const offers = unknownOffersAnyway(
      value,
      { ...context, overrides: options.overrides },
      source,
      lines,
      reported,
    );
    return { result: buildResult(context, schemaDrafts, lines, offers) };
  }

  // Values an import left to fill in are reported; the rules judge what is known without them.
  const fillIns = v1 ? [] : fillInsOf(value);
  const toFill: Diagnostic[] = fillIns.map((fill) => {
    const draft: Draft = {
      code: 'to-fill-in',
      pointer: fill.pointer,
      span: locate(source, fill.pointer, 'value'),
      params: { field: displayPath(fill.pointer) },
      ...(fill.required
        ? fill.pointer.startsWith('/subscriptions/')
          ? {}
          : { variant: 'plan' }
        : { variant: 'optional' }),
    };
    return renderDraft(draft, { locale: context.locale, catalog: context.catalog, lines });
  });
  const judged = fillIns.length > 0 ? judgeablePart(value, fillIns) : undefined;
  if (fillIns.length > 0 && judged === undefined) return { result: buildResult(context, [], lines, toFill) };

  // A version 1 plan is judged as the version 2 plan it means; findings point back into the v1 file.
  const plan = v1 ? upgradeV1(value as PlanV1) : judged ? judged.plan : (value as Plan);
  const inFile = v1
    ? (pointer: string) => pointerInV1(pointer, value as PlanV1)
    : judged
      ? (pointer: string) => pointerInFile(pointer, judged.lineInFile)
      : (pointer: string) => pointer;
  const evaluation = evaluate(plan, {
    catalog: context.catalog,
    today: options.today,
    overrides: options.overrides,
  });
  const findings: Diagnostic[] = evaluation.findings.map((finding) => {
    const diagnostic: Diagnostic = {
      rule: finding.rule,
      severity: finding.severity,
      message: findingMessage(finding, context.locale, context.catalog),
      pointer: inFile(finding.pointer),
      range: toRange(lines, locate(source, inFile(finding.pointer), 'value')),
      help: ruleUrl(finding.rule, context.locale),
      ...(finding.kind ? { kind: finding.kind } : {}),
      ...(finding.due ? { due: finding.due } : {}),
    };
    if (finding.related?.length) {
      diagnostic.related = finding.related.map((pointer) => ({
        pointer: inFile(pointer),
        range: toRange(lines, locate(source, inFile(pointer), 'value')),
      }));
    }
    return diagnostic;
  });
  const steps: FileStep[] = evaluation.steps.map((step) => ({
    id: step.id,
    kind: step.kind,
    state: step.state,
    ...(step.date ? { date: step.date } : {}),
    ...(step.due ? { due: step.due } : {}),
    ...(step.subscription ? { subscription: step.subscription } : {}),
    pointer: inFile(step.pointer),
    title: stepTitle(step, context.locale, context.catalog),
    params: step.params,
    ...(step.variant ? { variant: step.variant } : {}),
  }));
  const nextStep = evaluation.nextStep;
  const next = nextStep && steps.find((step) => step.id === nextStep.id);
  const schedule: Schedule = {
    customer: plan.customer.name,
    today: evaluation.today,
    steps,
    ...(next ? { next: { ...next, ...(nextStep.date ? { date: nextStep.date } : {}) } } : {}),
  };
  const isOff = (rule: string) => (options.overrides as Record<string, string> | undefined)?.[rule] === 'off';
  const outcome = applySuppressions(source, findings, isOff);
  // Version 1 keeps validating; an info diagnostic (never part of the verdict) points to the upgrade.
  const notices: Draft[] = v1
    ? [{ code: 'plan-version-1', pointer: '/version', span: locate(source, '/version', 'value') }]
    : [];
  const result = buildResult(
    context,
    [...notices, ...outcome.drafts],
    lines,
    [...outcome.kept, ...toFill],
    outcome.suppressed,
  );
  return { result: { ...result, schedule }, plan, pointerInFile: inFile };
}

/**
 * Validates one plan file's text: YAML, then the schema, then (for a valid plan) the rules and the
 * suppression comments. Never throws: a failure inside the validator becomes an `internal-error`
 * diagnostic on the file.
 */
export function analyzeText(text: string, options: ValidateOptions = {}): Analysis {
  const context: ResultContext = {
    locale: options.locale ?? 'en',
    catalog: options.catalog ?? defaultCatalog(),
    path: options.path ?? '<input>',
  };
  try {
    return analyze(text, options, context);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { result: fileProblem(context, { code: 'internal-error', params: { detail } }) };
  }
}

/** Validates one plan file's text; see `analyzeText`. */
export function validateText(text: string, options: ValidateOptions = {}): FileResult {
  return analyzeText(text, options).result;
}
