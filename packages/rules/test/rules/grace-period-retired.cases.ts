import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: a direct MCA (or MCA-E) term ending on or after 2026-02-09 has no free Expired state.
const direct = (patch: Parameters<typeof line>[0] = {}) =>
  planWith(line({ target: { provisionOn: '2027-04-14' }, ...patch }));

export default [
  {
    name: 'fires for a direct purchase whose target starts two weeks after the term end',
    plan: direct(),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/endOfTerm', '/subscriptions/0/termEnd'],
        params: {
          channel: 'web-direct',
          termEnd: '2027-03-31',
          date: '2027-04-14',
          since: '2026-02-09',
          gapStart: '2027-04-01',
          days: 14,
        },
      },
    ],
  },
  {
    name: 'says nothing was assumed when the billing account is given',
    plan: direct({ billingAccount: 'mca' }),
    expect: [
      { pointer: '/subscriptions/0/target/provisionOn', params: { assumed: { en: '', 'zh-TW': '' } } },
    ],
  },
  { name: 'does not fire for a MOSA billing account', plan: direct({ billingAccount: 'mosa' }), expect: [] },
  {
    name: 'does not fire for a term ending the day before 2026-02-09',
    plan: direct({ termEnd: '2026-02-08', target: { provisionOn: '2026-02-20' } }),
    expect: [],
  },
  {
    name: 'fires for a term ending on 2026-02-09',
    plan: direct({ termEnd: '2026-02-09', target: { provisionOn: '2026-02-20' } }),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 11 } }],
  },
  {
    name: 'fires for a term ending the day after (2026-02-10)',
    plan: direct({ termEnd: '2026-02-10', target: { provisionOn: '2026-02-20' } }),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 10 } }],
  },
  {
    name: 'fires for MCA-E',
    plan: direct({ channel: 'mca-e' }),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { channel: 'mca-e' } }],
  },
  {
    name: 'does not fire when the target is ready on the term end',
    plan: direct({ target: { provisionOn: '2027-03-31' } }),
    expect: [],
  },
  {
    name: 'does not fire for a CSP source (it pays for EST instead)',
    plan: direct({ channel: 'csp' }),
    expect: [],
  },
] satisfies RuleCase[];
