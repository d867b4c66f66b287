import { verdictOf } from '@csp-move/rules/evaluate';
import { isRuleId } from '@csp-move/rules/rules';
import { isInvalid } from '../core/result.ts';
import { isDiagnosticCode } from '../diagnostics/index.ts';
import type { Diagnostic, FileResult } from '../types.ts';

/**
 * What a file's metadata was when it was read: size, modification time in nanoseconds and inode (as
 * decimal strings, since they can exceed a double). Kept only when the time is old enough to be sure
 * of (see ResultCache).
 */
export interface Stamp {
  size: string;
  mtime: string;
  ino: string;
}

/**
 * A stored result: the content hash it belongs to, the result without its path (as validate reports it,
 * withNextStepOnly), the file's stamp, and `plan` when the start of the file declares a plan
 * (wholeTextDeclaresPlan), so that a folder's unchanged plans are recognised without being read.
 */
export type Entry = { hash: string; result: Omit<FileResult, 'path'>; stamp?: Stamp; plan?: true };

const SEVERITIES = new Set(['error', 'warning', 'info']);
const VERDICTS = new Set(['ready', 'needs-attention', 'blocked', 'invalid']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const DIGITS = /^\d{1,40}$/;

function isStamp(value: unknown): value is Stamp {
  return (
    isObject(value) &&
    [value.size, value.mtime, value.ino].every((part) => typeof part === 'string' && DIGITS.test(part))
  );
}
const isLine = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;

function isRange(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.start) || !isObject(value.end)) return false;
  return [value.start, value.end].every((p) => isLine(p.line) && isLine(p.column));
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (!isObject(value)) return false;
  const { rule, severity, message, pointer, range, help, related, fixes } = value;
  if (typeof rule !== 'string' || !(isRuleId(rule) || isDiagnosticCode(rule))) return false;
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) return false;
  if (typeof message !== 'string' || typeof pointer !== 'string' || typeof help !== 'string') return false;
  if (!isRange(range)) return false;
  if (related !== undefined) {
    if (!Array.isArray(related)) return false;
    if (!related.every((r) => isObject(r) && typeof r.pointer === 'string' && isRange(r.range))) return false;
  }
  if (fixes !== undefined) {
    if (!Array.isArray(fixes)) return false;
    const fixOk = (f: unknown) =>
      isObject(f) && isRange(f.range) && typeof f.replacement === 'string' && typeof f.title === 'string';
    if (!fixes.every(fixOk)) return false;
  }
  return true;
}

const STEP_STATES = new Set(['done', 'upcoming', 'overdue']);
const isText = (value: unknown) => typeof value === 'string';

/** A stored schedule: whose and which day, no steps, and a next step with what reports show of it. */
function isStoredSchedule(value: unknown): boolean {
  if (!isObject(value) || !isText(value.customer) || !isText(value.today)) return false;
  if (!Array.isArray(value.steps) || value.steps.length > 0) return false;
  const { next } = value;
  if (next === undefined) return true;
  if (!isObject(next) || !isObject(next.params) || !STEP_STATES.has(next.state as string)) return false;
  if (![next.id, next.kind, next.pointer, next.title].every(isText)) return false;
  return [next.date, next.due, next.subscription, next.variant].every((v) => v === undefined || isText(v));
}

/**
 * True when a cache entry has the shape the cache writes and a verdict that follows from its own
 * diagnostics, as the validator decides it. Anything else (a damaged file, an edited entry, an entry
 * that calls a plan with blocking findings ready) is dropped and the file is checked again.
 */
export function isValidEntry(value: unknown): value is Entry {
  if (!isObject(value) || typeof value.hash !== 'string' || !isObject(value.result)) return false;
  if (value.stamp !== undefined && !isStamp(value.stamp)) return false;
  if (value.plan !== undefined && value.plan !== true) return false;
  const { verdict, diagnostics, suppressed, schedule } = value.result;
  if (typeof verdict !== 'string' || !VERDICTS.has(verdict)) return false;
  if (schedule !== undefined && !isStoredSchedule(schedule)) return false;
  if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return false;
  if (
    !Array.isArray(suppressed) ||
    !suppressed.every(
      (s) => isDiagnostic(s) && typeof (s as { justification?: unknown }).justification === 'string',
    )
  )
    return false;
  const own = diagnostics.filter((d) => isDiagnosticCode(d.rule));
  const drafts = own.map((d) => ({
    code: d.rule as never,
    pointer: d.pointer,
    span: [0, 0] as const,
    severity: d.severity,
  }));
  const expected = isInvalid(drafts) ? 'invalid' : verdictOf(diagnostics.filter((d) => isRuleId(d.rule)));
  return verdict === expected;
}
