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

function cells(line: string): Cell[] {
  const result: Cell[] = [];
  let column = 1;
  // One cell per grapheme cluster, so that an emoji sequence or a letter with its accents is never cut.
  for (const cluster of graphemes(line)) {
    const text = escapeControl(cluster);
    result.push({ text, width: displayWidth(text), column });
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
  const all = cells(lines[number - 1] ?? '');
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
  let shown = from > 0 ? '…' : '';
  let carets = from > 0 ? ' ' : '';
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
  if (truncated) shown += '…';
  carets = carets.trimEnd();
  // An empty range (or one past the end of the line) still gets one caret where it starts.
  if (!carets.includes('^')) {
    const before = all.filter((c) => c.column < range.start.column).slice(from);
    carets = `${' '.repeat(before.reduce((sum, c) => sum + c.width, from > 0 ? 1 : 0))}^`;
  }
  const gutter = String(number);
  return [
    `${paint.gutter(`${gutter} │`)} ${shown}`,
    `${paint.gutter(`${' '.repeat(gutter.length)} │`)} ${paint.caret(carets)}`,
  ];
}
