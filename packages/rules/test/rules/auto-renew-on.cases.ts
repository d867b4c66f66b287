import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires as an error when auto-renew is still on after the term end',
    plan: planWith(line({ endOfTerm: 'renew' })),
    today: '2027-04-01',
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        variant: 'overdue',
        severity: 'error',
        related: ['/subscriptions/0/termEnd', '/subscriptions/0/target/provisionOn'],
        params: { subscription: 'e3', termEnd: '2027-03-31', date: '2027-03-25', due: '2027-03-31' },
      },
    ],
  },
  {
    name: 'reports turning auto-renew off as an upcoming step until the term end',
    plan: planWith(line({ endOfTerm: 'renew' })),
    today: '2027-03-31',
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        severity: 'info',
        params: { subscription: 'e3', due: '2027-03-31' },
      },
    ],
  },
  {
    name: 'asks to turn auto-renew off where extended service terms do not apply (Enterprise Agreement)',
    plan: planWith(line({ channel: 'enterprise-agreement', endOfTerm: 'renew' })),
    today: '2027-03-31',
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        severity: 'info',
        params: { subscription: 'e3', due: '2027-03-31' },
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
  {
    name: 'does not fire for a line transferred from another partner, which should keep renewing',
    plan: planWith(
      line({ endOfTerm: 'renew', path: 'partner-transfer', target: { provisionOn: undefined } }),
    ),
    expect: [],
  },
  { name: 'does not fire with auto-renew off', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
