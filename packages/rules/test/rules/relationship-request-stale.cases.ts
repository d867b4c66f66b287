import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

// Pinned policies: a GDAP request expires after 90 days. The base plan's asOf is 2027-01-10.
const requested = (requestedOn: string, adminAccess: 'none' | 'gdap' | 'dap' = 'none') =>
  planFrom((p) => {
    p.relationship = { reseller: 'requested', requestedOn, adminAccess };
  });

export default [
  { name: 'is quiet on the 90th day', plan: requested('2026-10-12'), expect: [] },
  {
    name: 'says from the 91st day that a GDAP request sent with it has lapsed',
    plan: requested('2026-10-11'),
    expect: [
      {
        pointer: '/relationship/requestedOn',
        related: ['/relationship/reseller', '/relationship/adminAccess'],
        params: { date: '2026-10-11', days: 90, lastDay: '2027-01-09' },
      },
    ],
  },
  // Regression: the rule used to say the reseller invitation itself expires, which Microsoft does not
  // document. With GDAP already granted nothing sent with the invitation is waiting, however old it is.
  {
    name: 'does not claim the reseller invitation expired',
    plan: requested('2025-01-01', 'gdap'),
    expect: [],
  },
  {
    name: 'uses the evaluation date given instead of asOf',
    plan: requested('2026-10-12'),
    today: '2027-01-11',
    expect: [{ pointer: '/relationship/requestedOn', params: { lastDay: '2027-01-10' } }],
  },
  {
    name: 'counts 29 February in a leap year (last day)',
    plan: requested('2027-12-01'),
    today: '2028-02-29',
    expect: [],
  },
  {
    name: 'counts 29 February in a leap year (day after)',
    plan: requested('2027-12-01'),
    today: '2028-03-01',
    expect: [{ pointer: '/relationship/requestedOn', params: { lastDay: '2028-02-29' } }],
  },
  {
    name: 'ignores an accepted relationship',
    plan: planFrom((p) => {
      p.relationship.requestedOn = '2025-01-01';
      p.relationship.acceptedOn = '2025-01-02';
    }),
    expect: [],
  },
  {
    name: 'needs a request date',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', adminAccess: 'none' };
    }),
    expect: [],
  },
] satisfies RuleCase[];
