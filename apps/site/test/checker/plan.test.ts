import { isCalendarDate } from '@csp-move/rules/dates';
import { planSchema } from '@csp-move/rules/plan';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { readForm } from '../../src/components/checker/plan.ts';
import {
  type CheckerState,
  defaultState,
  exampleState,
  newSubscription,
} from '../../src/components/checker/state.ts';

const ajv = new Ajv({ allErrors: true, strict: false, formats: { date: isCalendarDate } });
const validatePlan = ajv.compile(planSchema);

const TODAY = '2027-01-10';

/** A complete form: the example a partner can load, with its own two names. */
function complete(edit: (state: CheckerState) => void = () => {}): CheckerState {
  const state = exampleState(TODAY, 'en');
  state.partner.name = 'Contoso IT Services';
  state.customer.name = 'Fabrikam GmbH';
  edit(state);
  return state;
}

describe('readForm: a complete form becomes a plan the schema accepts', () => {
  it('the example with names', () => {
    const { plan, problems } = readForm(complete());
    expect(problems).toEqual([]);
    expect(validatePlan(plan)).toBe(true);
    expect(plan?.asOf).toBe(TODAY);
    expect(plan?.subscriptions[0]?.target.offer).toBe('microsoft-365-business-standard');
  });

  it('a form with every optional field', () => {
    const { plan, problems } = readForm(
      complete((s) => {
        s.partner.partnerId = '4512345';
        s.partner.model = 'direct-bill';
        s.customer.tenantId = '3f2b6c1e-8a4d-4b7e-9c2a-1d5e6f7a8b9c';
        s.customer.domain = 'fabrikam.onmicrosoft.com';
        s.customer.agreementAccepted = true;
        s.customer.agreementAcceptedOn = '2026-11-20';
        s.customer.agreementMethod = 'admin-center';
        s.customer.otherSubscriptions = [{ offer: 'microsoft-teams-enterprise', quantity: ' 25 ' }];
        s.relationship = {
          reseller: 'accepted',
          requestedOn: '2026-12-01',
          acceptedOn: '2026-12-03',
          adminAccess: 'gdap',
          gdapExpiresOn: '2028-12-03',
          gdapAutoExtend: true,
          gdapRoles: 'license-administrator, service-support-administrator',
        };
        const first = s.subscriptions[0] as CheckerState['subscriptions'][number];
        first.trial = true;
        Object.assign(first.target, { assignOn: '2027-01-20', term: 'triennial', billing: 'monthly' });
        const addOn = newSubscription(TODAY, ['sub-1']);
        addOn.addOnOf = 'sub-1';
        addOn.endOfTerm = 'cancel';
        addOn.cancelOn = '2027-02-01';
        addOn.assigned = '8';
        addOn.target.offer = ['office-365-e3', 'skype-for-business-plus-cal'];
        s.subscriptions.push(addOn);
      }),
    );
    expect(problems).toEqual([]);
    expect(validatePlan(plan)).toBe(true);
    expect(plan?.relationship.gdapRoles).toEqual(['license-administrator', 'service-support-administrator']);
    expect(plan?.partner.model).toBe('direct-bill');
    expect(plan?.customer).toMatchObject({
      agreementAcceptedOn: '2026-11-20',
      agreementMethod: 'admin-center',
      otherSubscriptions: [{ offer: 'microsoft-teams-enterprise', quantity: 25 }],
    });
    expect(plan?.relationship.gdapAutoExtend).toBe(true);
    expect(plan?.subscriptions[0]).toMatchObject({
      trial: true,
      target: { assignOn: '2027-01-20', term: 'triennial', billing: 'monthly' },
    });
    expect(plan?.subscriptions[1]).toMatchObject({
      id: 'sub-2',
      assigned: 8,
      cancelOn: '2027-02-01',
      addOnOf: 'sub-1',
      target: { offer: ['office-365-e3', 'skype-for-business-plus-cal'] },
    });
  });

  it('leaves out what the form hides: cancel date of an expiring line, dates of an unsent request, GDAP details', () => {
    const { plan } = readForm(
      complete((s) => {
        s.relationship.requestedOn = '2026-12-01';
        s.relationship.acceptedOn = '2026-12-03';
        s.relationship.adminAccess = 'none';
        s.relationship.gdapExpiresOn = '2028-12-03';
        s.relationship.gdapRoles = 'license-administrator';
        s.relationship.gdapAutoExtend = true;
        s.customer.agreementAccepted = false;
        s.customer.agreementAcceptedOn = '2026-11-20';
        s.customer.agreementMethod = 'partner-attestation';
        const line = s.subscriptions[0] as CheckerState['subscriptions'][number];
        line.cancelOn = '2027-02-01';
      }),
    );
    expect(plan?.relationship).toEqual({ reseller: 'not-requested', adminAccess: 'none' });
    expect(plan?.subscriptions[0]).not.toHaveProperty('cancelOn');
    expect(plan?.customer).not.toHaveProperty('agreementAcceptedOn');
    expect(plan?.customer).not.toHaveProperty('agreementMethod');
    // Nothing kept, no trial, no target term: the plan does not say so either.
    expect(plan?.customer).not.toHaveProperty('otherSubscriptions');
    expect(plan?.subscriptions[0]).not.toHaveProperty('trial');
    expect(plan?.subscriptions[0]?.target).not.toHaveProperty('term');
  });

  it('keeps keys in the order of the plan file', () => {
    const { plan } = readForm(complete());
    expect(Object.keys(plan ?? {})).toEqual([
      'version',
      'asOf',
      'partner',
      'customer',
      'relationship',
      'subscriptions',
    ]);
    expect(Object.keys(plan?.subscriptions[0] ?? {})).toEqual([
      'id',
      'offer',
      'quantity',
      'channel',
      'billingAccount',
      'term',
      'billing',
      'termEnd',
      'endOfTerm',
      'target',
    ]);
  });
});

