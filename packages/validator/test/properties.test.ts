import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { READY_PLAN, toYaml } from './helpers/plan.ts';
import { rangesInside } from './helpers/ranges.ts';

// Values that stress YAML and the schema: unicode, control characters, YAML's own punctuation,
// words YAML 1.1 read as booleans, numbers that look like versions or dates.
const tricky = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'yes',
    'No',
    'on',
    '1.10',
    '0o17',
    '2027-02-30',
    '2027-3-5',
    '__proto__',
    '~',
    'null',
    '- x',
    ': y',
    '#z',
    '*a',
    '&b',
    '!c',
    '\u001b[31m',
    '\t',
    '咖啡',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), tricky.map(String)), tie('any'), { maxKeys: 4 }),
  ),
})).any;

const subscription = fc.record(
  {
    id: fc.oneof(fc.constantFrom('e3', 'mail', 'e3'), fc.string()),
    offer: fc.oneof(
      fc.constantFrom('office-365-e3', 'office-365-e4', 'microsoft-365-business-standard', 'not-an-offer'),
      tricky,
    ),
    quantity: fc.oneof(fc.integer({ min: -5, max: 2000 }), tricky),
    assigned: fc.integer({ min: 0, max: 2000 }),
    channel: fc.oneof(fc.constantFrom('web-direct', 'csp', 'enterprise-agreement', 'open', 'other'), tricky),
    termEnd: fc.oneof(fc.constantFrom('2027-05-31', '2027-02-28', '2028-02-29'), tricky),
    autoRenew: fc.oneof(fc.boolean(), tricky),
    exit: fc.oneof(fc.constantFrom('expire', 'cancel'), tricky),
    cancelOn: fc.constantFrom('2027-05-01', '2027-06-30'),
    addOnOf: fc.constantFrom('e3', 'mail', 'nothing'),
    target: fc.record(
      {
        offer: fc.oneof(
          fc.constantFrom('office-365-e3', 'office-365-e5', 'microsoft-365-e3'),
          fc.array(fc.constantFrom('office-365-e3', 'skype-for-business-plus-cal')),
        ),
        quantity: fc.integer({ min: 0, max: 2000 }),
        provisionOn: fc.oneof(fc.constantFrom('2027-05-20', '2027-07-01', '2026-01-01'), tricky),
      },
      { requiredKeys: [] },
    ),
    extra: value,
  },
  { requiredKeys: ['id', 'offer', 'target'] },
);

const plan = fc.record(
  {
    version: fc.oneof(fc.constant(1), tricky),
    asOf: fc.constantFrom('2027-05-02', '2026-01-01'),
    partner: fc.record(
      { name: fc.string(), country: fc.oneof(fc.constantFrom('TW', 'DE', 'US', 'XK', 'RU'), tricky) },
      { requiredKeys: [] },
    ),
    customer: fc.record(
      {
        name: fc.string(),
        country: fc.oneof(fc.constantFrom('TW', 'DE', 'US', 'XK', 'RU'), tricky),
        agreementAccepted: fc.oneof(fc.boolean(), tricky),
      },
      { requiredKeys: [] },
    ),
    relationship: fc.record(
      {
        reseller: fc.constantFrom('not-requested', 'requested', 'accepted', 'acepted'),
        requestedOn: fc.constantFrom('2027-01-01', '2027-04-19'),
        acceptedOn: fc.constantFrom('2027-04-21', '2027-06-01'),
        adminAccess: fc.constantFrom('none', 'gdap', 'dap'),
        gdapExpiresOn: fc.constantFrom('2027-05-10', '2029-01-01'),
      },
      { requiredKeys: [] },
    ),
    subscriptions: fc.array(subscription, { maxLength: 4 }),
    unexpected: value,
  },
  { requiredKeys: [] },
);

// Plans that pass the schema, so that the rules themselves meet odd combinations of valid values.
const validSubscription = fc.record({
  id: fc.constantFrom('e3', 'mail', 'calling'),
  offer: fc.constantFrom(
    'office-365-e3',
    'office-365-e4',
    'office-365-business-premium',
    'microsoft-365-business-standard',
    'not-an-offer',
  ),
  quantity: fc.integer({ min: 1, max: 500 }),
  assigned: fc.integer({ min: 0, max: 500 }),
  channel: fc.constantFrom('web-direct', 'csp', 'enterprise-agreement', 'open', 'other'),
  termEnd: fc.constantFrom('2027-05-31', '2027-02-28', '2028-02-29', '2026-12-31'),
  autoRenew: fc.boolean(),
  exit: fc.constant('expire'),
  target: fc.record({
    offer: fc.oneof(
      fc.constantFrom('office-365-e3', 'office-365-e5', 'microsoft-365-e3'),
      fc.uniqueArray(fc.constantFrom('office-365-e3', 'skype-for-business-plus-cal'), { minLength: 1 }),
    ),
    quantity: fc.integer({ min: 1, max: 500 }),
    provisionOn: fc.constantFrom('2027-05-20', '2027-07-01', '2026-01-01'),
  }),
});
const validPlan = fc.record({
  version: fc.constant(1),
  asOf: fc.constantFrom('2027-05-02', '2026-01-01'),
  partner: fc.record({
    name: fc.string({ minLength: 1, maxLength: 30 }),
    country: fc.constantFrom('TW', 'DE', 'US', 'XK'),
  }),
  customer: fc.record({
    name: fc.string({ minLength: 1, maxLength: 30 }),
    country: fc.constantFrom('TW', 'DE', 'US', 'RU'),
    agreementAccepted: fc.boolean(),
  }),
  relationship: fc.record({
    reseller: fc.constantFrom('not-requested', 'requested'),
    requestedOn: fc.constantFrom('2027-01-01', '2027-04-19'),
    adminAccess: fc.constantFrom('none', 'gdap', 'dap'),
    gdapExpiresOn: fc.constantFrom('2027-05-10', '2029-01-01'),
  }),
  subscriptions: fc.array(validSubscription, { minLength: 1, maxLength: 4 }),
});

/** The properties every input must have: no throw, ranges inside the file, the same answer twice. */
function check(text: string): void {
  const first = validateText(text, { path: 'p.yaml' });
  rangesInside(first, text);
  expect(first.diagnostics.map((d) => d.rule)).not.toContain('internal-error');
  expect(validateText(text, { path: 'p.yaml' })).toEqual(first);
  expect(JSON.parse(JSON.stringify(first))).toEqual(first);
}

describe('properties', () => {
  it('holds for random plans', () => {
    fc.assert(
      fc.property(plan, (p) => check(toYaml(p))),
      { numRuns: 300 },
    );
  });

  it('holds for random valid plans, which reach the rules', () => {
    fc.assert(
      fc.property(validPlan, (p) => {
        const text = toYaml(p);
        check(text);
        expect(validateText(text).verdict).not.toBe('invalid');
      }),
      { numRuns: 200 },
    );
  });

  it('holds for a ready plan with random edits', () => {
    const edit = fc.record({
      at: fc.nat({ max: READY_PLAN.length }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          '\n',
          '\t',
          ':',
          '- ',
          '"',
          "'",
          '&a ',
          '*a',
          '{',
          '[',
          '#',
          '---\n',
          '? ',
          '|\n',
          '>-\n',
        ),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = READY_PLAN;
        for (const { at, remove, insert } of edits) {
          const pos = Math.min(at, text.length);
          text = text.slice(0, pos) + insert + text.slice(pos + remove);
        }
        check(text);
      }),
      { numRuns: 500 },
    );
  });

  it('holds for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 300 });
  });
});
