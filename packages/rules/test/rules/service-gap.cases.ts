import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: 30 grace days for web-direct and csp, none for volume licensing.
export default [
  {
    name: 'allows provisioning on the last day of the grace period',
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-04-30' } })),
    expect: [],
  },
  {
    name: 'fires the day after the grace period ends',
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-05-01' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/termEnd'],
        params: {
          date: '2027-05-01',
          accessEnds: '2027-04-30',
          gapStart: '2027-05-01',
          graceDays: 30,
          channel: 'web-direct',
          days: 1,
        },
      },
    ],
  },
  {
    name: 'counts the grace period across 29 February in a leap year',
    plan: planWith(line({ termEnd: '2028-02-29', target: { provisionOn: '2028-03-31' } })),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2028-03-30' } }],
  },
  {
    name: 'allows the last day of a grace period that starts on 29 February',
    plan: planWith(line({ termEnd: '2028-02-29', target: { provisionOn: '2028-03-30' } })),
    expect: [],
  },
  {
    name: 'counts the grace period across February in a common year',
    plan: planWith(line({ termEnd: '2027-02-28', target: { provisionOn: '2027-03-31' } })),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-03-30' } }],
  },
  {
    name: 'gives volume licensing no grace period',
    plan: planWith(line({ channel: 'enterprise-agreement', target: { provisionOn: '2027-04-01' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        variant: 'noGrace',
        params: { accessEnds: '2027-03-31', graceDays: 0 },
      },
    ],
  },
  {
    name: 'allows volume licensing to switch on the last day of the term',
    plan: planWith(line({ channel: 'open', target: { provisionOn: '2027-03-31' } })),
    expect: [],
  },
  {
    name: 'gives a cancelled subscription no grace period',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-20', target: { provisionOn: '2027-03-21' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/cancelOn'],
        variant: 'cancelled',
        params: { accessEnds: '2027-03-20' },
      },
    ],
  },
  {
    name: 'allows provisioning on the day of cancellation',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-20', target: { provisionOn: '2027-03-20' } }),
    ),
    expect: [],
  },
  {
    name: 'reads the grace days from the policies',
    catalog: catalogWith({ graceDays: { 'web-direct': 10 } }),
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-04-11' } })),
    expect: [
      { pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-04-10', graceDays: 10 } },
    ],
  },
] satisfies RuleCase[];
