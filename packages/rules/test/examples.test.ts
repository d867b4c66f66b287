import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { isCalendarDate } from '../src/dates.ts';
import { evaluate, type Verdict } from '../src/evaluate.ts';
import { ANNOTATION_KEYWORDS } from '../src/plan/enums.ts';
import { planSchema } from '../src/plan/schema.ts';
import { isRuleId, RULE_IDS, type RuleId } from '../src/rules/index.ts';
import { PLAN_SCHEMA_URL } from '../src/site.ts';
import { loadExamples } from './helpers/examples.ts';

// The examples run against the real catalog and policies, as a user's plan would.
const catalog = defaultCatalog();
const examples = loadExamples();
const validate = new Ajv({ allErrors: true, formats: { date: isCalendarDate } })
  .addVocabulary([...ANNOTATION_KEYWORDS])
  .compile(planSchema);

/** The example plans that are not named after a rule: what they must come to. */
const SCENARIOS: Record<string, { verdict: Exclude<Verdict, 'invalid'>; rules: RuleId[] }> = {
  'small-business': { verdict: 'ready', rules: [] },
  'enterprise-add-ons': { verdict: 'needs-attention', rules: ['license-reassignment-required'] },
  'multi-region-refused': { verdict: 'blocked', rules: ['region-mismatch'] },
  'reprovision-from-microsoft-direct': { verdict: 'ready', rules: [] },
  'partner-transfer-from-another-partner': { verdict: 'ready', rules: [] },
  'channel-transfer-from-enterprise-agreement': { verdict: 'ready', rules: [] },
  'e5-copilot-to-e7': { verdict: 'needs-attention', rules: ['license-reassignment-required'] },
};

/**
 * Rules that cannot fire alone, because what triggers them triggers another rule too. A stale request
 * is by definition not accepted; admin access is needed for a credit that direct-purchase-credit
 * describes (or for a reassignment that license-reassignment-required describes).
 */
const COMPANIONS: Partial<Record<RuleId, RuleId[]>> = {
  'relationship-request-stale': ['reseller-relationship-missing'],
  'admin-access-needed': ['direct-purchase-credit'],
};

it('has one example per rule and no stray files', () => {
  const names = examples.map((e) => e.name);
  for (const id of RULE_IDS) expect(names).toContain(id);
  for (const name of names) expect(isRuleId(name) || name in SCENARIOS).toBe(true);
});

describe.each(examples.map((e) => [e.name, e] as const))('%s', (name, example) => {
  it('starts with the schema modeline and pins its date', () => {
    expect(example.text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${PLAN_SCHEMA_URL}`);
    expect(isCalendarDate(example.plan.asOf)).toBe(true);
  });

  it('is a valid plan', () => {
    expect(validate(example.plan), JSON.stringify(validate.errors)).toBe(true);
  });

  it(isRuleId(name) ? 'fires exactly the rule it is named after' : 'comes to its verdict', () => {
    const { verdict, findings } = evaluate(example.plan, { catalog, today: example.plan.asOf as string });
    const fired = [...new Set(findings.map((f) => f.rule))].sort();
    if (isRuleId(name)) {
      expect(fired).toEqual([name, ...(COMPANIONS[name] ?? [])].sort());
    } else {
      const scenario = SCENARIOS[name];
      expect(fired).toEqual([...(scenario?.rules ?? [])].sort());
      expect(verdict).toBe(scenario?.verdict);
    }
  });
});

describe('offer ids in the plan schema', () => {
  // Strict schema mode rejects unknown keywords: `examples` must be one Ajv knows as an annotation.
  const strict = new Ajv({
    allErrors: true,
    strictSchema: true,
    formats: { date: isCalendarDate },
  }).addVocabulary([...ANNOTATION_KEYWORDS]);

  it('compiles in strict mode', () => {
    expect(() => strict.compile(planSchema)).not.toThrow();
  });

  it('suggests every catalog id, in catalog order, on every offer field', () => {
    const ids = catalog.offers.map((o) => o.id);
    const sub = planSchema.properties.subscriptions.items.properties;
    const target = sub.target.properties.offer.anyOf;
    const kept = planSchema.properties.customer.properties.otherSubscriptions.items.properties.offer;
    for (const field of [sub.offer, target[0], target[1].items, kept]) expect(field.examples).toEqual(ids);
  });

  it('still accepts an id the catalog does not know (a catalog extension may add it)', () => {
    const plan = structuredClone(examples[0]?.plan) as Record<string, unknown>;
    const subs = plan.subscriptions as { offer: string }[];
    if (subs[0]) subs[0].offer = 'contoso-own-bundle';
    expect(strict.compile(planSchema)(plan)).toBe(true);
  });
});
