import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/components/checker/yaml.ts';

/**
 * The checker reads imported plans with the validator's linear duplicate-key check, not yaml's
 * uniqueKeys, which compares each key with every earlier one (issue 21, browser: 90,000 keys, 114 s).
 */

const mapping = (keys: number) => Array.from({ length: keys }, (_, i) => `k${i}: ${i}`).join('\n');

/**
 * Best times of `runs` alternating runs of each: on a busy machine one slow run (a collection, another
 * process) must not decide the ratio, and alternating keeps a slow minute from falling on one side.
 */
function bestOfEach(first: () => void, second: () => void, runs = 7): [number, number] {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY] as [number, number];
  for (let i = 0; i < runs; i++) {
    [first, second].forEach((run, j) => {
      const start = performance.now();
      run();
      best[j] = Math.min(best[j] as number, performance.now() - start);
    });
  }
  return best;
}

describe('the checker reads a YAML file', () => {
  it('finds a repeated key on its second use', () => {
    expect(parsePlanText('a: 1\nb:\n  c: 1\n  c: 2\n')).toEqual({ ok: false, line: 4, column: 3 });
  });

  it('reports an unclosed quote where it opens', () => {
    expect(parsePlanText('a: 1\nb: "x\nc: 2\n')).toEqual({ ok: false, line: 2, column: 4 });
  });

  it('in time that grows with the keys, not with their square', { timeout: 60_000 }, () => {
    const few = mapping(2_000);
    const many = mapping(64_000);
    parsePlanText(few);
    const [fewTime, manyTime] = bestOfEach(
      () => parsePlanText(few),
      () => parsePlanText(many),
    );
    // Linear is about 32; comparing every key with every other is about 1,000. The bound sits between
    // them with room for a busy machine (a full test run once measured twice the linear ratio).
    expect(manyTime / fewTime).toBeLessThan(180);
  });
});
