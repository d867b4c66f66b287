import type { CST } from 'yaml';

/**
 * The plain value of YAML text written the way plans are written, straight from yaml's concrete syntax
 * tree: block mappings and lists of one-line scalars, one-line lists of scalars (`[a, b]`), comments
 * and blank lines. It skips what a clean plan does not need: composing yaml's document (nodes with
 * positions), converting it to a value, and walking it for duplicate keys. Positions are only needed
 * for findings, which then compose the document.
 *
 * It answers only where the answer is certainly the one yaml gives with no YAML problem: the same
 * value, key order included. Anything else (tabs, CR, anchors, aliases, tags, flow mappings, block or
 * multi-line scalars, escapes, explicit keys, directives, `---`, more than one document, numbers other
 * than plain integers, duplicate or `__proto__` keys, a root that is not a mapping, any parser error)
 * returns `undefined`, and the caller composes the document as before. test/quick-read.test.ts holds
 * it to that over the YAML test suite, the example plans and generated text.
 *
 * Call it only on tokens within the nesting limit (parse.ts checks that first): the walk recurses.
 */
export function quickValue(tokens: readonly CST.Token[], text: string): Record<string, unknown> | undefined {
  // A NUL or lone CR is a problem parseYaml reports; a tab may be indentation, which is one.
  if (text.includes('\t') || text.includes('\r') || text.includes('\0')) return undefined;
  let value: Record<string, unknown> | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'comment':
      case 'newline':
      case 'space':
        break;
      case 'document':
        if (value !== undefined) return undefined;
        value = documentValue(token);
        if (value === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  return value;
}

// Thrown inside the walk when the text needs the full reader; caught once at the top.
const NOT_SIMPLE = Symbol('not simple');

function documentValue(doc: CST.Document): Record<string, unknown> | undefined {
  if (!onlyBlanks(doc.start) || doc.value?.type !== 'block-map' || !onlyBlanks(doc.end)) return undefined;
  try {
    return blockMap(doc.value);
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** Spaces, line breaks and comments, each comment after white space (or at the start of a line). */
function onlyBlanks(tokens: readonly CST.SourceToken[] | undefined, spaced = true): boolean {
  if (!tokens) return true;
  let space = spaced;
  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'newline') space = true;
    else if (token.type === 'comment' && space) space = false;
    else return false;
  }
  return true;
}

interface Props {
  /** Offset of the indicator, -1 when it is not there. */
  found: number;
  /** A line break after the indicator. */
  newline: boolean;
}

/**
 * Tokens before a key or value: blanks, with `indicator` at most once among them. `spaced`: whether
 * a comment may come first (the tokens start a line).
 */
function props(tokens: readonly CST.SourceToken[], indicator: string, spaced: boolean): Props {
  let space = spaced;
  let found = -1;
  let newline = false;
  for (const token of tokens) {
    if (token.type === 'space') space = true;
    else if (token.type === 'newline') {
      space = true;
      // A line break between an implicit key and its `:` is not simple.
      if (indicator === 'map-value-ind' && found === -1) throw NOT_SIMPLE;
      if (found !== -1) newline = true;
    } else if (token.type === 'comment' && space) space = false;
    else if (token.type === indicator && found === -1) {
      found = token.offset;
      space = false;
    } else throw NOT_SIMPLE;
  }
  return { found, newline };
}

function node(token: CST.Token | undefined): unknown {
  if (token === undefined) return null;
  switch (token.type) {
    case 'block-map':
      return blockMap(token);
    case 'block-seq':
      return blockSeq(token);
    case 'flow-collection':
      return flowSeq(token);
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      return scalar(token);
    default:
      throw NOT_SIMPLE;
  }
}

function blockMap(map: CST.BlockMap): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  // A Set compares keys by SameValueZero, as the duplicate-key check does, in constant time per key.
  const keys = new Set<unknown>();
  const items = map.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value: token } = items[i] as CST.BlockMap['items'][number];
    if (props(start, 'explicit-key-ind', true).found !== -1) throw NOT_SIMPLE;
    if (!key || !sep) {
      // Only comments after the last entry; anything else is not simple.
      if (key || sep || token || i !== items.length - 1) throw NOT_SIMPLE;
      continue;
    }
    if (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')
      throw NOT_SIMPLE;
    if (key.indent !== map.indent || (key.end !== undefined && key.end.length > 0)) throw NOT_SIMPLE;
    const after = props(sep, 'map-value-ind', false);
    if (after.found === -1) throw NOT_SIMPLE;
    // A value on the key's line may not be a block collection; a key is at most 1,024 characters.
    if ((token?.type === 'block-map' || token?.type === 'block-seq') && !after.newline) throw NOT_SIMPLE;
    if (after.found - key.offset > 512) throw NOT_SIMPLE;
    const name = scalar(key);
    // Keys equal as the duplicate-key check compares them (SameValueZero) are left to it.
    if (keys.has(name)) throw NOT_SIMPLE;
    keys.add(name);
    const property = name === null ? '' : String(name);
    // `__proto__` is reported; keys that only stringify alike (1 and "1") keep yaml's last-wins.
    if (property === '__proto__') throw NOT_SIMPLE;
    value[property] = node(token);
  }
  return value;
}

