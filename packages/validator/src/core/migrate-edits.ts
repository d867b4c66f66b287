import { endOfTermOfV1, type PlanV1 } from '@csp-move/rules/plan';
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  Parser,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Span } from './span.ts';

/**
 * The text edits that turn a version 1 plan into version 2. The file is never re-serialised: yaml's
 * `toString` would respace comments and fold blank lines, so every line the upgrade does not touch would
 * risk changing too. The parsed document only says where things are; the edits replace those characters.
 */

/** Replace `span` of the original text with `text` (an insertion when the span is empty). */
export interface Edit {
  span: Span;
  text: string;
}

/** A comment of the file: where it starts and its text from `#` on. */
export interface Comment {
  offset: number;
  source: string;
}

/** Why a valid version 1 file cannot be upgraded by editing it (then it is left alone). */
export type ManualReason = 'anchor' | 'layout';

export type EditPlan = { edits: Edit[] } | { manual: ManualReason; pointer: string };

/** Every comment in the text, in order, from yaml's concrete syntax tree (not from inside strings). */
export function commentsOf(text: string): Comment[] {
  const comments: Comment[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const item of token) walk(item);
      return;
    }
    if (typeof token !== 'object' || token === null) return;
    const { type, offset, source } = token as { type?: string; offset?: number; source?: unknown };
    if (type === 'comment' && typeof offset === 'number' && typeof source === 'string') {
      comments.push({ offset, source });
      return;
    }
    for (const value of Object.values(token)) if (typeof value === 'object') walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return comments.sort((a, b) => a.offset - b.offset);
}

const MODELINE = /(\$schema=\S*?)plan-v1\.json(?=\s|$)/;

