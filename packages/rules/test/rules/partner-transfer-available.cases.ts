import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith, transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'counts the seats paid twice for a CSP line bought again',
    // Provisioned on 2027-03-25, source paid to 2027-03-31: 7 days, 50 seats on both.
    plan: planWith(line({ channel: 'csp' })),
    expect: [
      {
        pointer: '/subscriptions/0/channel',
        related: ['/subscriptions/0/target/provisionOn', '/subscriptions/0/termEnd'],
        params: {
          subscription: 'e3',
          seats: 50,
          days: 7,
          seatDays: 350,
          date: '2027-03-25',
          sourceEnds: '2027-03-31',
        },
      },
    ],
  },
  {
    name: 'counts only the seats both subscriptions have',
    plan: planWith(line({ channel: 'csp', target: { quantity: 60 } })),
    expect: [{ pointer: '/subscriptions/0/channel', params: { seats: 50, seatDays: 350 } }],
  },
  {
    name: 'still recommends it when the target starts after the term (no overlap to count)',
    plan: planWith(line({ channel: 'csp', target: { provisionOn: '2027-04-02' } })),
    expect: [{ pointer: '/subscriptions/0/channel', variant: 'noOverlap' }],
  },
  {
    name: 'respects a re-provision written on purpose',
    plan: planWith(line({ channel: 'csp', path: 'reprovision' })),
    expect: [],
  },
  {
    name: 'does not recommend it when the current partner is in another region',
    plan: planFrom((p) => {
      p.subscriptions = [line({ channel: 'csp' })];
      p.transfer = { sourcePartner: { name: 'Far Away KK', country: 'JP' } };
    }),
    expect: [],
  },
  { name: 'is quiet for a direct purchase', plan: planWith(line()), expect: [] },
  {
    name: 'is quiet for a line that moves to another offer (a transfer keeps the offer)',
    plan: planWith(line({ channel: 'csp', target: { offer: 'microsoft-365-e3' } })),
    expect: [],
  },
  { name: 'is quiet for a line already transferred', plan: transferPlan(), expect: [] },
];

export default cases;
