import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: csp-move recommends cancelling within 30 days of the term end.
const cancelling = (termEnd: string, cancelOn: string) =>
  planWith(
    line({ channel: 'csp', termEnd, endOfTerm: 'cancel', cancelOn, target: { provisionOn: cancelOn } }),
  );

export default [
  {
    name: 'allows cancelling exactly 30 days before the term end',
    plan: cancelling('2027-03-31', '2027-03-01'),
    expect: [],
  },
  {
    name: 'fires 31 days before the term end',
    plan: cancelling('2027-03-31', '2027-02-28'),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        related: ['/subscriptions/0/termEnd'],
        params: { date: '2027-02-28', termEnd: '2027-03-31', days: 31, window: 30 },
      },
    ],
  },
  {
    name: 'counts 29 February in a leap year (30 days)',
    plan: cancelling('2028-03-30', '2028-02-29'),
    expect: [],
  },
  {
    name: 'counts 29 February in a leap year (31 days)',
    plan: cancelling('2028-03-30', '2028-02-28'),
    expect: [{ pointer: '/subscriptions/0/cancelOn', params: { days: 31 } }],
  },
  {
    name: 'reads the window from the policies',
    catalog: catalogWith({ earlyCancellationWindowDays: 60 }),
    plan: cancelling('2027-03-31', '2027-02-28'),
    expect: [],
  },
  { name: 'ignores lines that expire', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
