import { type PlanV1, upgradeV1 } from '@csp-move/rules/plan';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { migrateText } from '../src/core/migrate.ts';

function migrated(text: string): string {
  const outcome = migrateText(text);
  if (outcome.kind !== 'migrated') throw new Error(`not migrated: ${JSON.stringify(outcome).slice(0, 500)}`);
  return outcome.text;
}

// Plans version 1 accepts, in random layouts: migration keeps their meaning and is idempotent.
const subscription = fc.record({
  id: fc.constantFrom('e3', 'mail', 'visio'),
  offer: fc.constantFrom('office-365-e3', 'exchange-online-plan-1'),
  quantity: fc.integer({ min: 1, max: 500 }),
  channel: fc.constantFrom('web-direct', 'csp', 'enterprise-agreement'),
  termEnd: fc.constantFrom('2027-05-31', '2024-09-30'),
  autoRenew: fc.boolean(),
  exit: fc.constantFrom('expire', 'cancel'),
  cancelOn: fc.constant('2027-05-20'),
  target: fc.record({
    offer: fc.constant('office-365-e3'),
    quantity: fc.integer({ min: 1, max: 500 }),
    provisionOn: fc.constant('2027-05-26'),
  }),
});
const plan = fc.record({
  version: fc.constant(1),
  partner: fc.record({
    name: fc.constantFrom('Northwind', 'Contoso # not a comment'),
    country: fc.constant('TW'),
  }),
  customer: fc.record({ name: fc.constant('Tailspin'), country: fc.constant('TW') }),
  relationship: fc.record({ reseller: fc.constant('requested'), adminAccess: fc.constant('none') }),
  subscriptions: fc.array(subscription, { minLength: 1, maxLength: 4 }),
});

it('migrates any valid version 1 plan in any layout to its upgrade, and only once', () => {
  fc.assert(
    fc.property(
      plan,
      fc.constantFrom('block', 'flow', 'any'),
      fc.boolean(),
      fc.boolean(),
      (value, collectionStyle, crlf, swap) => {
        const subs = value.subscriptions.map((s) => {
          const { autoRenew, exit, ...rest } = s;
          const ends = swap ? { exit, autoRenew } : { autoRenew, exit };
          return { ...rest, ...ends };
        });
        let text = stringify(
          { ...value, subscriptions: subs },
          { collectionStyle: collectionStyle as 'any', lineWidth: 0 },
        );
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const out = migrated(text);
        expect(parse(out)).toEqual(upgradeV1(parse(text) as PlanV1));
        expect(migrateText(out)).toEqual({ kind: 'current' });
      },
    ),
    { numRuns: 60 },
  );
});

it('never throws, whatever the text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(['invalid', 'current', 'migrated', 'manual']).toContain(migrateText(text).kind);
    }),
    { numRuns: 200 },
  );
});
