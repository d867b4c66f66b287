import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const biz = (id: string, offer: string, quantity: number, target = offer) =>
  line({ id, offer, quantity, assigned: quantity, target: { offer: target, quantity } });

export default [
  {
    name: 'accepts 300 seats across the family',
    plan: planWith(
      biz('bp', 'microsoft-365-business-premium', 250),
      biz('bs', 'microsoft-365-business-standard', 50),
    ),
    expect: [],
  },
  {
    name: 'fires when the family together goes over 300, not each plan',
    plan: planWith(
      biz('bp', 'microsoft-365-business-premium', 250),
      biz('bs', 'microsoft-365-business-standard', 51),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/quantity',
        related: ['/subscriptions/1/target/quantity'],
        params: {
          total: 301,
          cap: 300,
          offers: ['microsoft-365-business-premium', 'microsoft-365-business-standard'],
        },
      },
    ],
  },
  {
    name: 'counts no-Teams versions, Apps for business and the licences the tenant keeps',
    plan: planFrom((p) => {
      p.subscriptions = [
        biz('bb', 'microsoft-365-business-basic', 200, 'microsoft-365-business-basic-no-teams'),
      ];
      p.customer.otherSubscriptions = [{ offer: 'microsoft-365-apps-for-business', quantity: 101 }];
    }),
    expect: [{ pointer: '/subscriptions/0/target/quantity', params: { total: 301 } }],
  },
  {
    name: 'does not count Enterprise plans',
    plan: planWith(
      biz('bp', 'microsoft-365-business-premium', 300),
      line({ quantity: 500, target: { quantity: 500 } }),
    ),
    expect: [],
  },
  {
    name: 'reads the cap from the policies',
    plan: planWith(biz('bp', 'microsoft-365-business-premium', 250)),
    catalog: catalogWith({ businessFamilyCap: 200 }),
    expect: [{ pointer: '/subscriptions/0/target/quantity', params: { total: 250, cap: 200 } }],
  },
] satisfies RuleCase[];
