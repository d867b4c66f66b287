import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires on the second line with an id',
    plan: planWith(line(), line({ offer: 'office-365-e5', target: { offer: 'office-365-e5' } })),
    expect: [
      { pointer: '/subscriptions/1/id', related: ['/subscriptions/0/id'], params: { id: 'e3', first: 1 } },
    ],
  },
  {
    name: 'relates every later duplicate to the first line',
    plan: planWith(line({ id: 'a' }), line({ id: 'b' }), line({ id: 'a' }), line({ id: 'a' })),
    expect: [
      { pointer: '/subscriptions/2/id', related: ['/subscriptions/0/id'] },
      { pointer: '/subscriptions/3/id', related: ['/subscriptions/0/id'] },
    ],
  },
  { name: 'does not fire for unique ids', plan: planWith(line({ id: 'a' }), line({ id: 'b' })), expect: [] },
] satisfies RuleCase[];
