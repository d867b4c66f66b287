import { readdirSync, readFileSync } from 'node:fs';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import type { Plan } from '@csp-move/rules/plan';
import { describe, expect, it } from 'vitest';
import { checkState } from '../../src/components/checker/check.ts';
import { readForm } from '../../src/components/checker/plan.ts';
import { restoreState } from '../../src/components/checker/restore.ts';
import { parsePlanText, planToYaml } from '../../src/components/checker/yaml.ts';

const examplesDir = new URL('../../../../content/examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.plan.yaml'));
const catalog = defaultCatalog();

/** The plan as the form writes it: a one-offer bundle is a plain offer, no `$schema` key. */
function normalized(plan: Plan): Plan {
  const { $schema: _, ...rest } = plan as Plan & { $schema?: string };
  return {
    ...rest,
    subscriptions: plan.subscriptions.map((s) => ({
      ...s,
      target: {
        ...s.target,
        offer:
          Array.isArray(s.target.offer) && s.target.offer.length === 1 ? s.target.offer[0] : s.target.offer,
      },
    })),
  } as Plan;
}

describe('every example plan goes through the checker unchanged', () => {
  it('there are examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples)('%s', (file) => {
    const parsed = parsePlanText(readFileSync(new URL(file, examplesDir), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const { state, dropped } = restoreState(parsed.data, '2030-01-01');
    // The form asks every field of a plan: nothing is left behind.
    expect(dropped).toEqual([]);

    const result = checkState(state, catalog);
    const original = normalized(parsed.data as Plan);
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(original);
    const expected = evaluate(original, { catalog });
    expect(result.verdict).toBe(expected.verdict);
    expect(result.findings).toEqual(expected.findings);

    // Exported and read back, it is still the same plan.
    const again = parsePlanText(planToYaml(result.plan as Plan));
    expect(again.ok && readForm(restoreState(again.data, '2030-01-01').state).plan).toEqual(original);
  });
});
