import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from '../../src/components/checker/fragment.ts';
import { readForm } from '../../src/components/checker/plan.ts';
import { restoreState } from '../../src/components/checker/restore.ts';
import {
  type CheckerState,
  defaultState,
  exampleState,
  newSubscription,
} from '../../src/components/checker/state.ts';
import { parsePlanText, planToYaml } from '../../src/components/checker/yaml.ts';

const TODAY = '2027-01-10';

function sample(): CheckerState {
  const state = exampleState(TODAY, 'en');
  Object.assign(state.partner, { name: 'Contoso IT Services', partnerId: '4512345', country: 'DE' });
  Object.assign(state.customer, { name: 'Fabrikam: "GmbH"', country: 'AT', agreementAccepted: true });
  Object.assign(state.relationship, {
    reseller: 'accepted',
    requestedOn: '2026-12-01',
    acceptedOn: '2026-12-03',
    gdapRoles: 'license-administrator, service-support-administrator',
  });
  const bundle = newSubscription(TODAY, ['sub-1']);
  bundle.target.offer = ['office-365-e3', 'skype-for-business-plus-cal'];
  bundle.endOfTerm = 'cancel';
  bundle.cancelOn = '2027-02-20';
  state.subscriptions.push(bundle);
  return state;
}

describe('plan file text', () => {
  it('starts with the schema modeline and writes dates, ids and booleans unquoted', () => {
    const { plan } = readForm(sample());
    const text = planToYaml(plan as NonNullable<typeof plan>);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json');
    expect(lines[1]).toBe('version: 2');
    expect(lines[2]).toBe(`asOf: ${TODAY}`);
    expect(text).toContain('  partnerId: "4512345"\n');
    expect(text).toContain('  acceptedOn: 2026-12-03\n');
    expect(text).toContain('  gdapRoles: [ license-administrator, service-support-administrator ]\n');
    expect(text).toContain('      offer: [ office-365-e3, skype-for-business-plus-cal ]\n');
    expect(text).toContain('    endOfTerm: cancel-at-term-end\n');
    expect(text).not.toMatch(/'20\d\d-/);
  });

  it('reads back to the same plan', () => {
    const { plan } = readForm(sample());
    const parsed = parsePlanText(planToYaml(plan as NonNullable<typeof plan>));
    expect(parsed.ok).toBe(true);
    const restored = restoreState(parsed.ok ? parsed.data : undefined, '2030-01-01');
    expect(restored.dropped).toEqual([]);
    expect(readForm(restored.state).plan).toEqual(plan);
  });

  it('reports where the YAML is broken', () => {
    expect(parsePlanText('version: 1\npartner: [\n')).toMatchObject({ ok: false, line: 3 });
    expect(parsePlanText('a: 1\na: 2\n')).toMatchObject({ ok: false, line: 2, column: 1 });
  });

  it('refuses aliases', () => {
    expect(parsePlanText('a: &x [1]\nb: *x\n').ok).toBe(false);
  });
});

describe('import of partial or wrong data', () => {
  it('keeps what fits and lists what does not', () => {
    const { state, dropped } = restoreState(
      {
        version: 1,
        partner: { name: 'Contoso', country: 'DE', colour: 'blue' },
        customer: { name: 'Fabrikam', country: 'AT', agreementAccepted: 'yes' },
        relationship: { reseller: 'maybe', adminAccess: 'gdap', gdapRoles: 'license-administrator' },
        subscriptions: [{ offer: 'office-365-e3', quantity: 120, target: { offer: 'office-365-e3' } }, 'e5'],
      },
      TODAY,
    );
    expect([...dropped].sort()).toEqual([
      '/customer/agreementAccepted',
      '/partner/colour',
      '/relationship/reseller',
      '/subscriptions/1',
    ]);
    // A choice the file gets wrong is not answered for the user: it stays unanswered.
    expect(state.relationship).toMatchObject({
      reseller: '',
      adminAccess: 'gdap',
      gdapRoles: 'license-administrator',
    });
    expect(state.subscriptions[0]).toMatchObject({
      id: 'sub-1',
      offer: 'office-365-e3',
      quantity: '120',
      target: { offer: ['office-365-e3'], quantity: '', provisionOn: '' },
    });
    expect(state.subscriptions[1]?.id).toBe('sub-2');
  });

  it('reads the subscriptions the tenant keeps, and names the entries it cannot use', () => {
    const { state, dropped } = restoreState(
      {
        customer: {
          name: 'Fabrikam',
          country: 'AT',
          otherSubscriptions: [
            { offer: 'microsoft-teams-enterprise', quantity: 40 },
            'e5',
            { offer: 3, seats: 2 },
          ],
        },
      },
      TODAY,
    );
    expect(state.customer.otherSubscriptions).toEqual([
      { offer: 'microsoft-teams-enterprise', quantity: '40' },
      { offer: '', quantity: '' },
      { offer: '3', quantity: '' },
    ]);
    expect([...dropped].sort()).toEqual([
      '/customer/otherSubscriptions/1',
      '/customer/otherSubscriptions/2/seats',
    ]);
    expect(restoreState({ customer: { otherSubscriptions: 'none' } }, TODAY).dropped).toEqual([
      '/customer/otherSubscriptions',
    ]);
  });

  it('a document that is not a plan gives the empty form', () => {
    const { state, dropped } = restoreState(['not', 'a', 'plan'], TODAY);
    expect(dropped).toEqual(['']);
    expect(state).toEqual(defaultState(TODAY));
  });

  it('a restored state with lists longer than a plan allows is cut to the limits, and says so', () => {
    const line = {
      id: 'a',
      offer: 'office-365-e3',
      target: { offer: Array.from({ length: 50 }, (_, i) => `o-${i}`) },
    };
    const data = {
      relationship: { gdapRoles: Array.from({ length: 5000 }, (_, i) => `role-${i}`) },
      customer: { otherSubscriptions: Array.from({ length: 3000 }, () => ({ offer: 'x', quantity: 1 })) },
      subscriptions: Array.from({ length: 2500 }, () => line),
    };
    const { state, dropped } = restoreState(data, TODAY);
    expect(state.subscriptions).toHaveLength(1000);
    expect(state.subscriptions[0]?.target.offer).toHaveLength(10);
    expect(state.customer.otherSubscriptions).toHaveLength(1000);
    expect(state.relationship.gdapRoles.split(', ')).toHaveLength(1000);
    expect(dropped).toContain('/subscriptions/1000');
    expect(dropped).toContain('/subscriptions/0/target/offer/10');
    expect(dropped).toContain('/customer/otherSubscriptions/1000');
    expect(dropped).toContain('/relationship/gdapRoles/1000');
  });

  it('does not let __proto__ reach the form', () => {
    const data = JSON.parse('{"partner":{"__proto__":{"polluted":1},"name":"x"}}') as unknown;
    const { state, dropped } = restoreState(data, TODAY);
    expect(dropped).toEqual(['/partner/__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(state.partner.name).toBe('x');
  });
});

describe('share link', () => {
  it('round-trips the form exactly, half-typed values included', async () => {
    const state = sample();
    Object.assign(state.subscriptions[0] ?? {}, { quantity: '12.', termEnd: '' });
    const hash = await encodeFragment(state);
    expect(hash).toMatch(/^#plan=v1\.[A-Za-z0-9_-]+$/);
    const reading = await decodeFragment(hash);
    expect(reading?.ok).toBe(true);
    const restored = restoreState(reading?.ok && reading.data, '2030-01-01');
    expect(restored.dropped).toEqual([]);
    expect(restored.state).toEqual(state);
  });

  it('is compact: fifty lines fit in a few kilobytes', async () => {
    const state = sample();
    state.subscriptions = Array.from({ length: 50 }, (_, i) => ({
      ...newSubscription(TODAY),
      id: `line-${i}`,
    }));
    const hash = await encodeFragment(state);
    expect(hash.length).toBeLessThan(JSON.stringify(state).length / 10);
  });

  it('ignores fragments that are not share links', async () => {
    expect(await decodeFragment('')).toBeUndefined();
    expect(await decodeFragment('#guide')).toBeUndefined();
  });
});
