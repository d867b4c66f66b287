import type { Subscription } from '../../src/plan/schema.ts';
import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// Pinned policies: 150 duplicated subscriptions at most, 300 per tenant.
const lines = (overlapping: number, later = 0): Subscription[] => [
  ...Array.from({ length: overlapping }, (_, i) =>
    line({ id: `o${i}`, quantity: 1, assigned: 1, target: { quantity: 1 } }),
  ),
  // Provisioned in the grace period, after the source ended: no duplicate.
  ...Array.from({ length: later }, (_, i) =>
    line({
      id: `l${i}`,
      quantity: 1,
      assigned: 1,
      billingAccount: 'mosa',
      target: { quantity: 1, provisionOn: '2027-04-01' },
    }),
  ),
];

export default [
  { name: 'allows 150 overlapping subscriptions', plan: planWith(...lines(150)), expect: [] },
  {
    name: 'fires for 151, which also passes the tenant maximum',
    plan: planWith(...lines(151)),
    expect: [
      {
        pointer: '/subscriptions',
        variant: 'tenantLimit',
        params: { count: 151, sources: 151, total: 302, limit: 300, threshold: 150 },
      },
    ],
  },
  {
    name: 'counts a target provisioned on the last day of the source as overlapping',
    plan: planWith(
      ...lines(150),
      line({ id: 'edge', quantity: 1, assigned: 1, target: { quantity: 1, provisionOn: '2027-03-31' } }),
    ),
    expect: [{ pointer: '/subscriptions', variant: 'tenantLimit', params: { count: 151 } }],
  },
  {
    name: 'does not count targets provisioned after the source ends',
    plan: planWith(...lines(150, 20)),
    expect: [],
  },
  {
    name: 'counts a CSP source that runs on into a paid extended term after its term end',
    plan: planWith(
      ...lines(150),
      line({
        id: 'est',
        channel: 'csp',
        quantity: 1,
        assigned: 1,
        target: { quantity: 1, provisionOn: '2027-04-14' },
      }),
    ),
    expect: [{ pointer: '/subscriptions', variant: 'tenantLimit', params: { count: 151 } }],
  },
  {
    name: 'uses the duplication threshold from the policies',
    catalog: catalogWith({ duplicationThreshold: 100 }),
    plan: planWith(...lines(101)),
    expect: [{ pointer: '/subscriptions', variant: undefined, params: { count: 101, threshold: 100 } }],
  },
] satisfies RuleCase[];
