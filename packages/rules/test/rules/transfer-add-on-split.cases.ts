import type { RuleCase } from '../helpers/cases.ts';
import { line, transferLine, transferPlan } from '../helpers/plan.ts';

const addOn = { id: 'audio', offer: 'audio-conferencing', addOnOf: 'e3' } as const;
const addOnTarget = { offer: 'audio-conferencing', quantity: 50 };

const cases: RuleCase[] = [
  {
    name: 'fires when the add-on is transferred without its base',
    plan: transferPlan(
      line({ channel: 'csp', path: 'reprovision' }),
      transferLine({ ...addOn, target: addOnTarget }),
    ),
    expect: [
      {
        pointer: '/subscriptions/1/path',
        related: ['/subscriptions/0/path'],
        params: { subscription: 'audio', base: 'e3' },
      },
    ],
  },
  {
    name: 'fires when the base is transferred and the add-on bought again',
    plan: transferPlan(
      transferLine(),
      line({ ...addOn, channel: 'csp', target: { ...addOnTarget, provisionOn: '2027-03-25' } }),
    ),
    expect: [{ pointer: '/subscriptions/1/path', variant: 'baseTransferred' }],
  },
  {
    name: 'accepts base and add-on in the same transfer',
    plan: transferPlan(transferLine(), transferLine({ ...addOn, target: addOnTarget })),
    expect: [],
  },
  {
    name: 'leaves a missing base to add-on-without-base',
    plan: transferPlan(transferLine({ ...addOn, addOnOf: 'nothing', target: addOnTarget })),
    expect: [],
  },
];

export default cases;
