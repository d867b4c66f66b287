import { describe, expect, it } from 'vitest';
import {
  lineSeverities,
  lineStarts,
  type Mark,
  offsetAt,
  position,
  segments,
  sitePath,
} from '../../src/components/playground/marks.ts';

const mark = (severity: Mark['severity'], sl: number, sc: number, el: number, ec: number): Mark => ({
  severity,
  range: { start: { line: sl, column: sc }, end: { line: el, column: ec } },
});

describe('playground marks', () => {
  const text = 'version: 1\npartner:\n  country: XX\n';

  it('finds offsets of lines and columns, clamped to the text', () => {
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 11, 20, 34]);
    expect(offsetAt(text, starts, 3, 12)).toBe(31);
    expect(text.slice(offsetAt(text, starts, 3, 12), offsetAt(text, starts, 3, 14))).toBe('XX');
    expect(offsetAt(text, starts, 2, 99)).toBe(19);
    expect(offsetAt(text, starts, 99, 1)).toBe(34);
  });

  it('keeps the worst severity per line', () => {
    const lines = lineSeverities(
      [mark('info', 3, 1, 3, 5), mark('error', 3, 12, 3, 14), mark('warning', 1, 1, 2, 3)],
      4,
    );
    expect(lines).toEqual([undefined, 'warning', 'warning', 'error', undefined]);
  });

  it('cuts the text at range edges and gives overlaps the worse severity', () => {
    const parts = segments(text, [mark('warning', 3, 3, 3, 14), mark('error', 3, 12, 3, 14)]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.severity)).toEqual([
      { text: 'country: ', severity: 'warning' },
      { text: 'XX', severity: 'error' },
    ]);
  });

  it('underlines one character for an empty range', () => {
    const parts = segments(text, [mark('error', 2, 1, 2, 1)]);
    expect(parts.find((p) => p.severity)).toEqual({ text: 'p', severity: 'error' });
  });

  it('prints positions as line:column and keeps help links on this site', () => {
    expect(position(mark('error', 12, 5, 12, 9))).toBe('12:5');
    expect(sitePath('https://csp-move.dev/zh-tw/rules/region-mismatch/')).toBe(
      '/zh-tw/rules/region-mismatch/',
    );
    expect(sitePath('https://example.org/x')).toBe('https://example.org/x');
  });
});
