import { fileStem, planFileNameFor } from '@csp-move/rules/file-name';
import { describe, expect, it } from 'vitest';
import { planFileName } from '../src/components/checker/plan.ts';
import { defaultState } from '../src/components/checker/state.ts';
import { planFileNameOf } from '../src/components/playground/plan-text.ts';

/** File names keep the letters of every script (issue 25: 台北貿易股份有限公司 gave customer.plan.yaml). */
describe('file names from a customer name', () => {
  it.each([
    ['台北貿易股份有限公司', '台北貿易股份有限公司'],
    ['Zürich Versicherung AG', 'zürich-versicherung-ag'],
    ['Fabrikam GmbH', 'fabrikam-gmbh'],
    ['Tailspin 咖啡有限公司', 'tailspin-咖啡有限公司'],
    ['Ελληνικά Α.Ε.', 'ελληνικά-α.ε'],
    ['  Contoso   Ltd  ', 'contoso-ltd'],
  ])('%s → %s', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });

  it('takes out what file systems refuse or treat specially', () => {
    expect(fileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(fileStem('x\u0000y\u001fz\u007f')).toBe('x-y-z');
    expect(fileStem('..hidden')).toBe('hidden');
    expect(fileStem('-rf')).toBe('rf');
    expect(fileStem('name. . .')).toBe('name');
    expect(fileStem('CON')).toBe('con-plan');
    expect(fileStem('lpt1')).toBe('lpt1-plan');
    expect(fileStem('???')).toBe('');
    expect(planFileNameFor('???', 'customer')).toBe('customer.plan.yaml');
  });

  it('caps the length in bytes, never cutting a character in two', () => {
    const stem = fileStem('台'.repeat(100));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(120);
    expect(stem).toBe('台'.repeat(40));
    expect(fileStem('😀'.repeat(40))).toBe('😀'.repeat(30));
  });

  it('the checker and the playground name files the same way', () => {
    const state = defaultState('2026-12-07');
    state.customer.name = '台北貿易股份有限公司';
    expect(planFileName(state)).toBe('台北貿易股份有限公司.plan.yaml');
    expect(planFileNameOf('customer:\n  name: "Zürich AG"\n')).toBe('zürich-ag.plan.yaml');
  });
});