describe('readForm: what can mean only one thing is taken so', () => {
  it('a tenant id in braces, full-width digits, GDAP roles as Partner Center names them', () => {
    const { plan, problems } = readForm(
      complete((s) => {
        s.customer.tenantId = '{3F2B6C1E-8A4D-4B7E-9C2A-1D5E6F7A8B9C}';
        s.partner.partnerId = '１２３４５６７';
        s.relationship.gdapRoles =
          'License Administrator, user-administrator helpdesk-administrator、Global Reader';
        Object.assign(s.subscriptions[0] ?? {}, { quantity: '２５', id: 'ｓｕｂ－１' });
      }),
    );
    expect(problems).toEqual([]);
    expect(plan?.customer.tenantId).toBe('3F2B6C1E-8A4D-4B7E-9C2A-1D5E6F7A8B9C');
    expect(plan?.partner.partnerId).toBe('1234567');
    expect(plan?.relationship.gdapRoles).toEqual([
      'license-administrator',
      'user-administrator',
      'helpdesk-administrator',
      'global-reader',
    ]);
    expect(plan?.subscriptions[0]?.quantity).toBe(25);
    expect(plan?.subscriptions[0]?.id).toBe('sub-1');
  });

  it('what could mean more than one thing is not guessed', () => {
    const { problems } = readForm(
      complete((s) => {
        Object.assign(s.subscriptions[0] ?? {}, { id: 'SUB-1' });
        s.customer.tenantId = '{3f2b6c1e-8a4d-4b7e-9c2a}';
      }),
    );
    expect(problems).toEqual([
      { code: 'format', pointer: '/customer/tenantId' },
      { code: 'format', pointer: '/subscriptions/0/id' },
    ]);
  });
});

