import type { RuleCase } from '../helpers/cases.ts';
import { planFrom, planWith, transferLine, transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'fires for a current partner in Taiwan and a partner in Germany',
    plan: (() => {
      const plan = transferPlan();
      (plan.transfer as { sourcePartner: { country: string } }).sourcePartner.country = 'TW';
      return plan;
    })(),
    expect: [
      {
        pointer: '/transfer/sourcePartner/country',
        related: ['/partner/country'],
        params: {
          sourceCountry: 'TW',
          sourceRegion: 'taiwan',
          partnerCountry: 'DE',
          partnerRegion: 'europe',
        },
      },
    ],
  },
  { name: 'does not fire inside one region (France and Germany)', plan: transferPlan(), expect: [] },
  {
    name: 'warns when no transfer section names the current partner',
    plan: planWith(transferLine(), transferLine({ id: 'e5', offer: 'office-365-e5' })),
    expect: [
      {
        pointer: '/subscriptions/0/path',
        variant: 'noSourcePartner',
        severity: 'warning',
        params: { count: 2 },
      },
    ],
  },
  {
    name: 'does not judge a plan without partner-transfer lines',
    plan: planFrom((p) => {
      p.transfer = { sourcePartner: { name: 'Far Away Ltd', country: 'JP' } };
    }),
    expect: [],
  },
  {
    name: 'leaves an unknown country of the current partner alone',
    plan: (() => {
      const plan = transferPlan();
      (plan.transfer as { sourcePartner: { country: string } }).sourcePartner.country = 'XX';
      return plan;
    })(),
    expect: [],
  },
];

export default cases;
