import { planSchema } from '@csp-move/rules/plan';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  AS_OF,
  FORM_GROUPS,
  KEPT_FIELDS,
  LINE_BUNDLE,
  LINE_SECTIONS,
  NOT_ASKED,
} from '../../src/components/checker/form-layout.ts';
import { keysOf, PLAN_FIELDS, schemaPath } from '../../src/components/checker/form-model.ts';
import type { CheckerState, SubscriptionState } from '../../src/components/checker/state.ts';

/** Every field the layout asks, by its schema path. */
function askedPaths(): string[] {
  const root = [AS_OF, ...FORM_GROUPS.flatMap((g) => g.sections.flatMap((s) => s.fields))].map((spec) =>
    schemaPath(`/${spec.field}`),
  );
  const line = [...LINE_SECTIONS.source, ...LINE_SECTIONS.target, LINE_BUNDLE].map((spec) =>
    schemaPath(`/subscriptions/0/${spec.field}`),
  );
  const kept = KEPT_FIELDS.map((spec) => schemaPath(`/customer/otherSubscriptions/0/${spec.field}`));
  // A bundle's entry names one offer of the list: the field is the list.
  return [...root, ...line, ...kept].map((path) => path.replace(/\[\]$/, ''));
}

describe('the checker asks every field of the plan schema', () => {
  const asked = new Set(askedPaths());
  /** Objects and lists of objects are asked through their fields. */
  const containers = [...PLAN_FIELDS.values()].filter(
    (f) => f.schema.properties || f.schema.items?.properties,
  );

  it.each([...PLAN_FIELDS.keys()])(
    '%s is asked, a container of asked fields, or listed as not asked',
    (path) => {
      const isContainer = containers.some((c) => c.path === path);
      const reasons = [asked.has(path), isContainer, path in NOT_ASKED].filter(Boolean);
      expect(reasons).toHaveLength(1);
    },
  );

  it('asks nothing the schema lacks', () => {
    for (const path of asked) expect(PLAN_FIELDS.has(path), path).toBe(true);
  });

  it('reads the same schema the validator compiles', () => {
    expect(keysOf('')).toEqual(Object.keys(planSchema.properties));
    expect(keysOf('subscriptions[]')).toEqual(
      Object.keys(planSchema.properties.subscriptions.items.properties),
    );
  });

  it('holds each plan value as the form shows it', () => {
    expectTypeOf<CheckerState['partner']['model']>().toEqualTypeOf<
      'direct-bill' | 'indirect-provider' | 'indirect-reseller' | ''
    >();
    expectTypeOf<SubscriptionState['channel']>().not.toEqualTypeOf<string>();
    expectTypeOf<SubscriptionState['channel']>().toExtend<string>();
    expectTypeOf<SubscriptionState['quantity']>().toEqualTypeOf<string>();
    expectTypeOf<SubscriptionState['trial']>().toEqualTypeOf<boolean>();
    expectTypeOf<SubscriptionState['target']['offer']>().toEqualTypeOf<string[]>();
  });
});
