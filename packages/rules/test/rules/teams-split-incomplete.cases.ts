import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const TEAMS = ['microsoft-teams-eea', 'microsoft-teams-enterprise'];

export default [
  {
    name: 'fires for a suite with Teams moved to the same suite without Teams alone',
    plan: planWith(line({ target: { offer: 'office-365-e3-no-teams' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        related: ['/subscriptions/0/offer'],
        params: {
          subscription: 'e3',
          offer: 'office-365-e3',
          target: 'office-365-e3-no-teams',
          quantity: 50,
          teamsSeats: 0,
          teams: TEAMS,
        },
      },
    ],
  },
  {
    name: 'fires for a Business suite moved to its no-Teams version, through an old name',
    plan: planWith(
      line({ offer: 'microsoft-365-business', target: { offer: 'microsoft-365-business-premium-no-teams' } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/offer', params: { offer: 'microsoft-365-business' } }],
  },
  {
    name: 'accepts the suite without Teams plus Teams Enterprise in the same bundle',
    plan: planWith(line({ target: { offer: ['office-365-e3-no-teams', 'microsoft-teams-enterprise'] } })),
    expect: [],
  },
  {
    name: 'accepts Teams licences the tenant keeps for every user',
    plan: planFrom((p) => {
      p.subscriptions = [line({ target: { offer: 'office-365-e3-no-teams' } })];
      p.customer.otherSubscriptions = [{ offer: 'microsoft-teams-enterprise', quantity: 50 }];
    }),
    expect: [],
  },
  {
    name: 'fires when the kept Teams licences cover only some users, and says how many',
    plan: planFrom((p) => {
      p.subscriptions = [line({ target: { offer: 'office-365-e3-no-teams' } })];
      p.customer.otherSubscriptions = [{ offer: 'microsoft-teams-eea', quantity: 20 }];
    }),
    expect: [{ pointer: '/subscriptions/0/target/offer', params: { teamsSeats: 20, quantity: 50 } }],
  },
  {
    name: 'counts Teams bought on a line of its own',
    plan: planWith(
      line({ target: { offer: 'office-365-e3-no-teams' } }),
      line({
        id: 'teams',
        offer: 'microsoft-teams-enterprise',
        target: { offer: 'microsoft-teams-enterprise' },
      }),
    ),
    expect: [],
  },
  {
    name: 'ignores a suite without Teams moved to itself',
    plan: planWith(line({ offer: 'office-365-e3-no-teams', target: { offer: 'office-365-e3-no-teams' } })),
    expect: [],
  },
  {
    name: 'ignores a suite moved to another suite without Teams',
    plan: planWith(line({ target: { offer: 'office-365-e1-no-teams' } })),
    expect: [],
  },
] satisfies RuleCase[];
