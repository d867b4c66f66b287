import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { READY_PLAN, rangeOf } from './helpers/plan.ts';

/** An unknown offer id is reported in the same pass as the schema's errors (issue 12, item 6). */

const PLAN = READY_PLAN;

describe('unknown offers in a plan the schema rejects', () => {
  it('reports a misspelt offer id together with the schema error, with its suggestion', () => {
    const text = PLAN.replace('  adminAccess: gdap', '  adminAccess: gdpa').replace(
      '    offer: microsoft-365-business-standard\n    quantity',
      '    offer: microsoft-365-business-standrd\n    quantity',
    );
    expect(text).toContain('standrd');
    const result = validateText(text);
    expect(result.verdict).toBe('invalid');
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['invalid-value', 'unknown-offer']);
    const offer = result.diagnostics.find((d) => d.rule === 'unknown-offer');
    expect(offer?.pointer).toBe('/subscriptions/0/offer');
    expect(offer?.range).toEqual(rangeOf(text, 'microsoft-365-business-standrd'));
    expect(offer?.message).toContain('microsoft-365-business-standard');
  });

  it('leaves an offer the schema already reports to the schema, and respects `off`', () => {
    const text = PLAN.replace('  adminAccess: gdap', '  adminAccess: gdpa').replace(
      '    offer: microsoft-365-business-standard\n    quantity',
      '    offer: Not An Id\n    quantity',
    );
    expect(validateText(text).diagnostics.filter((d) => d.rule === 'unknown-offer')).toEqual([]);
    const misspelt = PLAN.replace('  adminAccess: gdap', '  adminAccess: gdpa').replace(
      '    offer: microsoft-365-business-standard\n    quantity',
      '    offer: no-such-offer\n    quantity',
    );
    const off = validateText(misspelt, { overrides: { 'unknown-offer': 'off' } });
    expect(off.diagnostics.map((d) => d.rule)).toEqual(['invalid-value']);
  });
});
