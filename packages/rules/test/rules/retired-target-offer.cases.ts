import { createCatalog, extendCatalogData } from '../../src/catalog/index.ts';
import type { RuleCase } from '../helpers/cases.ts';
import { catalog } from '../helpers/catalog.ts';
import { line, planWith } from '../helpers/plan.ts';

// A retired offer with no replacement: the built-in catalog happens to have none.
const withOrphan = createCatalog(
  extendCatalogData(catalog.data, {
    offers: [
      {
        id: 'contoso-legacy-suite',
        names: [{ en: 'Contoso Legacy Suite', 'zh-TW': 'Contoso 舊版套件' }],
        kind: 'suite',
        status: 'retired',
        statusDate: '2019-06-30',
        source: { title: 'test', url: 'https://example.com/' },
        asOf: '2026-11-01',
      },
    ],
  }),
);

export default [
  {
    name: 'fires for a retired target and names its replacement',
    plan: planWith(line({ target: { offer: 'office-365-e4' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        variant: 'withReplacement',
        params: { offer: 'office-365-e4', date: '2017-04-07', replacement: ['office-365-e5'] },
      },
    ],
  },
  {
    name: 'fires for a legacy offer at end of sale',
    plan: planWith(
      line({
        offer: 'microsoft-teams-domestic-calling-plan-zone-1',
        target: { offer: 'microsoft-teams-domestic-calling-plan-for-us-and-canada' },
      }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        variant: 'endOfSaleWithReplacement',
        params: { date: '2022-03-10', replacement: ['microsoft-teams-domestic-calling-plan-zone-1'] },
      },
    ],
  },
  {
    name: 'fires for an offer at end of sale with no replacement',
    plan: planWith(line({ target: { offer: 'office-365-small-business' } })),
    expect: [
      { pointer: '/subscriptions/0/target/offer', variant: 'endOfSale', params: { date: '2014-10-01' } },
    ],
  },
  {
    name: 'fires for a retired offer with no replacement',
    catalog: withOrphan,
    plan: planWith(line({ target: { offer: 'contoso-legacy-suite' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        params: { offer: 'contoso-legacy-suite', date: '2019-06-30' },
      },
    ],
  },
  {
    name: 'points at the item of a bundle',
    plan: planWith(line({ target: { offer: ['office-365-e3', 'office-365-e4'] } })),
    expect: [{ pointer: '/subscriptions/0/target/offer/1', variant: 'withReplacement' }],
  },
  {
    name: 'leaves a retired source moved to itself to retired-offer-no-equivalent',
    plan: planWith(line({ offer: 'office-365-e4', target: { offer: 'office-365-e4' } })),
    expect: [],
  },
  { name: 'does not fire for an offer on sale', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
