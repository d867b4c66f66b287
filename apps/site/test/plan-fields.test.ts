import { planSchema } from '@csp-move/rules/plan';
import { describe, expect, test } from 'vitest';
import { PLAN_FIELD_DESCRIPTIONS_ZH_TW } from '../src/i18n/plan-fields.ts';
import { fieldRows } from '../src/lib/schema-fields.ts';

const rows = fieldRows(planSchema);

describe('plan file reference', () => {
  test('lists nested fields with list items marked []', () => {
    const paths = rows.map((r) => r.path);
    expect(paths).toContain('partner.country');
    expect(paths).toContain('subscriptions[].target.provisionOn');
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('knows conditional requirements from if/then', () => {
    expect(rows.find((r) => r.path === 'relationship.acceptedOn')?.requirement).toEqual({
      kind: 'when',
      field: 'relationship.reseller',
      value: 'accepted',
    });
    expect(rows.find((r) => r.path === 'subscriptions[].cancelOn')?.requirement).toEqual({
      kind: 'when',
      field: 'subscriptions[].endOfTerm',
      value: 'cancel',
    });
    expect(rows.find((r) => r.path === 'subscriptions[].target.provisionOn')?.requirement).toEqual({
      kind: 'unless',
      field: 'subscriptions[].path',
      value: 'partner-transfer',
    });
    expect(rows.find((r) => r.path === 'subscriptions[].target.offer')?.requirement).toEqual({
      kind: 'always',
    });
    expect(rows.find((r) => r.path === 'version')?.requirement).toEqual({ kind: 'always' });
  });

  test('describes a bundle target as one offer or a list of offers', () => {
    expect(rows.find((r) => r.path === 'subscriptions[].target.offer')?.type).toEqual({
      kind: 'anyOf',
      options: [{ kind: 'string' }, { kind: 'array', items: { kind: 'string' } }],
    });
  });

  test('every field has an English description in the schema', () => {
    expect(rows.filter((r) => r.description === '').map((r) => r.path)).toEqual([]);
  });

  test('every field has a Chinese description, and no translation is left over', () => {
    const paths = rows.map((r) => r.path);
    expect(paths.filter((p) => !PLAN_FIELD_DESCRIPTIONS_ZH_TW[p])).toEqual([]);
    expect(Object.keys(PLAN_FIELD_DESCRIPTIONS_ZH_TW).filter((p) => !paths.includes(p))).toEqual([]);
  });
});
