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
      p.subscriptions = [line({ path: 'partner-transfer', target: { provisionOn: undefined } })];
    }),
    expect: [{ pointer: '/customer/agreementAccepted' }],
  },
  { name: 'does not fire when accepted', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
