import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a target provisioned the day before acceptance',
    plan: planWith(line({ target: { provisionOn: '2027-01-05' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/relationship/acceptedOn'],
        params: { subscription: 'e3', date: '2027-01-05', acceptedOn: '2027-01-06' },
      },
    ],
  },
  {
    name: 'allows provisioning on the day of acceptance',
    plan: planWith(line({ target: { provisionOn: '2027-01-06' } })),
    expect: [],
  },
  {
    name: 'points at the line that is too early',
    plan: planWith(
      line(),
      line({
        id: 'e5',
        offer: 'office-365-e5',
        target: { offer: 'office-365-e5', provisionOn: '2026-12-31' },
      }),
    ),
    expect: [{ pointer: '/subscriptions/1/target/provisionOn' }],
  },
  {
    name: 'leaves a relationship that is not accepted to reseller-relationship-missing',
    plan: planFrom((p) => {
      p.relationship = {
        reseller: 'requested',
        requestedOn: '2027-01-04',
        acceptedOn: '2027-03-30',
        adminAccess: 'gdap',
      };
    }),
    expect: [],
  },
] satisfies RuleCase[];
