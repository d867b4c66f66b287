import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: 30 free days for a direct MOSA purchase, a CSP term outside EST, legacy CSP and Open;
// 90 for an Enterprise Agreement; none for other channels. Gaps at the term end of a source under
// extended service terms are cancel-at-term-end-gap's and grace-period-retired's, not this rule's.
const mosa = (termEnd: string, provisionOn: string) =>
  line({ billingAccount: 'mosa', termEnd, target: { provisionOn } });

export default [
  {
    name: 'allows provisioning on the last day of the grace period',
    plan: planWith(mosa('2027-03-31', '2027-04-30')),
    expect: [],
  },
  {
    name: 'fires the day after the grace period ends',
    plan: planWith(mosa('2027-03-31', '2027-05-01')),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/termEnd'],
        params: {
          date: '2027-05-01',
          accessEnds: '2027-04-30',
          gapStart: '2027-05-01',
          graceDays: 30,
          channel: 'web-direct',
          days: 1,
        },
      },
    ],
  },
  {
    name: 'counts the grace period across 29 February in a leap year',
    plan: planWith(mosa('2028-02-29', '2028-03-31')),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2028-03-30' } }],
  },
  {
    name: 'allows the last day of a grace period that starts on 29 February',
    plan: planWith(mosa('2028-02-29', '2028-03-30')),
    expect: [],
  },
  {
    name: 'counts the grace period across February in a common year',
    plan: planWith(mosa('2027-02-28', '2027-03-31')),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-03-30' } }],
  },
  {
    name: 'gives an Enterprise Agreement 90 days',
    plan: planWith(line({ channel: 'enterprise-agreement', target: { provisionOn: '2027-06-29' } })),
    expect: [],
  },
  {
    name: 'fires for an Enterprise Agreement on day 91',
    plan: planWith(line({ channel: 'enterprise-agreement', target: { provisionOn: '2027-06-30' } })),
    expect: [
      { pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-06-29', graceDays: 90 } },
    ],
  },
  {
    name: 'gives another channel no grace period',
    plan: planWith(line({ channel: 'other', target: { provisionOn: '2027-04-01' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        variant: 'noGrace',
        params: { accessEnds: '2027-03-31', graceDays: 0 },
      },
    ],
  },
  {
    name: 'gives a trial no free days',
    plan: planWith(line({ channel: 'csp', trial: true, target: { provisionOn: '2027-04-01' } })),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', variant: 'noGrace' }],
  },
  {
    name: 'keeps 30 days for a CSP term that ends the day before EST took effect',
    plan: planWith(line({ channel: 'csp', termEnd: '2026-05-03', target: { provisionOn: '2026-06-02' } })),
    expect: [],
  },
  {
    name: 'keeps 30 days for a CSP term bought before the cut-off',
    plan: planWith(
      line({
        channel: 'csp',
        termStart: '2024-03-31',
        termEnd: '2027-03-30',
        target: { provisionOn: '2027-05-01' },
      }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-04-29' } }],
  },
  {
    name: 'uses the later licence assignment as the day users have the target',
    plan: planWith(
      line({
        billingAccount: 'mosa',
        target: { provisionOn: '2027-04-20', assignOn: '2027-05-02' },
      }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/assignOn', params: { date: '2027-05-02', days: 2 } }],
  },
  {
    name: 'fires when the extended term ends before the target',
    plan: planWith(
      line({
        channel: 'csp',
        endOfTerm: 'extended-term',
        extendedUntil: '2027-04-10',
        target: { provisionOn: '2027-04-12' },
      }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        variant: 'extendedTerm',
        related: ['/subscriptions/0/extendedUntil'],
        params: { accessEnds: '2027-04-10', gapStart: '2027-04-11', days: 2 },
      },
    ],
  },
  {
    name: 'leaves a cancel-at-term-end gap to its own rule',
    plan: planWith(
      line({ channel: 'csp', endOfTerm: 'cancel-at-term-end', target: { provisionOn: '2027-04-01' } }),
    ),
    expect: [],
  },
  {
    name: 'gives a cancelled subscription no grace period',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-20', target: { provisionOn: '2027-03-21' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/cancelOn'],
        variant: 'cancelled',
        params: { accessEnds: '2027-03-20' },
      },
    ],
  },
  {
    name: 'allows provisioning on the day of cancellation',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-20', target: { provisionOn: '2027-03-20' } }),
    ),
    expect: [],
  },
  {
    name: 'reads the grace days from the policies',
    catalog: catalogWith({ graceDays: { 'web-direct': 10 } }),
    plan: planWith(mosa('2027-03-31', '2027-04-11')),
    expect: [
      { pointer: '/subscriptions/0/target/provisionOn', params: { accessEnds: '2027-04-10', graceDays: 10 } },
    ],
  },
] satisfies RuleCase[];
