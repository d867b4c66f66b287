import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/components/checker/yaml.ts';

/**
 * The checker reads imported plans with the validator's linear duplicate-key check, not yaml's
 * uniqueKeys, which compares each key with every earlier one (issue 21, browser: 90,000 keys, 114 s).
 */

const mapping = (keys: number) => Array.from({ length: keys }, (_, i) => `k${i}: ${i}`).join('\n');

function timed(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
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
    const few = mapping(4_000);
    const many = mapping(64_000);
    parsePlanText(few);
    const ratio = timed(() => parsePlanText(many)) / timed(() => parsePlanText(few));
    // Linear is about 16; comparing every key with every other is 256.
    expect(ratio).toBeLessThan(64);
  });
});
