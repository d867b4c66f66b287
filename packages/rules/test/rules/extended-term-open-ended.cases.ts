import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a CSP extended term without an end date',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'extended-term' })),
    expect: [
      {
        pointer: '/subscriptions/0/endOfTerm',
        related: ['/subscriptions/0/termEnd'],
        params: { from: '2027-04-01', quantity: 50, factor: '1.03', payerId: 'source-partner' },
      },
    ],
  },
  {
    name: 'says the customer pays for a direct purchase',
    plan: planWith(line({ billingAccount: 'mca', endOfTerm: 'extended-term' })),
    // Microsoft's direct page names only the 3 % uplift: no factor for offers without a monthly term.
    expect: [{ pointer: '/subscriptions/0/endOfTerm', variant: 'direct', params: { payerId: 'customer' } }],
  },
  {
    name: 'does not fire with an end date',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'extended-term', extendedUntil: '2027-04-05' })),
    expect: [],
  },
  {
    name: 'does not fire where no extended term is offered (Enterprise Agreement)',
    plan: planWith(line({ channel: 'enterprise-agreement', endOfTerm: 'extended-term' })),
    expect: [],
  },
] satisfies RuleCase[];
