// Regression test for issue 21's Low item: "did you mean" ran a full edit distance of a 1 MB offer id
// against every id in the catalog (20–26 s). Candidates whose length alone puts them out of reach are
// no longer compared.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { closest } from '../src/suggest.ts';

/** A candidate that counts how often its characters are read, standing in for a catalog id. */
function counted(text: string) {
  let reads = 0;
  const lower = new Proxy(
    { length: text.length },
    {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads += 1;
          return text[Number(key)];
        }
        return Reflect.get(target, key);
      },
    },
  );
  const candidate = { toLowerCase: () => lower, length: text.length } as unknown as string;
  return { candidate, reads: () => reads };
}

describe('closest', () => {
  it('does not compare a megabyte-long input with any candidate of ordinary length', () => {
    const probe = counted('microsoft-365-business-standard');
    const ids = defaultCatalog().data.offers.offers.map((offer) => offer.id);
    expect(closest('m'.repeat(1024 * 1024), [...ids, probe.candidate])).toBeUndefined();
    expect(probe.reads()).toBe(0);
  });

  it('still finds a near miss, and prefers the nearest', () => {
    expect(closest('microsoft-365-busines-standard', ['microsoft-365-business-standard', 'm'])).toBe(
      'microsoft-365-business-standard',
    );
    expect(closest('e5', ['e3', 'e5x', 'office-365-e5'])).toBe('e3');
    const probe = counted('microsoft-365-business-standard');
    expect(closest('microsoft-365-business-standart', [probe.candidate])).toBe(probe.candidate);
    expect(probe.reads()).toBeGreaterThan(0);
  });
});
