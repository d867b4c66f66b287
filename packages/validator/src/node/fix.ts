import { lstatSync } from 'node:fs';
import { applyCounted } from '../core/fixes.ts';
import { type ValidateOptions, validateText } from '../core/validate.ts';
import type { FileResult, Fix } from '../types.ts';
import { writePlanned } from './write.ts';

/**
 * `csp-move validate --fix`: applies the edits that diagnostics offer when each offers exactly one
 * (a misspelt field renamed to the one it is closest to, a number quoted as text, a stale suppression
 * comment removed); a finding with no edit or a choice of edits is left to the user. Fixed text is
 * validated again, a few passes at most, since one fix can reveal another.
 */

/** Passes of fix and validate per file; a fix that keeps producing fixes stops here. */
export const MAX_FIX_PASSES = 5;

/** The single edit of every diagnostic that offers exactly one. */
export function unambiguousFixes(result: FileResult): Fix[] {
  return result.diagnostics.flatMap((d) => (d.fixes?.length === 1 ? [d.fixes[0] as Fix] : []));
}

export interface FixedText {
  text: string;
  result: FileResult;
  /** Edits applied over all passes (what "Fixed N problems" counts). */
  applied: number;
}

/** Applies the unambiguous fixes to `text` until none are left (or MAX_FIX_PASSES), validating each pass. */
export function fixText(text: string, result: FileResult, options: ValidateOptions): FixedText {
  let current = { text, result, applied: 0 };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = unambiguousFixes(current.result);
    if (fixes.length === 0) break;
    const next = applyCounted(current.text, fixes);
    if (next.text === current.text) break;
    // The edits made, not the change in the number of findings: one edit can settle two findings
    // (a misspelt required field) and two can reveal a new one.
    current = {
      text: next.text,
      result: validateText(next.text, options),
      applied: current.applied + next.applied,
    };
  }
  return current;
}

/** Why a file cannot be rewritten in place, or undefined when it can. */
export function cannotRewrite(file: string): 'not-regular' | undefined {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? undefined : 'not-regular';
}

/**
 * Replaces a regular file's content atomically (writePlanned: every byte, read back, then one rename),
 * keeping its permission bits. Symbolic links and anything but a regular file are refused (a rename
 * would replace the link, not the file it points to).
 */
export function rewriteFile(file: string, text: string): void {
  const stats = lstatSync(file);
  if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
  writePlanned({ kind: 'replace', target: file, stats }, text);
}
