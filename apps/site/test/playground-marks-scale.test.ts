import { describe, expect, it } from 'vitest';
import { lineSeverities, type Mark, segments, worse } from '../src/components/playground/marks.ts';

/**
 * The playground's marks grow with the number of diagnostics as a sweep does, not as every range
 * against every cut (issue 21, browser: 16,000 diagnostics took 25 s).
 */

const SEVERITIES = ['info', 'warning', 'error'] as const;

/** A fixed pseudo-random sequence, so a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function plan(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `  key${i}: value ${i}`).join('\n');
}

function marks(count: number, lines: number, next: () => number): Mark[] {
  return Array.from({ length: count }, () => {
    const line = 1 + Math.floor(next() * lines);
    const end = Math.min(lines, line + Math.floor(next() * 3));
    return {
      severity: SEVERITIES[Math.floor(next() * 3)] as Mark['severity'],
      range: {
        start: { line, column: 1 + Math.floor(next() * 8) },
        end: { line: end, column: 1 + Math.floor(next() * 12) },
      },
    };
  });
}

/** Severity of each character, one range at a time: slow, plainly right. */
function byCharacter(text: string, all: readonly Mark[]): (Mark['severity'] | undefined)[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => {
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
    const next = starts[line] ?? text.length + 1;
    return Math.min(start + Math.max(column, 1) - 1, next - 1, text.length);
  };
  const out: (Mark['severity'] | undefined)[] = new Array(text.length).fill(undefined);
  for (const mark of all) {
    const from = offset(mark.range.start.line, mark.range.start.column);
    let to = offset(mark.range.end.line, mark.range.end.column);
    if (to <= from) to = Math.min(text.length, from + 1);
    for (let i = from; i < to; i++) out[i] = worse(out[i], mark.severity);
  }
  return out;
}

function timed(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('playground marks at scale', () => {
  it('agree with marking character by character, overlaps and empty ranges included', () => {
    const next = random(7);
    const text = plan(60);
    const all = marks(300, 60, next);
    const parts = segments(text, all);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    const severities = parts.flatMap((p) => Array.from({ length: p.text.length }, () => p.severity));
    expect(severities).toEqual(byCharacter(text, all));
  });

  it('agree with a line-by-line count of the worst severity', () => {
    const next = random(11);
    const all = marks(300, 60, next);
    const expected: (Mark['severity'] | undefined)[] = new Array(61).fill(undefined);
    for (const mark of all) {
      for (
        let line = mark.range.start.line;
        line <= Math.max(mark.range.start.line, mark.range.end.line);
        line++
      )
        expected[line] = worse(expected[line], mark.severity);
    }
    expect(lineSeverities(all, 60)).toEqual(expected);
  });

  it('take about sixteen times as long for sixteen times the diagnostics, not 256', () => {
    const next = random(3);
    const text = plan(40_000);
    const few = marks(1_000, 40_000, next);
    const many = marks(16_000, 40_000, next);
    segments(text, few);
    const ratio = timed(() => segments(text, many)) / timed(() => segments(text, few));
    // Linear or n log n is about 16 (less: the text itself is the same in both); quadratic is 256.
    // The fastest of seven runs each keeps a garbage collection from deciding the ratio.
    expect(ratio).toBeLessThan(64);
  });
});
