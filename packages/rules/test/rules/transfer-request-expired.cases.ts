import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'fires once the pending request is past the policy (30 days pinned)',
    plan: transferPlan(),
    today: '2027-02-07',
    expect: [
      {
        pointer: '/transfer/requestedOn',
        params: { source: 'Northwind Cloud', requestedOn: '2027-01-07', expiresOn: '2027-02-06', days: 30 },
      },
    ],
  },
  {
    name: 'does not fire on the last day of the policy',
    plan: transferPlan(),
    today: '2027-02-06',
    expect: [],
  },
  {
    name: 'reads the expiry from the catalog extension',
    plan: transferPlan(),
    today: '2027-01-20',
    catalog: catalogWith({ transferRequestExpiryDays: 10 }),
    expect: [{ pointer: '/transfer/requestedOn', params: { expiresOn: '2027-01-17', days: 10 } }],
  },
  {
    name: 'does not fire once the request is approved',
    plan: (() => {
      const plan = transferPlan();
      (plan.transfer as { approvedOn: string }).approvedOn = '2027-01-09';
      return plan;
    })(),
    today: '2027-06-01',
    expect: [],
  },
  {
    name: 'does not fire before a request exists',
    plan: (() => {
      const plan = transferPlan();
      delete (plan.transfer as { requestedOn?: string }).requestedOn;
      return plan;
    })(),
    today: '2027-06-01',
    expect: [],
  },
];

export default cases;
