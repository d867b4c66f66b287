import { describe, expect, it } from 'vitest';
import { entriesToData, fieldId, fieldPointer, stateEntries } from '../../src/components/checker/fields.ts';

describe('fieldPointer: a finding leads to the field it is about', () => {
  it.each([
    ['/customer/country', '/customer/country'],
    ['/partner', '/partner/country'],
    ['/relationship', '/relationship/reseller'],
    ['/relationship/acceptedOn', '/relationship/acceptedOn'],
    ['/relationship/gdapRoles/1', '/relationship/gdapRoles'],
    ['/asOf', '/asOf'],
    ['/subscriptions/3', '/subscriptions/3/offer'],
    ['/subscriptions/0/termEnd', '/subscriptions/0/termEnd'],
    ['/subscriptions/1/target', '/subscriptions/1/target/offer/0'],
    ['/subscriptions/1/target/offer', '/subscriptions/1/target/offer/0'],
    ['/subscriptions/1/target/offer/2', '/subscriptions/1/target/offer/2'],
    ['/subscriptions/1/target/provisionOn', '/subscriptions/1/target/provisionOn'],
    ['/subscriptions/1/target/assignOn', '/subscriptions/1/target/assignOn'],
    ['/subscriptions/0/trial', '/subscriptions/0/trial'],
    ['/customer/otherSubscriptions/2', '/customer/otherSubscriptions/2/offer'],
    ['/customer/otherSubscriptions/2/quantity', '/customer/otherSubscriptions/2/quantity'],
    ['/customer/agreementMethod', '/customer/agreementMethod'],
    ['/partner/model', '/partner/model'],
    ['/transfer/sourcePartner/tenantId', '/transfer/sourcePartner/tenantId'],
    ['/transfer/sourcePartner', '/transfer/sourcePartner/country'],
  ])('%s → %s', (pointer, field) => {
    expect(fieldPointer(pointer)).toBe(field);
  });

  it.each([
    '',
    '/version',
    '/subscriptions',
    '/subscriptions/x',
    '/partner/colour',
    '/subscriptions/0/target/x',
    '/customer/otherSubscriptions',
    '/customer/otherSubscriptions/x',
  ])('%s names no field', (pointer) => {
    expect(fieldPointer(pointer)).toBeUndefined();
  });

  it('ids are valid and distinct', () => {
    expect(fieldId('/subscriptions/1/target/offer/0')).toBe('cm-subscriptions-1-target-offer-0');
    expect(fieldId('/customer/country')).not.toBe(fieldId('/partner/country'));
  });
});

describe('form entries', () => {
  it('a state written as entries and read back is the same state', async () => {
    const { defaultState, newSubscription } = await import('../../src/components/checker/state.ts');
    const { restoreState } = await import('../../src/components/checker/restore.ts');
    const state = defaultState('2027-01-10');
    const second = newSubscription('2027-01-10', ['sub-1']);
    second.target.offer = ['office-365-e3', 'skype-for-business-plus-cal'];
    state.subscriptions.push(second);
    const entries = stateEntries(state);
    expect(entries).toContainEqual(['/subscriptions/1/target/offer/1', 'skype-for-business-plus-cal']);
    expect(entries).toContainEqual(['/customer/agreementAccepted', false]);
    const back = restoreState(entriesToData(entries), '2030-01-01');
    expect(back.dropped).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('skips names that are not plain pointers', () => {
    const data = entriesToData([
      ['/__proto__/polluted', 'x'],
      ['/partner/name', 'Contoso'],
      ['', 'x'],
      ['/constructor/prototype/x', 'y'],
    ]);
    expect(data).toEqual({ partner: { name: 'Contoso' }, constructor: { prototype: { x: 'y' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
