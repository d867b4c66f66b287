import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom } from '../helpers/plan.ts';

// The agreement is due by the first order, on 2027-03-25.
export default [
  {
    name: 'fires as an error when the agreement is still not accepted after the first order is due',
    plan: planFrom((p) => {
      p.customer.agreementAccepted = false;
    }),
    today: '2027-03-26',
    expect: [
      { pointer: '/customer/agreementAccepted', variant: 'overdue', params: { count: 1, due: '2027-03-25' } },
    ],
  },
  {
    name: 'reports the agreement as an upcoming step while it is not due',
    plan: planFrom((p) => {
      p.customer.agreementAccepted = false;
    }),
    expect: [
      {
        pointer: '/customer/agreementAccepted',
        variant: 'upcoming',
        severity: 'info',
        params: { due: '2027-03-25' },
      },
    ],
  },
  {
    name: 'fires on the customer when the field is left out (it defaults to false)',
    plan: planFrom((p) => {
      // The schema defaults it, but a plan as written may leave it out.
      Reflect.deleteProperty(p.customer, 'agreementAccepted');
    }),
    today: '2027-04-01',
    expect: [{ pointer: '/customer', variant: 'overdue' }],
  },
  {
    name: 'fires as an error, without a due date, when no order is dated',
    plan: planFrom((p) => {
      p.customer.agreementAccepted = false;
      p.subscriptions = [line({ target: { provisionOn: undefined } })];
    }),
    expect: [{ pointer: '/customer/agreementAccepted' }],
  },
  {
    name: 'reports the agreement as upcoming, due by the transfer request, when lines are transferred',
    plan: planFrom((p) => {
      p.customer.agreementAccepted = false;
      p.subscriptions = [line({ path: 'partner-transfer', target: { provisionOn: undefined } })];
    }),
    expect: [
      {
        pointer: '/customer/agreementAccepted',
        variant: 'upcoming',
        severity: 'info',
        params: { due: '2027-02-15' },
      },
    ],
  },
  { name: 'does not fire when accepted', plan: planFrom(() => {}), expect: [] },
  {
    name: 'warns that an acceptance from before 2023-04-01 must be renewed',
    plan: planFrom((p) => {
      p.customer.agreementAcceptedOn = '2023-03-31';
      p.customer.agreementMethod = 'admin-center';
    }),
    expect: [
      {
        pointer: '/customer/agreementAcceptedOn',
        variant: 'reaccept',
        severity: 'warning',
        params: { date: '2023-03-31', before: '2023-04-01' },
      },
    ],
  },
  {
    name: 'accepts an acceptance from 2023-04-01 on',
    plan: planFrom((p) => {
      p.customer.agreementAcceptedOn = '2023-04-01';
    }),
    expect: [],
  },
  {
    name: 'warns when an indirect reseller records partner attestation',
    plan: planFrom((p) => {
      p.partner.model = 'indirect-reseller';
      p.customer.agreementAcceptedOn = '2026-02-01';
      p.customer.agreementMethod = 'partner-attestation';
    }),
    expect: [
      {
        pointer: '/customer/agreementMethod',
        variant: 'resellerAttested',
        severity: 'warning',
        related: ['/partner/model'],
      },
    ],
  },
  {
    name: 'accepts partner attestation by an indirect provider, and direct acceptance by a reseller',
    plan: planFrom((p) => {
      p.partner.model = 'indirect-provider';
      p.customer.agreementMethod = 'partner-attestation';
    }),
    expect: [],
  },
] satisfies RuleCase[];
