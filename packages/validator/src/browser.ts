/**
 * `@csp-move/validator/browser`: plan text in, diagnostics out. No Node built-ins, no file system, no
 * run-time code generation, so it runs in the site's playground and checker under a strict CSP.
 */
export {
  type CalendarEntry,
  calendarEntries,
  DEFAULT_REMIND_DAYS,
  type IcsOptions,
  stepUid,
  writeIcs,
} from './calendar/ics.ts';
export { applyFix, applyFixes, offsetOf } from './core/fixes.ts';
export { type ParsedYaml, parseYaml } from './core/parse.ts';
export {
  type Analysis,
  analyzeText,
  DEFAULT_MAX_FILE_SIZE,
  type ValidateOptions,
  validateText,
} from './core/validate.ts';
export { rulesWait } from './formatters/strings.ts';
export type {
  Diagnostic,
  FileResult,
  FileStep,
  Fix,
  Locale,
  Position,
  Range,
  RelatedLocation,
  Schedule,
  Severity,
  StepState,
  SuppressedDiagnostic,
  Verdict,
} from './types.ts';