describe('readForm: problems carry a code and the pointer of their field', () => {
  it('a subscription the tenant keeps needs an offer id and at least one licence', () => {
    const { plan, problems } = readForm(
      complete((s) => {
        s.customer.otherSubscriptions = [
          { offer: '', quantity: '5' },
          { offer: 'Teams Enterprise', quantity: '0' },
        ];
      }),
    );
    expect(plan).toBeUndefined();
    expect(problems).toEqual([
      { code: 'required', pointer: '/customer/otherSubscriptions/0/offer' },
      { code: 'format', pointer: '/customer/otherSubscriptions/1/offer' },
      {
        code: 'range',
        pointer: '/customer/otherSubscriptions/1/quantity',
        params: { min: 1, max: 1_000_000 },
      },
    ]);
  });

  const cases: [string, (s: CheckerState) => void, { code: string; pointer: string }[]][] = [
    [
      'empty names',
      (s) => Object.assign(s.partner, { name: ' ' }),
      [{ code: 'required', pointer: '/partner/name' }],
    ],
    [
      'a quantity that is not a whole number',
      (s) => Object.assign(s.subscriptions[0] ?? {}, { quantity: '12.5' }),
      [{ code: 'whole-number', pointer: '/subscriptions/0/quantity' }],
    ],
    [
      'a zero target quantity',
      (s) => Object.assign(s.subscriptions[0]?.target ?? {}, { quantity: '0' }),
      [{ code: 'range', pointer: '/subscriptions/0/target/quantity' }],
    ],
    [
      'an impossible date',
      (s) => Object.assign(s.subscriptions[0] ?? {}, { termEnd: '2027-02-30' }),
      [{ code: 'date', pointer: '/subscriptions/0/termEnd' }],
    ],
    [
      'a cancelled line without a date',
      (s) => Object.assign(s.subscriptions[0] ?? {}, { endOfTerm: 'cancel', cancelOn: '' }),
      [{ code: 'required', pointer: '/subscriptions/0/cancelOn' }],
    ],
    [
      'an accepted relationship without its date',
      (s) => Object.assign(s.relationship, { reseller: 'accepted' }),
      [{ code: 'required', pointer: '/relationship/acceptedOn' }],
    ],
    [
      'a tenant id that is not a GUID',
      (s) => Object.assign(s.customer, { tenantId: 'fabrikam' }),
      [{ code: 'format', pointer: '/customer/tenantId' }],
    ],
    [
      'a line id with capitals',
      (s) => Object.assign(s.subscriptions[0] ?? {}, { id: 'E3' }),
      [{ code: 'format', pointer: '/subscriptions/0/id' }],
    ],
    [
      'an offer given by its name',
      (s) => Object.assign(s.subscriptions[0] ?? {}, { offer: 'Office 365 E3' }),
      [{ code: 'format', pointer: '/subscriptions/0/offer' }],
    ],
    [
      'the same offer twice in a bundle',
      (s) => Object.assign(s.subscriptions[0]?.target ?? {}, { offer: ['office-365-e3', 'office-365-e3'] }),
      [{ code: 'repeated', pointer: '/subscriptions/0/target/offer/1' }],
    ],
    [
      'a GDAP role in the wrong form',
      (s) => Object.assign(s.relationship, { gdapRoles: 'Admin #1' }),
      [{ code: 'format', pointer: '/relationship/gdapRoles' }],
    ],
    [
      'no subscription',
      (s) => Object.assign(s, { subscriptions: [] }),
      [{ code: 'required', pointer: '/subscriptions' }],
    ],
  ];

  it.each(cases)('%s', (_, edit, expected) => {
    const { plan, problems } = readForm(complete(edit));
    expect(plan).toBeUndefined();
    expect(problems.map(({ code, pointer }) => ({ code, pointer }))).toEqual(expected);
  });

  it('the empty form a partner starts from answers no question for the partner, choices included', () => {
    const { plan, problems } = readForm(defaultState(TODAY));
    expect(plan).toBeUndefined();
    expect(problems.every((p) => p.code === 'required')).toBe(true);
    expect(problems.map((p) => p.pointer)).toEqual([
      '/partner/name',
      '/partner/country',
      '/customer/name',
      '/customer/country',
      '/relationship/reseller',
      '/relationship/adminAccess',
      '/subscriptions/0/offer',
      '/subscriptions/0/quantity',
      '/subscriptions/0/channel',
      '/subscriptions/0/termEnd',
      '/subscriptions/0/endOfTerm',
      '/subscriptions/0/target/quantity',
      '/subscriptions/0/target/provisionOn',
      '/subscriptions/0/target/offer/0',
    ]);
  });
});
