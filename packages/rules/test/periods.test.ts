import { describe, expect, it } from 'vitest';
import { type Catalog, defaultCatalog } from '../src/catalog/index.ts';
import { evaluate } from '../src/evaluate.ts';
import { planPeriods } from '../src/periods.ts';
import type { Plan } from '../src/plan/schema.ts';
import { inRuleGroup, RULE_IDS, ruleGroup, rules } from '../src/rules/index.ts';
import { catalog as pinned } from './helpers/catalog.ts';
import { loadExamples } from './helpers/examples.ts';
import { line, planWith } from './helpers/plan.ts';
import { CASES } from './rules/index.ts';

/** The lines an access-gap rule reports, and the lines whose periods show a gap, with the gap's days. */
function gaps(plan: Plan, catalog: Catalog, today?: string) {
  const options = { catalog, ...(today ? { today } : {}) };
  const reported = evaluate(plan, options)
    .findings.filter((f) => inRuleGroup(f.rule, 'access-gap'))
    .map((f) => ({
      line: f.pointer.split('/').slice(0, 3).join('/'),
      from: f.params.gapStart,
      until: f.params.date,
      days: f.params.days,
    }));
  const drawn = planPeriods(plan, options).flatMap((p) =>
    p.gap ? [{ line: p.pointer, from: p.gap.from, until: p.gap.until, days: p.gap.days }] : [],
  );
  return { reported, drawn };
}

const cases = RULE_IDS.flatMap((id) => CASES[id].map((c) => [`${id}: ${c.name}`, c] as const));

describe('a line shows a gap exactly when an access-gap rule fires', () => {
  it.each(loadExamples().map((e) => [e.name, e] as const))('example %s', (_, example) => {
    const { reported, drawn } = gaps(example.plan, defaultCatalog(), example.plan.asOf as string);
    expect(drawn).toEqual(reported);
  });

  it.each(cases)('case %s', (_, testCase) => {
    const { reported, drawn } = gaps(testCase.plan, testCase.catalog ?? pinned, testCase.today);
    expect(drawn).toEqual(reported);
  });

  it('is tested on plans with gaps from each of the three rules', () => {
    const fired = new Set(
      cases.flatMap(([, c]) =>
        evaluate(c.plan, { catalog: c.catalog ?? pinned }).findings.map((f) => f.rule),
      ),
    );
    for (const id of ruleGroup('access-gap')) expect(fired).toContain(id);
    expect(ruleGroup('access-gap').sort()).toEqual([
      'cancel-at-term-end-gap',
      'grace-period-retired',
      'service-gap',
    ]);
  });

  // The site used to draw the gap from the provisioning date alone; the rules wait for the later
  // licence assignment (issue 22 item 4).
  it('counts a gap until licences are assigned, not only until the target is provisioned', () => {
    const plan = planWith(
      line({
        channel: 'csp',
        endOfTerm: 'cancel-at-term-end',
        target: { provisionOn: '2027-03-25', assignOn: '2027-04-03' },
      }),
    );
    const [periods] = planPeriods(plan, { catalog: pinned });
    expect(periods?.gap).toEqual({ from: '2027-04-01', until: '2027-04-03', days: 3 });
    expect(periods?.target).toEqual({ from: '2027-04-03', pointer: '/subscriptions/0/target/assignOn' });
  });
});

describe('line periods', () => {
  it('gives free grace days where the old lifecycle applies', () => {
    const plan = planWith(
      line({ channel: 'csp', termEnd: '2026-03-31', target: { provisionOn: '2026-04-10' } }),
    );
    const [periods] = planPeriods(plan, { catalog: pinned });
    expect(periods?.grace).toEqual({ from: '2026-04-01', until: '2026-04-30' });
    expect(periods?.extendedTerm).toBeUndefined();
    expect(periods?.gap).toBeUndefined();
  });

  it('gives an open paid extended term where a CSP source slides into one', () => {
    const plan = planWith(
      line({ channel: 'csp', endOfTerm: 'auto-renew-off', target: { provisionOn: '2027-04-10' } }),
    );
    const [periods] = planPeriods(plan, { catalog: pinned });
    expect(periods?.extendedTerm).toEqual({ from: '2027-04-01' });
    expect(periods?.accessUntil).toBeUndefined();
    expect(periods?.gap).toBeUndefined();
  });
});

describe('rule groups', () => {
  it('names the rules whose fix is a catalogued replacement of the finding offer', () => {
    expect(ruleGroup('offer-replacement').sort()).toEqual([
      'offer-not-equivalent',
      'retired-offer-no-equivalent',
      'retired-target-offer',
    ]);
  });

  it('gives every finding of an offer-replacement rule the offer to replace', () => {
    for (const id of ruleGroup('offer-replacement')) {
      for (const c of CASES[id]) {
        const findings = evaluate(c.plan, { catalog: c.catalog ?? pinned }).findings.filter(
          (f) => f.rule === id,
        );
        for (const f of findings) expect(typeof f.params.offer, `${id}: ${c.name}`).toBe('string');
      }
    }
  });

  it('knows no group for an unknown rule id', () => {
    expect(inRuleGroup('no-such-rule', 'access-gap')).toBe(false);
    expect(rules['service-gap'].groups).toEqual(['access-gap']);
  });
});
