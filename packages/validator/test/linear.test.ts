// Regression test for issue 14, items 4–8: each class of input that once took quadratic time (or
// overflowed the stack) is timed at two sizes ten times apart. Linear code takes about ten times as
// long on the larger; quadratic code a hundred. The bound sits far from both, and only a ratio of two
// times from the same run is compared, never a time itself. `npm run bench` prints the same classes
// from 100 KB to 1 MB.
import { describe, expect, it } from 'vitest';
import { perMegabyte, WORST_CASES } from '../bench/worst.ts';
import { validateText } from '../src/core/validate.ts';

// Sizes kept small so that the test stays quick on a busy machine; the growth is what is checked.
const SMALL = 20_000;
const LARGE = 200_000;
// Time per megabyte may grow this much from SMALL to LARGE; quadratic growth would be about 10.
const BOUND = 4;

describe('time on big inputs stays linear', () => {
  // A busy machine (another job on the other core) can stretch one timing: a retry measures again. A
  // quadratic path stays about 10 however often it is measured, so a retry never hides one.
  it.each(Object.keys(WORST_CASES))(
    '%s: time per megabyte stays flat from 20 KB to 200 KB',
    { retry: 2 },
    (name) => {
      const make = WORST_CASES[name] as (bytes: number) => string;
      perMegabyte(make, [SMALL], 1); // warm-up: compile the code paths before timing them
      const [small, large] = perMegabyte(make, [SMALL, LARGE], 2) as [number, number];
      expect(large / small).toBeLessThan(BOUND);
    },
  );

  it('deep nesting gives one nesting-limit diagnostic, the same every time', () => {
    const text = WORST_CASES['nested brackets']?.(100_000) as string;
    const first = validateText(text, { path: 'deep.yaml' });
    expect(first.diagnostics.map((d) => [d.rule, d.range.start.column])).toEqual([['nesting-limit', 65]]);
    expect(validateText(text, { path: 'deep.yaml' })).toEqual(first);
  });
});
