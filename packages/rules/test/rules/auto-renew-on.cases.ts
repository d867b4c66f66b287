import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a line that should expire but renews',
    plan: planWith(line({ endOfTerm: 'renew' })),
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        related: ['/subscriptions/0/termEnd'],
        params: { subscription: 'e3', termEnd: '2027-03-31' },
      },
    ],
  },
  {
    name: 'does not fire for a line that is cancelled',
    plan: planWith(
      line({
        endOfTerm: 'cancel',
        cancelOn: '2027-03-30',
        target: { provisionOn: '2027-03-30' },
      }),
    ),
    expect: [],
  },
  { name: 'does not fire with auto-renew off', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
