import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for Office 365 E4 moved to itself, naming the first replacement',
    plan: planWith(line({ offer: 'office-365-e4', target: { offer: 'office-365-e4' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        related: ['/subscriptions/0/offer'],
        params: { offer: 'office-365-e4', date: '2017-04-07', replacement: ['office-365-e5'] },
      },
    ],
  },
  {
    name: 'fires for an end-of-sale legacy offer moved to itself',
    plan: planWith(
      line({
        offer: 'microsoft-teams-domestic-calling-plan-for-us-and-canada',
        target: { offer: 'microsoft-teams-domestic-calling-plan-for-us-and-canada' },
      }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        params: { replacement: ['microsoft-teams-domestic-calling-plan-zone-1'] },
      },
    ],
  },
  {
    name: 'says so when the catalog lists no replacement',
    plan: planWith(
      line({ offer: 'office-365-small-business', target: { offer: 'office-365-small-business' } }),
    ),
    expect: [
      { pointer: '/subscriptions/0/target/offer', variant: 'noReplacement', params: { date: '2014-10-01' } },
    ],
  },
  {
    name: 'does not fire when the retired source moves to a replacement',
    plan: planWith(line({ offer: 'office-365-e4', target: { offer: 'office-365-e5' } })),
    expect: [],
  },
  { name: 'does not fire for an active source', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
