import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a line that renews while its target is provisioned',
    plan: planWith(line({ endOfTerm: 'renew' })),
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        related: ['/subscriptions/0/termEnd', '/subscriptions/0/target/provisionOn'],
        params: { subscription: 'e3', termEnd: '2027-03-31', date: '2027-03-25' },
      },
    ],
  },
  {
    name: 'does not fire for a partner transfer, which keeps the subscription',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'renew', path: 'partner-transfer' })),
    expect: [],
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
  {
    name: 'does not fire for a line set to cancel at the end of its term',
    plan: planWith(line({ endOfTerm: 'cancel-at-term-end' })),
    expect: [],
  },
  { name: 'does not fire with auto-renew off', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
