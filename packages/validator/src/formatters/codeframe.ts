import type { Range } from '../types.ts';
import { escapeControl } from './text.ts';
import { displayWidth, graphemes } from './width.ts';

interface Cell {
  text: string;
  width: number;
  /** 1-based UTF-16 column the character starts at. */
  column: number;
}

// Longest stretch of a source line shown; long lines are cut around the range.
const MAX_WIDTH = 120;

// Code units looked at before and after where the range starts: more than the MAX_WIDTH / 2 columns
// shown before it and MAX_WIDTH after need, and a bound, so that a finding on a line of a megabyte costs
// no more than one on a short line.
const REACH_BEFORE = MAX_WIDTH;
const REACH_AFTER = 2 * MAX_WIDTH;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function cells(line: string, firstColumn: number): Cell[] {
  const result: Cell[] = [];
  let column = firstColumn;
  // One cell per grapheme cluster, so that an emoji sequence or a letter with its accents is never cut.
  for (const cluster of graphemes(line)) {
    // Printable ASCII, most of any file, needs neither escaping nor a width lookup.
    if (cluster.length === 1 && cluster >= ' ' && cluster <= '~')
      result.push({ text: cluster, width: 1, column });
    else {
      const text = escapeControl(cluster);
      result.push({ text, width: displayWidth(text), column });
    }
    column += cluster.length;
  }
  return result;
}

export interface FramePaint {
  gutter: (text: string) => string;
  caret: (text: string) => string;
}

/**
 * The source line a range starts on, with carets under the range (to the end of the line when the
 * range goes on). Control characters are escaped and wide characters counted twice, so the carets
 * line up in a terminal. Returns two lines, without indentation.
 */
export function codeFrame(lines: readonly string[], range: Range, paint: FramePaint): string[] {
  const number = range.start.line;
  const line = lines[number - 1] ?? '';
  let offset = Math.max(0, range.start.column - 1 - REACH_BEFORE);
  if (offset > 0 && isLowSurrogate(line.charCodeAt(offset))) offset -= 1;
  let stop = Math.min(line.length, Math.max(offset, range.start.column - 1) + REACH_AFTER);
  if (stop < line.length && isLowSurrogate(line.charCodeAt(stop))) stop += 1;
  const all = cells(line.slice(offset, stop), offset + 1);
  const cutAfter = stop < line.length;
  const endColumn = range.end.line === number ? range.end.column : Number.POSITIVE_INFINITY;
  const inRange = (cell: Cell) => cell.column >= range.start.column && cell.column < endColumn;
  const firstIn = all.findIndex(inRange);
  // Cut long lines to a window that starts a little before the range.
  let from = 0;
  let width = 0;
  if (firstIn > 0) {
    for (let i = 0; i < firstIn; i++) width += (all[i] as Cell).width;
    while (width > MAX_WIDTH / 2 && from < firstIn) width -= (all[from++] as Cell).width;
  }
  const cutBefore = from > 0 || offset > 0;
  let shown = cutBefore ? '…' : '';
  let carets = cutBefore ? ' ' : '';
  let used = shown.length;
  let truncated = false;
  for (let i = from; i < all.length; i++) {
    const cell = all[i] as Cell;
    if (used + cell.width > MAX_WIDTH) {
      truncated = true;
      break;
    }
    shown += cell.text;
    carets += (inRange(cell) ? '^' : ' ').repeat(cell.width);
    used += cell.width;
  }
  if (truncated || cutAfter) shown += '…';
  carets = carets.trimEnd();
  // An empty range (or one past the end of the line) still gets one caret where it starts.
  if (!carets.includes('^')) {
    const before = all.filter((c) => c.column < range.start.column).slice(from);
    carets = `${' '.repeat(before.reduce((sum, c) => sum + c.width, cutBefore ? 1 : 0))}^`;
  }
  const gutter = String(number);
  return [
    `${paint.gutter(`${gutter} │`)} ${shown}`,
    `${paint.gutter(`${' '.repeat(gutter.length)} │`)} ${paint.caret(carets)}`,
  ];
}
