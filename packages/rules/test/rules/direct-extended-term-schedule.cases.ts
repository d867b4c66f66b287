import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const directEst = planWith(
  line({ billingAccount: 'mca', endOfTerm: 'extended-term', extendedUntil: '2027-04-05' }),
);

export default [
  {
    name: 'reminds to schedule the extended term before the term end',
    plan: directEst,
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        related: ['/subscriptions/0/termEnd'],
        params: { subscription: 'e3', termEnd: '2027-03-31' },
      },
    ],
  },
  {
    name: 'still reminds on the last day of the term',
    plan: directEst,
    today: '2027-03-31',
    expect: [{ pointer: '/subscriptions/0/endOfTerm', variant: undefined }],
  },
  {
    name: 'asks to check it was scheduled once the term has ended',
    plan: directEst,
    today: '2027-04-01',
    expect: [{ pointer: '/subscriptions/0/endOfTerm', variant: 'afterTermEnd', severity: 'warning' }],
  },
  {
    name: 'fires for MCA-E',
    plan: planWith(line({ channel: 'mca-e', endOfTerm: 'extended-term', extendedUntil: '2027-04-05' })),
    expect: [{ pointer: '/subscriptions/0/endOfTerm' }],
  },
  {
    name: 'does not fire for CSP (the partner sets it in Partner Center)',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'extended-term', extendedUntil: '2027-04-05' })),
    expect: [],
  },
  {
    name: 'does not fire for a MOSA billing account (no extended term)',
    plan: planWith(line({ billingAccount: 'mosa', endOfTerm: 'extended-term' })),
    expect: [],
  },
] satisfies RuleCase[];
