import type { Localized } from '@csp-move/rules/messages';
import { isScalar, Scalar } from 'yaml';
import { clip, type Draft } from '../core/draft.ts';
import { locate, nodeAt, type Source } from '../core/locate.ts';
import { actualType, expectedType } from './labels.ts';

// Words that YAML 1.1 read as booleans and YAML 1.2 (our parser) reads as text.
const YAML11_BOOLEANS: Record<string, boolean> = {
  yes: true,
  y: true,
  on: true,
  no: false,
  n: false,
  off: false,
};

/** The scalar written without quotes at a pointer, with its source text; else undefined. */
function plainScalar(source: Source, pointer: string): { text: string; span: [number, number] } | undefined {
  const node = nodeAt(source, pointer);
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
  const span: [number, number] = [node.range[0], node.range[1]];
  return { text: source.text.slice(...span), span };
}

/**
 * A value of the wrong type. Before saying just that, recognise the YAML pitfalls that cause most of
 * them and say what happened in YAML's terms: yes/no read as text, digits read as a number, an empty
 * value read as null. Each comes with the edit that fixes it.
 */
export function typeDraft(
  source: Source,
  pointer: string,
  expected: readonly string[],
  data: unknown,
  path: string | Localized,
): Draft {
  const valueSpan = locate(source, pointer, 'value');
  const expectedLabel = expectedType(expected);
  if (data === null || data === undefined) {
    return { code: 'empty-value', pointer, span: valueSpan, params: { path, expected: expectedLabel } };
  }
  const plain = plainScalar(source, pointer);
  const wantsText = expected.length === 1 && expected[0] === 'string';
  if (plain && expected.includes('boolean') && typeof data === 'string') {
    const meant = YAML11_BOOLEANS[data.toLowerCase()];
    if (meant !== undefined) {
      const suggestion = String(meant);
      return {
        code: 'yes-no-boolean',
        pointer,
        span: plain.span,
        params: { value: clip(data), path, suggestion },
        fix: { span: plain.span, replacement: suggestion, params: { suggestion } },
      };
    }
  }
  if (plain && wantsText && (typeof data === 'number' || typeof data === 'boolean')) {
    const replacement = JSON.stringify(plain.text);
    return {
      code: typeof data === 'number' ? 'unquoted-number' : 'unquoted-boolean',
      pointer,
      span: plain.span,
      params: { source: clip(plain.text), value: String(data), path },
      fix: { span: plain.span, replacement },
    };
  }
  const draft: Draft = {
    code: 'wrong-type',
    pointer,
    span: valueSpan,
    params: { path, expected: expectedLabel, actual: actualType(data) },
  };
  // A quoted number or boolean: offer the same value without quotes.
  if (typeof data === 'string') {
    const numeric =
      (expected.includes('integer') && /^-?\d+$/.test(data)) ||
      (expected.includes('number') && /^-?\d+(\.\d+)?$/.test(data));
    const boolean = expected.includes('boolean') && (data === 'true' || data === 'false');
    if (numeric || boolean) draft.fix = { span: valueSpan, replacement: data };
  }
  return draft;
}
