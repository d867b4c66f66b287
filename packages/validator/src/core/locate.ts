import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type Pair,
} from 'yaml';
import { decodePointer } from './pointer.ts';
import { firstContentLine, firstLine, type Span } from './span.ts';

/**
 * Which part of the located node a diagnostic points at (DESIGN §6):
 * - `key`: the key of the field (unknown key);
 * - `value`: the value (wrong value, rule findings); a block mapping or list is represented by its key;
 * - `parent`: the node is a mapping that lacks a field (missing field): its key, or its first line.
 * A pointer that goes past what exists falls back to the deepest node that does, as `parent`.
 */
export type Anchor = 'key' | 'value' | 'parent';

interface Step {
  node: unknown;
  /** The mapping entry that holds `node`, when it is a mapping value. */
  pair?: Pair;
}

/** The source a located pointer needs: the parsed document and its text. */
export interface Source {
  doc: Document;
  text: string;
}

function keyMatches(pair: Pair, segment: string): boolean {
  return isScalar(pair.key) && pair.key.value !== null && String(pair.key.value) === segment;
}

// Key → last pair of each large mapping, built on the first lookup: a file with thousands of unknown
// keys looks each one up, and a scan per lookup would make that quadratic.
const pairIndex = new WeakMap<object, Map<string, Pair>>();
const SCAN_LIMIT = 16;

function findPair(map: { items: Pair[] }, segment: string): Pair | undefined {
  if (map.items.length <= SCAN_LIMIT) {
    let found: Pair | undefined;
    // The last of equal keys wins, as in the parsed value (duplicates are reported separately).
    for (const pair of map.items) if (keyMatches(pair, segment)) found = pair;
    return found;
  }
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isScalar(pair.key) && pair.key.value !== null) index.set(String(pair.key.value), pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(segment);
}

function walk(source: Source, pointer: string): { steps: Step[]; complete: boolean } {
  const steps: Step[] = [{ node: source.doc.contents }];
  for (const segment of decodePointer(pointer)) {
    let node = (steps[steps.length - 1] as Step).node;
    // Aliases stand for their anchor's node; walking on leads into the anchored content.
    if (isAlias(node)) node = node.resolve(source.doc);
    if (isMap(node)) {
      const found = findPair(node as { items: Pair[] }, segment);
      if (!found) return { steps, complete: false };
      steps.push({ node: found.value, pair: found });
    } else if (isSeq(node) && /^\d+$/.test(segment) && Number(segment) < node.items.length) {
      steps.push({ node: node.items[Number(segment)] });
    } else {
      return { steps, complete: false };
    }
  }
  return { steps, complete: true };
}

function nodeRange(node: unknown): [number, number] | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

function keySpan(step: Step): Span | undefined {
  const range = nodeRange(step.pair?.key);
  return range && range[1] > range[0] ? range : undefined;
}

function valueSpan(source: Source, node: unknown): Span | undefined {
  const range = nodeRange(node);
  if (!range || range[1] <= range[0]) return undefined;
  if (isCollection(node as Node)) {
    const one = firstLine(source.text, range[0], range[1]);
    // A one-line flow collection (`[a, b]`) is shown whole; a block collection by its first line.
    return one[1] >= range[1] ? range : one;
  }
  return range;
}

function spanFor(source: Source, step: Step, anchor: Anchor): Span | undefined {
  if (anchor === 'key') return keySpan(step) ?? valueSpan(source, step.node);
  if (anchor === 'value') {
    if (isCollection(step.node as Node) && step.pair) return keySpan(step);
    return valueSpan(source, step.node) ?? keySpan(step);
  }
  return keySpan(step) ?? valueSpan(source, step.node);
}

/**
 * The span a diagnostic about `pointer` should cover. Never empty when the file has any content:
 * if nothing along the pointer has a position, the first line with content stands in.
 */
export function locate(source: Source, pointer: string, anchor: Anchor): Span {
  const { steps, complete } = walk(source, pointer);
  const last = steps[steps.length - 1] as Step;
  const span = spanFor(source, last, complete ? anchor : 'parent');
  if (span) return span;
  for (let i = steps.length - 2; i >= 0; i--) {
    const fallback = spanFor(source, steps[i] as Step, 'parent');
    if (fallback) return fallback;
  }
  return firstContentLine(source.text);
}

/** True when the pointer names a node that exists in the document. */
export function exists(source: Source, pointer: string): boolean {
  return walk(source, pointer).complete;
}

/** The YAML node at a pointer, if any (aliases are returned as they are). */
export function nodeAt(source: Source, pointer: string): unknown {
  const { steps, complete } = walk(source, pointer);
  return complete ? (steps[steps.length - 1] as Step).node : undefined;
}
