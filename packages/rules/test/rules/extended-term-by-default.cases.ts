import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: CSP terms ending on or after 2026-05-04 get EST, unless bought or renewed before
// 2025-04-01; EST costs the monthly price + 3 % (+23 % without a monthly term).
const csp = (patch: Parameters<typeof line>[0] = {}) => planWith(line({ channel: 'csp', ...patch }));

export default [
  {
    name: 'fires for a CSP source with auto-renew off, even when the target is ready in time',
    plan: csp(),
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        related: ['/subscriptions/0/termEnd'],
        params: {
          termEnd: '2027-03-31',
          from: '2027-04-01',
          quantity: 50,
          factor: '1.03',
          noMonthlyFactor: '1.23',
          payerId: 'source-partner',
        },
      },
    ],
  },
  {
    name: 'counts the paid days up to a target two weeks after the term end',
    plan: csp({ target: { provisionOn: '2027-04-14' } }),
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        variant: 'targetLater',
        related: ['/subscriptions/0/termEnd', '/subscriptions/0/target/provisionOn'],
        params: { date: '2027-04-14', days: 14 },
      },
    ],
  },
  {
    name: 'does not fire for a term ending the day before EST took effect (2026-05-03)',
    plan: csp({ termEnd: '2026-05-03', target: { provisionOn: '2026-04-28' } }),
    expect: [],
  },
  {
    name: 'fires for a term ending on the day EST took effect (2026-05-04)',
    plan: csp({ termEnd: '2026-05-04', target: { provisionOn: '2026-04-28' } }),
    expect: [{ pointer: '/subscriptions/0/endOfTerm', params: { from: '2026-05-05' } }],
  },
  {
    name: 'fires for a term ending the day after (2026-05-05)',
    plan: csp({ termEnd: '2026-05-05', target: { provisionOn: '2026-04-28' } }),
    expect: [{ pointer: '/subscriptions/0/endOfTerm' }],
  },
  {
    name: 'does not fire for a term bought the day before the cut-off (2025-03-31)',
    plan: csp({ termStart: '2025-03-31' }),
    expect: [],
  },
  {
    name: 'fires for a term bought on the cut-off (2025-04-01)',
    plan: csp({ termStart: '2025-04-01' }),
    expect: [{ pointer: '/subscriptions/0/endOfTerm' }],
  },
  {
    name: 'fires for a term bought the day after the cut-off (2025-04-02)',
    plan: csp({ termStart: '2025-04-02' }),
    expect: [{ pointer: '/subscriptions/0/endOfTerm' }],
  },
  { name: 'does not fire for a CSP trial', plan: csp({ trial: true }), expect: [] },
  {
    name: 'does not fire when the source is set to cancel at the end of its term',
    plan: csp({ endOfTerm: 'cancel-at-term-end' }),
    expect: [],
  },
  {
    name: 'does not fire for a direct purchase (no automatic EST there)',
    plan: planWith(line()),
    expect: [],
  },
  { name: 'does not fire for legacy CSP', plan: planWith(line({ channel: 'csp-legacy' })), expect: [] },
] satisfies RuleCase[];
