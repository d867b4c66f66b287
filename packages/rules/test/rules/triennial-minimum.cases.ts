import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const e3 = (quantity: number, id = 'm365', offer = 'microsoft-365-e3') =>
  line({
    id,
    offer,
    quantity,
    assigned: quantity,
    target: { offer, quantity, term: 'triennial', billing: 'annual' },
  });

export default [
  { name: 'accepts 100 seats on a three-year term', plan: planWith(e3(100)), expect: [] },
  {
    name: 'fires under 100 seats of the offer',
    plan: planWith(e3(99)),
    expect: [
      {
        pointer: '/subscriptions/0/target/quantity',
        related: ['/subscriptions/0/target/term'],
        params: { subscription: 'm365', offer: 'microsoft-365-e3', quantity: 99, min: 100 },
      },
    ],
  },
  {
    name: 'adds up the lines of the same offer',
    plan: planWith(e3(60), e3(40, 'm365-b')),
    expect: [],
  },
  {
    name: 'counts per offer, not per family (E3 and E3 without Teams apart)',
    plan: planWith(e3(60), e3(60, 'm365-nt', 'microsoft-365-e3-no-teams')),
    expect: [
      { pointer: '/subscriptions/0/target/quantity', params: { offer: 'microsoft-365-e3', quantity: 60 } },
      {
        pointer: '/subscriptions/1/target/quantity',
        params: { offer: 'microsoft-365-e3-no-teams', quantity: 60 },
      },
    ],
  },
  {
    name: 'fires for Teams Enterprise too',
    plan: planWith(e3(10, 'teams', 'microsoft-teams-enterprise')),
    expect: [
      { pointer: '/subscriptions/0/target/quantity', params: { offer: 'microsoft-teams-enterprise' } },
    ],
  },
  {
    name: 'ignores annual terms and offers without the minimum',
    plan: planWith(
      line({ quantity: 10, assigned: 10, target: { quantity: 10, term: 'annual' } }),
      e3(10, 'o365', 'office-365-e3'),
    ),
    expect: [],
  },
] satisfies RuleCase[];
