import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const business = (quantity: number) =>
  line({
    id: 'bp',
    offer: 'microsoft-365-business-premium',
    quantity,
    assigned: quantity,
    target: { offer: 'microsoft-365-business-premium', quantity },
  });
const copilotBusiness = (quantity: number, term?: 'monthly' | 'annual' | 'triennial', id = 'copilot') =>
  line({
    id,
    offer: 'microsoft-365-copilot-business',
    quantity,
    assigned: quantity,
    target: { offer: 'microsoft-365-copilot-business', quantity, ...(term ? { term } : {}) },
  });

export default [
  { name: 'accepts 300 seats on an annual term', plan: planWith(copilotBusiness(300, 'annual')), expect: [] },
  {
    name: 'fires over 300 seats per tenant',
    plan: planWith(copilotBusiness(301)),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        params: { subscription: 'copilot', addOn: 'microsoft-365-copilot-business', total: 301, cap: 300 },
      },
    ],
  },
  {
    name: 'adds up every line and the licences the tenant keeps',
    plan: planFrom((p) => {
      p.subscriptions = [copilotBusiness(150), copilotBusiness(100, undefined, 'copilot-2')];
      p.customer.otherSubscriptions = [{ offer: 'microsoft-365-copilot-business', quantity: 60 }];
    }),
    expect: [
      { pointer: '/subscriptions/0/target/offer', params: { total: 310 } },
      { pointer: '/subscriptions/1/target/offer', params: { total: 310 } },
    ],
  },
  {
    name: 'fires for a monthly term, and names the terms it is sold on',
    plan: planWith(business(10), copilotBusiness(10, 'monthly')),
    expect: [
      {
        pointer: '/subscriptions/1/target/term',
        variant: 'term',
        related: ['/subscriptions/1/target/offer'],
        params: {
          term: { en: 'monthly (P1M)', 'zh-TW': '月約（P1M）' },
          terms: { en: 'annual (P1Y)', 'zh-TW': '年約（P1Y）' },
        },
      },
    ],
  },
  {
    name: 'leaves a term it is not told alone',
    plan: planWith(business(10), copilotBusiness(10)),
    expect: [],
  },
  {
    name: 'ignores Microsoft 365 Copilot, which has neither cap nor term rule',
    plan: planWith(
      line({ quantity: 500, assigned: 500, target: { quantity: 500 } }),
      line({
        id: 'copilot',
        offer: 'microsoft-365-copilot',
        quantity: 500,
        target: { offer: 'microsoft-365-copilot', quantity: 500, term: 'monthly' },
      }),
    ),
    expect: [],
  },
] satisfies RuleCase[];
