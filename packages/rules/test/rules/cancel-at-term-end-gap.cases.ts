import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const cancelAtEnd = (patch: Parameters<typeof line>[0] = {}) =>
  planWith(line({ channel: 'csp', endOfTerm: 'cancel-at-term-end', ...patch }));

export default [
  {
    name: 'fires when the target starts the day after the term end',
    plan: cancelAtEnd({ target: { provisionOn: '2027-04-01' } }),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/endOfTerm', '/subscriptions/0/termEnd'],
        params: { termEnd: '2027-03-31', date: '2027-04-01', gapStart: '2027-04-01', days: 1 },
      },
    ],
  },
  {
    name: 'allows the target on the last day of the term',
    plan: cancelAtEnd({ target: { provisionOn: '2027-03-31' } }),
    expect: [],
  },
  {
    name: 'fires when licences are only assigned after the term end',
    plan: cancelAtEnd({ target: { provisionOn: '2027-03-25', assignOn: '2027-04-03' } }),
    expect: [{ pointer: '/subscriptions/0/target/assignOn', params: { days: 3 } }],
  },
  {
    name: 'fires for a direct MCA purchase set to end at its term end',
    plan: planWith(
      line({ billingAccount: 'mca', endOfTerm: 'cancel-at-term-end', target: { provisionOn: '2027-04-14' } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 14 } }],
  },
  {
    name: 'does not fire for a CSP term that ended before EST took effect (free grace)',
    plan: cancelAtEnd({ termEnd: '2026-05-03', target: { provisionOn: '2026-05-10' } }),
    expect: [],
  },
  {
    name: 'fires for a CSP term ending on 2026-05-04',
    plan: cancelAtEnd({ termEnd: '2026-05-04', target: { provisionOn: '2026-05-10' } }),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 6 } }],
  },
  {
    name: 'does not fire for a direct term that ended before 2026-02-09 (free grace)',
    plan: planWith(
      line({ endOfTerm: 'cancel-at-term-end', termEnd: '2026-02-08', target: { provisionOn: '2026-02-20' } }),
    ),
    expect: [],
  },
  {
    name: 'fires for a direct term ending on 2026-02-09',
    plan: planWith(
      line({ endOfTerm: 'cancel-at-term-end', termEnd: '2026-02-09', target: { provisionOn: '2026-02-20' } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 11 } }],
  },
] satisfies RuleCase[];
