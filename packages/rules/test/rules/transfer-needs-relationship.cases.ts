import type { RuleCase } from '../helpers/cases.ts';
import { transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'fires when the reseller relationship is only requested',
    plan: (() => {
      const plan = transferPlan();
      plan.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
      return plan;
    })(),
    expect: [
      {
        pointer: '/relationship/reseller',
        related: ['/subscriptions/0/path'],
        params: { count: 1, source: 'Northwind Cloud' },
      },
    ],
  },
  {
    name: 'fires when the request is dated before the acceptance',
    plan: (() => {
      const plan = transferPlan();
      (plan.transfer as { requestedOn: string }).requestedOn = '2027-01-05';
      return plan;
    })(),
    expect: [
      {
        pointer: '/transfer/requestedOn',
        variant: 'afterRequest',
        related: ['/relationship/acceptedOn'],
        params: { requestedOn: '2027-01-05', acceptedOn: '2027-01-06' },
      },
    ],
  },
  { name: 'accepts a request on the day of the acceptance or later', plan: transferPlan(), expect: [] },
  // One answer per fact (issue 25 item 4): before the request exists, accepting the relationship is
  // an upcoming step (reseller-relationship-missing), not also an error here.
  {
    name: 'does not fire while the relationship is still to be accepted and no request is recorded',
    plan: (() => {
      const plan = transferPlan();
      plan.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
      plan.transfer = { sourcePartner: { name: 'Northwind Cloud', country: 'FR' } };
      return plan;
    })(),
    expect: [],
  },
];

export default cases;
