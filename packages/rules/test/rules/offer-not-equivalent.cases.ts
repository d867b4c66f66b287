import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a move down from E3 to E1',
    plan: planWith(line({ target: { offer: 'office-365-e1' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        related: ['/subscriptions/0/offer'],
        variant: 'smaller',
        params: { offer: 'office-365-e3', targets: ['office-365-e1'] },
      },
    ],
  },
  {
    name: 'fires for an unrelated product',
    plan: planWith(line({ target: { offer: 'project-plan-1' } })),
    expect: [{ pointer: '/subscriptions/0/target/offer' }],
  },
  {
    name: 'sees through the 2020 rename trap: old Microsoft 365 Business is today’s Business Premium',
    plan: planWith(
      line({ offer: 'microsoft-365-business', target: { offer: 'microsoft-365-business-standard' } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/offer', variant: 'smaller' }],
  },
  {
    name: 'fires for a bundle that is not a catalogued replacement',
    plan: planWith(line({ target: { offer: ['office-365-e1', 'microsoft-teams-phone-standard'] } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        params: { targets: ['office-365-e1', 'microsoft-teams-phone-standard'] },
      },
    ],
  },
  { name: 'accepts the same offer', plan: planWith(line()), expect: [] },
  {
    name: 'accepts a catalogued bundle replacement (E4 → E3 + Teams Phone Standard)',
    plan: planWith(
      line({
        offer: 'office-365-e4',
        target: { offer: ['office-365-e3', 'microsoft-teams-phone-standard'] },
      }),
    ),
    expect: [],
  },
  {
    name: 'accepts a larger plan that contains the source (E3 → Microsoft 365 E3)',
    plan: planWith(line({ target: { offer: 'microsoft-365-e3' } })),
    expect: [],
  },
  {
    name: 'leaves unknown offers to unknown-offer',
    plan: planWith(line({ target: { offer: 'contoso-suite' } })),
    expect: [],
  },
  {
    name: 'leaves targets that cannot be bought to retired-target-offer',
    plan: planWith(line({ target: { offer: 'office-365-e4' } })),
    expect: [],
  },
] satisfies RuleCase[];
