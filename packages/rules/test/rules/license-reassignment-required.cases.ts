import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a move up to a plan that contains the source',
    plan: planWith(line({ offer: 'office-365-e1', target: { offer: 'office-365-e3' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        related: ['/subscriptions/0/offer'],
        variant: 'superset',
        params: { offer: 'office-365-e1', targets: ['office-365-e3'], kind: 'superset' },
      },
    ],
  },
  {
    name: 'fires for an equivalent bundle',
    plan: planWith(
      line({
        offer: 'office-365-e4',
        target: { offer: ['office-365-e3', 'microsoft-teams-phone-standard'] },
      }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/offer', params: { kind: 'equivalent' } }],
  },
  {
    name: 'does not fire for a renamed offer (same product)',
    plan: planWith(
      line({ offer: 'office-365-business-premium', target: { offer: 'microsoft-365-business-standard' } }),
    ),
    expect: [],
  },
  { name: 'does not fire for the same offer', plan: planWith(line()), expect: [] },
  {
    name: 'leaves a move down to offer-not-equivalent',
    plan: planWith(line({ target: { offer: 'office-365-e1' } })),
    expect: [],
  },
] satisfies RuleCase[];
