import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'is an error when fewer licences than are assigned',
    plan: planWith(line({ quantity: 50, assigned: 48, target: { quantity: 40 } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/quantity',
        severity: 'error',
        related: ['/subscriptions/0/assigned'],
        params: { quantity: 40, assigned: 48, missing: 8 },
      },
    ],
  },
  {
    name: 'is a warning when every assigned user is covered but the source has more',
    plan: planWith(line({ quantity: 50, assigned: 48, target: { quantity: 48 } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/quantity',
        severity: 'warning',
        variant: 'belowSource',
        related: ['/subscriptions/0/quantity'],
        params: { quantity: 48, sourceQuantity: 50, missing: 2 },
      },
    ],
  },
  {
    name: 'compares with the source quantity when assigned is not given',
    plan: planWith(line({ quantity: 50, assigned: undefined, target: { quantity: 49 } })),
    expect: [{ pointer: '/subscriptions/0/target/quantity', severity: 'warning', variant: 'belowSource' }],
  },
  {
    name: 'is an error for one missing licence (boundary)',
    plan: planWith(line({ quantity: 10, assigned: 10, target: { quantity: 9 } })),
    expect: [{ pointer: '/subscriptions/0/target/quantity', severity: 'error', params: { missing: 1 } }],
  },
  { name: 'does not fire for the same quantity', plan: planWith(line()), expect: [] },
  {
    name: 'does not fire for more licences than before',
    plan: planWith(line({ target: { quantity: 60 } })),
    expect: [],
  },
] satisfies RuleCase[];
