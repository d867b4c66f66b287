import { SITE_URL } from '@csp-move/rules/site';

/** The parts of a validator diagnostic the editor shows (`@csp-move/validator/browser` Diagnostic). */
export interface Mark {
  severity: 'error' | 'warning' | 'info';
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

/** The worse of two severities. */
export function worse<S extends Mark['severity']>(a: S | undefined, b: S): S {
  return a === undefined || RANK[b] > RANK[a] ? b : a;
}

/** Per line (1-based, index 0 unused), the worst severity of the diagnostics that start or run on it. */
export function lineSeverities(marks: readonly Mark[], lineCount: number): (Mark['severity'] | undefined)[] {
  const lines: (Mark['severity'] | undefined)[] = new Array(lineCount + 1).fill(undefined);
  for (const mark of marks) {
    const first = Math.max(1, mark.range.start.line);
    const last = Math.min(lineCount, Math.max(first, mark.range.end.line));
    for (let line = first; line <= last; line++) lines[line] = worse(lines[line], mark.severity);
  }
  return lines;
}

/** Character offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a 1-based line and column (UTF-16 units), clamped to the text. */
export function offsetAt(text: string, starts: readonly number[], line: number, column: number): number {
  const start = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  const next = starts[line] ?? text.length + 1;
  return Math.min(start + Math.max(column, 1) - 1, next - 1, text.length);
}

export interface Segment {
  text: string;
  /** Set when the segment lies in a diagnostic's range: the worst severity there. */
  severity?: Mark['severity'];
}

/**
 * The text cut into runs, each either plain or inside one or more diagnostic ranges, for the layer
 * that underlines them behind the editor. An empty range (a missing value) underlines one character
 * so it stays visible.
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const starts = lineStarts(text);
  const edges = new Map<number, number[]>();
  const spans = marks.map((mark) => {
    const from = offsetAt(text, starts, mark.range.start.line, mark.range.start.column);
    let to = offsetAt(text, starts, mark.range.end.line, mark.range.end.column);
    if (to <= from) to = Math.min(text.length, from + 1);
    return { from, to, severity: mark.severity };
  });
  for (const span of spans) {
    for (const at of [span.from, span.to]) edges.set(at, []);
  }
  const cuts = [0, ...[...edges.keys()].sort((a, b) => a - b), text.length].filter(
    (at, i, all) => i === 0 || at !== all[i - 1],
  );
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    if (to <= from) continue;
    let severity: Mark['severity'] | undefined;
    for (const span of spans)
      if (span.from <= from && to <= span.to) severity = worse(severity, span.severity);
    const last = out[out.length - 1];
    const piece = text.slice(from, to);
    if (last && last.severity === severity) last.text += piece;
    else out.push(severity ? { text: piece, severity } : { text: piece });
  }
  return out;
}

/** `12:5`: where a diagnostic starts, as the CLI prints it. */
export function position(mark: Mark): string {
  return `${mark.range.start.line}:${mark.range.start.column}`;
}

/** A help URL of this site as a path, so the link stays on the site being read (a local copy too). */
export function sitePath(url: string): string {
  return url.startsWith(`${SITE_URL}/`) ? url.slice(SITE_URL.length) : url;
}
