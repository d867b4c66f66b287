import { readdirSync, readFileSync } from 'node:fs';
import { type Catalog, defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import type { Plan } from '@csp-move/rules/plan';
import { inRuleGroup } from '@csp-move/rules/rules';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalog as pinned } from '../../../../packages/rules/test/helpers/catalog.ts';
import { CASES } from '../../../../packages/rules/test/rules/index.ts';
import { timelineModel } from '../../src/components/checker/timeline-model.ts';

/**
 * The timeline draws a gap without a licence exactly on the lines where a gap rule finds one: it asks
 * the rules' access and target dates instead of working them out again (a plan that assigned licences
 * after provisioning had a cancel-at-term-end-gap finding and no gap on the timeline).
 */

interface Judged {
  name: string;
  plan: Plan;
  catalog: Catalog;
  today: string | undefined;
}

const examplesDir = new URL('../../../../content/examples/', import.meta.url);
const examples: Judged[] = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.plan.yaml'))
  .map((name) => ({
    name,
    plan: parse(readFileSync(new URL(name, examplesDir), 'utf8')) as Plan,
    catalog: defaultCatalog(),
    today: undefined,
  }));
const cases: Judged[] = Object.entries(CASES).flatMap(([rule, table]) =>
  table.map((c) => ({
    name: `${rule}: ${c.name}`,
    plan: c.plan,
    catalog: (c.catalog ?? pinned) as unknown as Catalog,
    today: c.today,
  })),
);

/** The lines (by index) a set of findings or rows says have a gap. */
function gapLines({ plan, catalog, today }: Judged): { rules: number[]; timeline: number[] } {
  const judged = evaluate(plan, { catalog, ...(today ? { today } : {}) });
  const rules = judged.findings
    .filter((f) => inRuleGroup(f.rule, 'access-gap'))
    .map((f) => Number(f.pointer.split('/')[2]));
  const model = timelineModel(plan, catalog, today ?? plan.asOf ?? '2027-01-10');
  const timeline = model.rows.filter((row) => row.gap).map((row) => row.index);
  return { rules: [...new Set(rules)].sort(), timeline };
}

describe('the timeline draws a gap exactly where a gap rule fires', () => {
  it('the tables include plans with gaps', () => {
    expect(cases.filter((c) => gapLines(c).rules.length > 0).length).toBeGreaterThan(5);
  });

  it.each([...examples, ...cases].map((c) => [c.name, c] as const))('%s', (_, judged) => {
    const { rules, timeline } = gapLines(judged);
    expect(timeline).toEqual(rules);
  });
});
