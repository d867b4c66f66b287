import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: csp-move recommends provisioning within 30 days of the source end; new-commerce
// subscriptions can be cancelled within 7 days.
export default [
  {
    name: 'allows a target 30 days before the term end',
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-03-01' } })),
    expect: [],
  },
  {
    name: 'fires 31 days before the term end',
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-02-28' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/termEnd'],
        params: {
          date: '2027-02-28',
          sourceEnds: '2027-03-31',
          days: 31,
          window: 30,
          cancellationWindowDays: 7,
        },
      },
    ],
  },
  {
    name: 'measures from the cancellation date of a cancelled source',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-20', target: { provisionOn: '2027-02-17' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/cancelOn'],
        params: { sourceEnds: '2027-03-20', days: 31 },
      },
    ],
  },
  {
    name: 'counts 29 February in a leap year (30 days)',
    plan: planWith(line({ termEnd: '2028-03-30', target: { provisionOn: '2028-02-29' } })),
    expect: [],
  },
  {
    name: 'counts 29 February in a leap year (31 days)',
    plan: planWith(line({ termEnd: '2028-03-30', target: { provisionOn: '2028-02-28' } })),
    expect: [{ pointer: '/subscriptions/0/target/provisionOn', params: { days: 31 } }],
  },
  {
    name: 'measures to the end of a paid extended term',
    plan: planWith(
      line({
        channel: 'csp',
        endOfTerm: 'extended-term',
        extendedUntil: '2027-04-30',
        target: { provisionOn: '2027-03-25' },
      }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/subscriptions/0/extendedUntil'],
        params: { sourceEnds: '2027-04-30', days: 36 },
      },
    ],
  },
  {
    name: 'leaves an extended term without an end to extended-term-open-ended',
    plan: planWith(
      line({ channel: 'csp', endOfTerm: 'extended-term', target: { provisionOn: '2027-01-20' } }),
    ),
    expect: [],
  },
  {
    name: 'reads the window from the policies',
    catalog: catalogWith({ earlyCancellationWindowDays: 45 }),
    plan: planWith(line({ termEnd: '2027-03-31', target: { provisionOn: '2027-02-28' } })),
    expect: [],
  },
] satisfies RuleCase[];
