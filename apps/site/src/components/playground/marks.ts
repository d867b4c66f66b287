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

const SEVERITIES = ['info', 'warning', 'error'] as const;

/**
 * Open ranges per severity while sweeping from left to right: adding and removing a range is O(1),
 * and the worst open severity is one of three counts.
 */
class OpenRanges {
  readonly #open = [0, 0, 0];

  add(severity: Mark['severity'], by: number): void {
    this.#open[RANK[severity] - 1] = (this.#open[RANK[severity] - 1] ?? 0) + by;
  }

  worst(): Mark['severity'] | undefined {
    for (let i = SEVERITIES.length - 1; i >= 0; i--) if ((this.#open[i] ?? 0) > 0) return SEVERITIES[i];
    return undefined;
  }
}

/**
 * Per line (1-based, index 0 unused), the worst severity of the diagnostics that start or run on it.
 * One sweep over the lines: O(lines + diagnostics), however long the ranges.
 */
export function lineSeverities(marks: readonly Mark[], lineCount: number): (Mark['severity'] | undefined)[] {
  const opening: Mark[][] = Array.from({ length: lineCount + 2 }, () => []);
  const closing: Mark[][] = Array.from({ length: lineCount + 2 }, () => []);
  for (const mark of marks) {
    const first = Math.max(1, mark.range.start.line);
    const last = Math.min(lineCount, Math.max(first, mark.range.end.line));
    if (first > lineCount) continue;
    opening[first]?.push(mark);
    closing[last + 1]?.push(mark);
  }
  const open = new OpenRanges();
  const lines: (Mark['severity'] | undefined)[] = new Array(lineCount + 1).fill(undefined);
  for (let line = 1; line <= lineCount; line++) {
    for (const mark of closing[line] ?? []) open.add(mark.severity, -1);
    for (const mark of opening[line] ?? []) open.add(mark.severity, 1);
    lines[line] = open.worst();
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
  // Each range opens at one offset and closes at another: sorted, one sweep cuts the text (O(d log d)).
  const edges: { at: number; severity: Mark['severity']; by: 1 | -1 }[] = [];
  for (const mark of marks) {
    const from = offsetAt(text, starts, mark.range.start.line, mark.range.start.column);
    let to = offsetAt(text, starts, mark.range.end.line, mark.range.end.column);
    if (to <= from) to = Math.min(text.length, from + 1);
    if (to <= from) continue;
    edges.push({ at: from, severity: mark.severity, by: 1 }, { at: to, severity: mark.severity, by: -1 });
  }
  edges.sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  const push = (from: number, to: number, severity: Mark['severity'] | undefined) => {
    if (to <= from) return;
    const last = out[out.length - 1];
    const piece = text.slice(from, to);
    if (last && last.severity === severity) last.text += piece;
    else out.push(severity ? { text: piece, severity } : { text: piece });
  };
  const open = new OpenRanges();
  let at = 0;
  for (let i = 0; i < edges.length; ) {
    const cut = edges[i]?.at as number;
    push(at, cut, open.worst());
    at = Math.max(at, cut);
    for (; i < edges.length && edges[i]?.at === cut; i++) {
      const edge = edges[i] as (typeof edges)[number];
      open.add(edge.severity, edge.by);
    }
  }
  push(at, text.length, open.worst());
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