function blockSeq(seq: CST.BlockSequence): unknown[] {
  const value: unknown[] = [];
  const items = seq.items;
  for (let i = 0; i < items.length; i++) {
    const { start, value: token } = items[i] as CST.BlockSequence['items'][number];
    if (props(start, 'seq-item-ind', true).found === -1) {
      if (token || i !== items.length - 1) throw NOT_SIMPLE;
      continue;
    }
    value.push(node(token));
  }
  return value;
}

/** A list on one line, `[a, 'b', 3]`: scalars, each but the first after one comma. */
function flowSeq(seq: CST.FlowCollection): unknown[] {
  const [close, ...after] = seq.end;
  if (seq.start.source !== '[' || close?.source !== ']' || !onlyBlanks(after, false)) throw NOT_SIMPLE;
  const value: unknown[] = [];
  const items = seq.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value: token } = items[i] as CST.FlowCollection['items'][number];
    if (key || sep || !token) throw NOT_SIMPLE;
    if (
      token.type !== 'scalar' &&
      token.type !== 'single-quoted-scalar' &&
      token.type !== 'double-quoted-scalar'
    )
      throw NOT_SIMPLE;
    for (let j = 0; j < start.length; j++) {
      const type = (start[j] as CST.SourceToken).type;
      if (!(type === 'space' || (type === 'comma' && i > 0 && j === 0))) throw NOT_SIMPLE;
    }
    if (i > 0 && start[0]?.type !== 'comma') throw NOT_SIMPLE;
    if (token.end?.some((t) => t.type !== 'space')) throw NOT_SIMPLE;
    value.push(scalar(token));
  }
  return value;
}

// yaml's core schema (YAML 1.2), in its order of tests.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const NUMBER =
  /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const SMALL_INT = /^[0-9]{1,15}$/;
const SINGLE_QUOTED = /^'(?:[^'\n]|'')*'$/;
const DOUBLE_QUOTED = /^"[^"\\\n]*"$/;
// Characters a plain scalar may not start with (yaml reports them).
const BAD_START = /^[,%|>@`]/;

function scalar(token: CST.FlowScalar): unknown {
  const { source } = token;
  if (token.end !== undefined && !onlyBlanks(token.end, false)) throw NOT_SIMPLE;
  if (token.type === 'single-quoted-scalar') {
    if (!SINGLE_QUOTED.test(source)) throw NOT_SIMPLE;
    return source.slice(1, -1).replaceAll("''", "'");
  }
  if (token.type === 'double-quoted-scalar') {
    if (!DOUBLE_QUOTED.test(source)) throw NOT_SIMPLE;
    return source.slice(1, -1);
  }
  if (source.includes('\n') || BAD_START.test(source)) throw NOT_SIMPLE;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (NUMBER.test(source)) {
    if (SMALL_INT.test(source)) return Number(source);
    throw NOT_SIMPLE;
  }
  return source;
}