/** The editor modeline (`# yaml-language-server: $schema=…/plan-v1.json`) pointed at version 2. */
export function upgradeModeline(comment: string): string {
  return comment.replace(MODELINE, '$1plan-v2.json');
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return (map.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === key);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the newline that ends the line of `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

function spanOf(node: Node | null | undefined): Span | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/** The `version` value and an `$schema` URL of version 1. */
function rootEdits(text: string, root: YAMLMap): Edit[] {
  const edits: Edit[] = [];
  const version = spanOf(pairOf(root, 'version')?.value);
  if (version) edits.push({ span: version, text: '2' });
  const schema = pairOf(root, '$schema')?.value;
  const where = spanOf(schema);
  if (where && isScalar(schema) && String(schema.value).endsWith('plan-v1.json')) {
    const source = text.slice(...where);
    const at = source.lastIndexOf('plan-v1.json');
    if (at !== -1) edits.push({ span: [where[0] + at, where[0] + at + 12], text: 'plan-v2.json' });
  }
  return edits;
}

/** Names of anchors that some alias refers to: a node carrying one cannot be edited safely. */
function aliasedAnchors(doc: Document): Set<string> {
  const names = new Set<string>();
  visit(doc, {
    Alias(_, alias) {
      names.add(alias.source);
    },
  });
  return names;
}

interface Context {
  text: string;
  comments: readonly Comment[];
  eol: string;
  edits: Edit[];
}

/** Comments that start inside `span` (a binary search: a file may have a comment on every line). */
function commentsIn(context: Context, span: Span): Comment[] {
  const { comments } = context;
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((comments[mid] as Comment).offset < span[0]) low = mid + 1;
    else high = mid;
  }
  const found: Comment[] = [];
  for (let i = low; i < comments.length && (comments[i] as Comment).offset < span[1]; i++) {
    found.push(comments[i] as Comment);
  }
  return found;
}

/**
 * Rewrites one subscription: the earlier of `autoRenew` / `exit` becomes `endOfTerm`, the later one goes,
 * and comments written on what goes are carried to `endOfTerm`.
 */
function subscriptionEdits(context: Context, map: YAMLMap, value: string): ManualReason | undefined {
  const { text } = context;
  const pairs = [pairOf(map, 'autoRenew'), pairOf(map, 'exit')].filter((p) => p !== undefined);
  if (pairs.length !== 2) return 'layout';
  const [first, second] = pairs.sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0)) as [
    Pair<Node, Node>,
    Pair<Node, Node>,
  ];
  const key = spanOf(first.key);
  const firstValue = spanOf(first.value);
  const secondKey = spanOf(second.key);
  const secondValue = spanOf(second.value);
  if (!key || !firstValue || !secondKey || !secondValue) return 'layout';
  // A quoted value stays quoted the same way (`exit: "cancel"` → `endOfTerm: "cancel"`).
  const style = isScalar(first.value) ? first.value.type : undefined;
  const quote = style === 'QUOTE_DOUBLE' ? '"' : style === 'QUOTE_SINGLE' ? "'" : '';
  const carried: Comment[] = [];

  // `key: value` with nothing between but the colon keeps its spacing; tags or comments there are replaced.
  if (/^[ \t]*:[ \t]*$/.test(text.slice(key[1], firstValue[0]))) {
    context.edits.push(
      { span: key, text: 'endOfTerm' },
      { span: firstValue, text: `${quote}${value}${quote}` },
    );
  } else {
    carried.push(...commentsIn(context, [key[0], firstValue[0]]));
    context.edits.push({ span: [key[0], firstValue[1]], text: `endOfTerm: ${quote}${value}${quote}` });
  }

  let removal: Span;
  if (map.flow) {
    // `exit: expire, ` goes up to the next key, so a comment after the comma before it stays where it is;
    // the last pair takes the comma before it instead (it is never the first pair of the map).
    const index = map.items.indexOf(second);
    const after = spanOf((map.items[index + 1] as Pair<Node, Node> | undefined)?.key);
    const before = map.items[index - 1] as Pair<Node, Node> | undefined;
    const end = spanOf(before?.value) ?? spanOf(before?.key);
    if (after) removal = [secondKey[0], after[0]];
    else if (end) removal = [end[1], secondValue[1]];
    else return 'layout';
  } else {
    const start = lineStart(text, secondKey[0]);
    const end = text[secondValue[1] - 1] === '\n' ? secondValue[1] : nextLineStart(text, secondValue[1]);
    if (text.slice(start, secondKey[0]).trim() !== '') return 'layout';
    if (!/^[ \t]*(#.*)?\r?\n?$/.test(text.slice(secondValue[1], end))) return 'layout';
    removal = [start, end];
  }
  carried.push(...commentsIn(context, removal));
  context.edits.push({ span: removal, text: '' });
  carryComments(context, carried, key[0], firstValue[1]);
  return undefined;
}

/**
 * Puts comments that were on removed text next to `endOfTerm`: one comment goes at the end of its line
 * when that line has none, otherwise each gets its own line below, at the key's column.
 */
function carryComments(context: Context, carried: Comment[], keyStart: number, valueEnd: number): void {
  if (carried.length === 0) return;
  const { text, eol } = context;
  const newline = text.indexOf('\n', valueEnd);
  const lineEnd = newline === -1 ? text.length : newline;
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const hasComment = commentsIn(context, [valueEnd, lineEnd]).length > 0;
  if (carried.length === 1 && !hasComment) {
    context.edits.push({ span: [contentEnd, contentEnd], text: ` ${(carried[0] as Comment).source}` });
    return;
  }
  const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
  const lines = carried.map((c) => `${indent}${c.source}`);
  if (newline === -1) {
    context.edits.push({ span: [text.length, text.length], text: `${eol}${lines.join(eol)}` });
  } else {
    context.edits.push({ span: [newline + 1, newline + 1], text: `${lines.join(eol)}${eol}` });
  }
}

/**
 * The edits that upgrade a schema-valid version 1 plan (`plan` is its value, `doc` its parsed text), or
 * why the file has to be changed by hand.
 */
export function planEdits(text: string, doc: Document, plan: PlanV1): EditPlan {
  const root = doc.contents;
  if (!isMap(root)) return { manual: 'layout', pointer: '' };
  const comments = commentsOf(text);
  const context: Context = { text, comments, eol: eolOf(text), edits: rootEdits(text, root) };
  for (const comment of comments) {
    const upgraded = upgradeModeline(comment.source);
    if (upgraded !== comment.source) {
      context.edits.push({ span: [comment.offset, comment.offset + comment.source.length], text: upgraded });
    }
  }
  const subscriptions = pairOf(root, 'subscriptions')?.value;
  if (!isSeq(subscriptions)) return { manual: 'layout', pointer: '/subscriptions' };
  const aliased = aliasedAnchors(doc);
  for (const [index, item] of subscriptions.items.entries()) {
    const pointer = `/subscriptions/${index}`;
    const sub = plan.subscriptions[index];
    if (!isMap(item) || !sub) return { manual: 'layout', pointer };
    const touched = ['autoRenew', 'exit'].flatMap((k) => {
      const pair = pairOf(item, k);
      return pair ? [pair.key, pair.value] : [];
    });
    if ([item, ...touched].some((node) => node?.anchor && aliased.has(node.anchor))) {
      return { manual: 'anchor', pointer };
    }
    const reason = subscriptionEdits(context, item, endOfTermOfV1(sub));
    if (reason) return { manual: reason, pointer };
  }
  return overlapping(context.edits) ? { manual: 'layout', pointer: '' } : { edits: context.edits };
}

/** True when two edits touch the same characters (an insertion at the start of a removal does not). */
function overlapping(edits: readonly Edit[]): boolean {
  const ordered = [...edits].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return ordered.some((edit, i) => i > 0 && edit.span[0] < (ordered[i - 1] as Edit).span[1]);
}

/** The text with the edits applied (they never overlap; equal starts apply the longer span first). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => b.span[0] - a.span[0] || b.span[1] - a.span[1]);
  let result = text;
  for (const { span, text: replacement } of ordered) {
    result = result.slice(0, span[0]) + replacement + result.slice(span[1]);
  }
  return result;
}
