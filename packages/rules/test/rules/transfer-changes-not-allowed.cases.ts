import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith, transferLine, transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'refuses a partial quantity',
    plan: transferPlan(transferLine({ target: { quantity: 40 } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/quantity',
        related: ['/subscriptions/0/quantity'],
        params: { subscription: 'e3', quantity: 40, sourceQuantity: 50 },
      },
    ],
  },
  {
    name: 'refuses another offer, term and billing in one line, field by field',
    plan: transferPlan(
      transferLine({
        billing: 'monthly',
        target: { offer: 'microsoft-365-e3', term: 'monthly', billing: 'annual' },
      }),
    ),
    expect: [
      { pointer: '/subscriptions/0/target/offer', variant: 'offer', params: { offer: 'office-365-e3' } },
      {
        pointer: '/subscriptions/0/target/term',
        variant: 'term',
        params: { term: { en: 'one-year', 'zh-TW': '一年' } },
      },
      {
        pointer: '/subscriptions/0/target/billing',
        variant: 'billing',
        related: ['/subscriptions/0/billing'],
      },
    ],
  },
  {
    name: 'does not guess a term or billing the plan leaves out',
    plan: transferPlan(transferLine({ term: undefined, target: { billing: 'monthly' } })),
    expect: [{ pointer: '/subscriptions/0/target/billing', variant: 'billing' }],
  },
  { name: 'accepts the whole subscription unchanged', plan: transferPlan(), expect: [] },
  {
    name: 'leaves re-provisioned lines to the other rules',
    plan: planWith(line({ channel: 'csp', path: 'reprovision', target: { quantity: 48 } })),
    expect: [],
  },
];

export default cases;
