import type { FileResult, Severity } from '../types.ts';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * How many files and findings of each severity a report holds (suppressed findings excluded, findings
 * past a file's cap included).
 */
export function countFindings(files: readonly FileResult[]): Counts {
  const counts: Counts = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') counts.errors += 1;
      else if (d.severity === 'warning') counts.warnings += 1;
      else counts.infos += 1;
    }
    counts.errors += file.omitted?.errors ?? 0;
    counts.warnings += file.omitted?.warnings ?? 0;
    counts.infos += file.omitted?.infos ?? 0;
  }
  return counts;
}

/** Findings a file has beyond those listed. */
export function omittedCount(file: FileResult): number {
  return file.omitted ? file.omitted.errors + file.omitted.warnings + file.omitted.infos : 0;
}

/** True when a finding of the file, listed or not, is at or above `failOn`. */
export function failsAt(file: FileResult, failOn: Severity | 'never'): boolean {
  if (file.diagnostics.some((d) => reaches(d.severity, failOn))) return true;
  const omitted = file.omitted;
  if (!omitted) return false;
  return (
    (omitted.errors > 0 && reaches('error', failOn)) ||
    (omitted.warnings > 0 && reaches('warning', failOn)) ||
    (omitted.infos > 0 && reaches('info', failOn))
  );
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when a severity is at or above the `--fail-on` threshold. */
export function reaches(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
