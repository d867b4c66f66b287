import { parseDocument } from 'yaml';
import { LineIndex } from '../core/lines.ts';

/** Where in a file something is: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A JSON text that could not be read: where, and V8's words for what is wrong. */
export interface JsonSyntaxError {
  position: Position;
  detail: string;
}

function positionAt(text: string, offset: number): Position {
  const { line, col } = new LineIndex(text).linePos(Math.max(0, Math.min(offset, text.length)));
  return { line, column: col };
}

/**
 * Parses JSON as saved by Graph Explorer, PowerShell or a browser: a byte order mark is dropped. A syntax
 * error comes back with its line and column (from the offset V8 names), never as an exception.
 */
export function readJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message);
    const at = offset ? Number(offset[1]) : body.length;
    // V8 appends "(line L column C)" on newer versions; the position alone is enough to compute both.
    const detail = message
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return { error: { position: positionAt(body, at), detail } };
  }
}

/**
 * Where a value of a valid JSON text is, by its path (`['value', 0, 'commitmentEndDate']`): used only to
 * point at a value that is wrong, so the cost of a second, position-keeping parse is paid on errors alone.
 */
export function positionOf(text: string, path: readonly (string | number)[]): Position {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(body, { keepSourceTokens: false, uniqueKeys: false });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return positionAt(body, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** A path as people read it in a JSON file: `value[0].prepaidUnits.enabled`. */
export function fieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
