import type { Fix, Position } from '../types.ts';

/** The character offset of a 1-based line/column position in `text` (columns in UTF-16 units). */
export function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + position.column - 1);
}

/** The text with one fix applied. */
export function applyFix(text: string, fix: Fix): string {
  const start = offsetOf(text, fix.range.start);
  const end = offsetOf(text, fix.range.end);
  return text.slice(0, start) + fix.replacement + text.slice(end);
}

/**
 * The text with several fixes applied, last in the file first so earlier offsets stay valid. Fixes
 * that overlap one already applied are skipped.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyCounted(text, fixes).text;
}

/** applyFixes, also saying how many of the fixes were applied (overlapping ones are not). */
export function applyCounted(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const spans = fixes
    .map((fix) => ({ fix, start: offsetOf(text, fix.range.start), end: offsetOf(text, fix.range.end) }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  let applied = 0;
  for (const { fix, start, end } of spans) {
    if (end > limit) continue;
    result = result.slice(0, start) + fix.replacement + result.slice(end);
    limit = start;
    applied += 1;
  }
  return { text: result, applied };
}
