import { defaultCatalog } from '@csp-move/rules/catalog';
import { describe, expect, it } from 'vitest';
import { checkState } from '../../src/components/checker/check.ts';
import { timelineModel } from '../../src/components/checker/timeline-model.ts';
import { AS_OF, manyLines, SCENARIOS } from './scenarios.ts';

const catalog = defaultCatalog();

describe.each(SCENARIOS)('$name', (scenario) => {
  const result = checkState(scenario.state, catalog);

  it(`is ${scenario.verdict} with ${scenario.rules.join(', ') || 'no findings'}`, () => {
    expect(result.problems).toEqual([]);
    expect(result.verdict).toBe(scenario.verdict);
    expect(result.findings.map((f) => f.rule)).toEqual(scenario.rules);
  });

  it('draws the expected timeline', () => {
    const row = timelineModel(result.plan as NonNullable<typeof result.plan>, catalog, AS_OF).rows[0];
    expect({
      grace: row?.grace !== undefined,
      cancel: row?.cancelOn !== undefined,
      gap: row?.gap !== undefined,
    }).toEqual(scenario.timeline);
  });
});

describe('findings point at form fields', () => {
  it('region mismatch is about the customer country', () => {
    const result = checkState(SCENARIOS[1]?.state as never, catalog);
    expect(result.findings.map((f) => f.pointer)).toEqual(['/customer/country']);
  });

  it('a cancelled direct purchase shows its cancellation, and no credit the form cannot tell it gets', () => {
    // The form does not ask for the billing account; only a MOSA account gets a credit for a cancellation.
    const result = checkState(SCENARIOS[2]?.state as never, catalog);
    const kinds = result.steps.map((s) => s.kind);
    expect(kinds).toContain('cancel');
    expect(kinds).not.toContain('request-credit');
  });
});

describe('a plan of fifty lines', () => {
  it('is complete and ready', () => {
    const result = checkState(manyLines(50), catalog);
    expect(result.problems).toEqual([]);
    expect(result.plan?.subscriptions).toHaveLength(50);
    expect(result.verdict).toBe('ready');
  });
});

describe('a plan the rules cannot judge', () => {
  it('is reported as a problem instead of breaking the page', () => {
    // A catalog whose lookups fail stands for any error inside the rules.
    const failing = {
      ...catalog,
      market: () => {
        throw new RangeError('lookup failed');
      },
    };
    const result = checkState(SCENARIOS[0]?.state as never, failing);
    expect(result.verdict).toBe('invalid');
    expect(result.problems).toEqual([{ code: 'unjudged', pointer: '' }]);
    expect(result.plan).toBeUndefined();
  });
});
