import { expect } from 'vitest';
import type { FileResult } from '../../src/types.ts';

/** Every range starts and ends inside the text (1-based lines and columns, end not before start). */
export function rangesInside(result: FileResult, text: string): void {
  const lines = text.split('\n');
  const within = (p: { line: number; column: number }) => {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines.length);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeLessThanOrEqual((lines[p.line - 1] as string).length + 1);
  };
  for (const d of [...result.diagnostics, ...result.suppressed]) {
    for (const range of [
      d.range,
      ...(d.related ?? []).map((r) => r.range),
      ...(d.fixes ?? []).map((f) => f.range),
    ]) {
      within(range.start);
      within(range.end);
      expect(range.end.line > range.start.line || range.end.column >= range.start.column).toBe(true);
    }
  }
}
