import type { Range } from '../types.ts';
import type { LineIndex } from './lines.ts';

/** A stretch of the source text as `[start, end)` character offsets (UTF-16 code units). */
export type Span = readonly [number, number];

/** Converts offsets to 1-based line/column positions. Never returns line 0 or column 0. */
export function toRange(lines: LineIndex | undefined, span: Span): Range {
  const at = (offset: number) => {
    if (!lines) return { line: 1, column: offset + 1 };
    const { line, col } = lines.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  const start = at(span[0]);
  const end = at(Math.max(span[0], span[1]));
  return { start, end };
}

/** The end of the line that `offset` is on (before any `\r\n` or `\n`). */
export function lineEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  if (end > offset && text[end - 1] === '\r') end -= 1;
  return end;
}

/** From `start` to the end of its line, never past `limit`, without trailing blanks. */
export function firstLine(text: string, start: number, limit = text.length): Span {
  let end = Math.min(lineEnd(text, start), limit);
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  return [start, end];
}

/** The first line with content (not blank, not a comment), for problems with the whole file. */
export function firstContentLine(text: string): Span {
  let offset = 0;
  while (offset < text.length) {
    const end = lineEnd(text, offset);
    const line = text.slice(offset, end).trim();
    if (line !== '' && !line.startsWith('#')) {
      const indent = text.slice(offset, end).search(/\S/);
      return firstLine(text, offset + Math.max(0, indent));
    }
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return [0, 0];
}
