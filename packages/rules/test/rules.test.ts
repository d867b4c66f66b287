import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.ts';
import { RULE_IDS, rules } from '../src/rules/index.ts';
import { catalog } from './helpers/catalog.ts';
import { basePlan } from './helpers/plan.ts';
import { CASES } from './rules/index.ts';

// Each rule's table (test/rules/<id>.cases.ts) lists plans and exactly the findings that rule must
// produce for them. Other rules' findings are not this table's business.

it('starts every table from a plan with no findings at all', () => {
  const { verdict, findings, nextStep } = evaluate(basePlan(), { catalog });
  expect({ verdict, findings }).toEqual({ verdict: 'ready', findings: [] });
  expect(nextStep).toEqual({
    id: 'provision:e3',
    kind: 'provision',
    date: '2027-03-25',
    due: '2027-03-25',
    subscription: 'e3',
    state: 'upcoming',
  });
});

describe.each(RULE_IDS)('%s', (id) => {
  it('has cases where it fires and where it does not', () => {
    expect(CASES[id].some((c) => c.expect.length > 0)).toBe(true);
    expect(CASES[id].some((c) => c.expect.length === 0)).toBe(true);
  });

  it.each(CASES[id].map((c) => [c.name, c] as const))('%s', (_, testCase) => {
    const { findings } = evaluate(testCase.plan, {
      catalog: testCase.catalog ?? catalog,
      ...(testCase.today ? { today: testCase.today } : {}),
    });
    const mine = findings.filter((f) => f.rule === id);
    expect(mine.map((f) => f.pointer)).toEqual(testCase.expect.map((e) => e.pointer));
    testCase.expect.forEach((expected, i) => {
      const finding = mine[i];
      expect(finding?.variant).toBe(expected.variant);
      expect(finding?.severity).toBe(expected.severity ?? rules[id].severity);
      if ('related' in expected) expect(finding?.related).toEqual(expected.related);
      if (expected.params) expect(finding?.params).toMatchObject(expected.params);
    });
  });
});
