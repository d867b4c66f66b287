import { describe, expect, test } from 'vitest';
import { templateParts } from '../src/lib/template.ts';

describe('templateParts', () => {
  test('finds placeholders, with or without a kind', () => {
    expect(templateParts('{code} is in {region:region}.')).toEqual([
      { kind: 'variable', name: 'code' },
      { kind: 'text', text: ' is in ' },
      { kind: 'variable', name: 'region' },
      { kind: 'text', text: '.' },
    ]);
  });

  test('turns backticks into code, placeholders inside included', () => {
    expect(templateParts('Rename `{key}` to `x`')).toEqual([
      { kind: 'text', text: 'Rename ' },
      { kind: 'code', parts: [{ kind: 'variable', name: 'key' }] },
      { kind: 'text', text: ' to ' },
      { kind: 'code', parts: [{ kind: 'text', text: 'x' }] },
    ]);
  });

  test('keeps an unmatched backtick as text', () => {
    expect(templateParts('a `b')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'text', text: '`b' },
    ]);
  });
});
