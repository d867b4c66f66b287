import type { RuleCase } from '../helpers/cases.ts';
import { planFrom, transferLine, transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'fires for an indirect reseller that transfers',
    plan: (() => {
      const plan = transferPlan(transferLine(), transferLine({ id: 'e5', offer: 'office-365-e5' }));
      plan.partner.model = 'indirect-reseller';
      return plan;
    })(),
    expect: [
      {
        pointer: '/partner/model',
        related: ['/subscriptions/0/path', '/subscriptions/1/path'],
        params: { partner: 'Contoso IT Services', count: 2 },
      },
    ],
  },
  {
    name: 'accepts an indirect provider',
    plan: (() => {
      const plan = transferPlan();
      plan.partner.model = 'indirect-provider';
      return plan;
    })(),
    expect: [],
  },
  {
    name: 'accepts an indirect reseller that re-provisions',
    plan: planFrom((p) => {
      p.partner.model = 'indirect-reseller';
    }),
    expect: [],
  },
];

export default cases;
