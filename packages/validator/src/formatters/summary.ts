import type { FileResult, Severity } from '../types.ts';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** How many files and findings of each severity a report holds (suppressed findings excluded). */
export function countFindings(files: readonly FileResult[]): Counts {
  const counts: Counts = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') counts.errors += 1;
      else if (d.severity === 'warning') counts.warnings += 1;
      else counts.infos += 1;
    }
  }
  return counts;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when a severity is at or above the `--fail-on` threshold. */
export function reaches(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
