import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

// Pinned policies: a request expires after 90 days. The base plan's asOf is 2027-01-10.
const requested = (requestedOn: string) =>
  planFrom((p) => {
    p.relationship = { reseller: 'requested', requestedOn, adminAccess: 'gdap', gdapExpiresOn: '2028-01-06' };
  });

export default [
  { name: 'allows a request on its 90th day', plan: requested('2026-10-12'), expect: [] },
  {
    name: 'fires from the 91st day',
    plan: requested('2026-10-11'),
    expect: [
      {
        pointer: '/relationship/requestedOn',
        related: ['/relationship/reseller'],
        params: { date: '2026-10-11', days: 90, lastDay: '2027-01-09' },
      },
    ],
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
