import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const copilot = (quantity: number, offer = 'microsoft-365-copilot') =>
  line({ id: 'copilot', offer, quantity, assigned: quantity, target: { offer, quantity } });

const BUSINESS_BASES = [
  'microsoft-365-business-basic',
  'microsoft-365-business-standard',
  'microsoft-365-business-premium',
  'microsoft-365-business-basic-no-teams',
  'microsoft-365-business-standard-no-teams',
  'microsoft-365-business-premium-no-teams',
];

export default [
  {
    name: 'accepts Copilot for no more users than hold a base plan',
    plan: planWith(line(), copilot(50)),
    expect: [],
  },
  {
    name: 'fires when Copilot is planned for more users than hold a base plan',
    plan: planWith(line(), copilot(60)),
    expect: [
      { pointer: '/subscriptions/1/target/offer', params: { subscription: 'copilot', needed: 60, have: 50 } },
    ],
  },
  {
    name: 'fires for Copilot with no base at all, on the bundle item',
    plan: planWith(
      line({ offer: 'power-bi-pro', target: { offer: ['power-bi-pro', 'microsoft-365-copilot'] } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/offer/1', params: { needed: 50, have: 0 } }],
  },
  {
    name: 'counts a base in the same bundle',
    plan: planWith(line({ target: { offer: ['office-365-e3', 'microsoft-365-copilot'] } })),
    expect: [],
  },
  {
    name: 'counts base plans the tenant keeps outside the plan',
    plan: planFrom((p) => {
      p.subscriptions = [copilot(30)];
      p.customer.otherSubscriptions = [{ offer: 'microsoft-365-business-premium', quantity: 30 }];
    }),
    expect: [],
  },
  {
    name: 'counts a plan that contains a base (Microsoft 365 E3 contains Office 365 E3)',
    plan: planWith(line({ target: { offer: 'microsoft-365-e3' } }), copilot(50)),
    expect: [],
  },
  {
    name: 'counts a base under its old name (Office 365 Business Premium is Business Standard)',
    plan: planFrom((p) => {
      p.subscriptions = [copilot(10)];
      p.customer.otherSubscriptions = [{ offer: 'office-365-business-premium', quantity: 10 }];
    }),
    expect: [],
  },
  {
    name: 'does not count a plan that is not a base (EMS E3)',
    plan: planFrom((p) => {
      p.subscriptions = [copilot(10)];
      p.customer.otherSubscriptions = [{ offer: 'enterprise-mobility-security-e3', quantity: 10 }];
    }),
    expect: [{ pointer: '/subscriptions/0/target/offer', params: { have: 0 } }],
  },
  {
    name: 'fires for Copilot Business on an Enterprise base, naming the Business plans',
    plan: planWith(line(), copilot(20, 'microsoft-365-copilot-business')),
    expect: [
      {
        pointer: '/subscriptions/1/target/offer',
        params: { addOn: 'microsoft-365-copilot-business', needed: 20, have: 0, bases: BUSINESS_BASES },
      },
    ],
  },
  {
    name: 'accepts Copilot Business on Business Premium without Teams',
    plan: planWith(
      line({
        offer: 'microsoft-365-business-premium',
        target: { offer: ['microsoft-365-business-premium-no-teams', 'microsoft-teams-enterprise'] },
      }),
      copilot(50, 'microsoft-365-copilot-business'),
    ),
    expect: [],
  },
] satisfies RuleCase[];
