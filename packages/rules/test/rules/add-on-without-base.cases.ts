import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const cal = (patch: Parameters<typeof line>[0] = {}) =>
  line({
    id: 'phone',
    offer: 'microsoft-teams-phone-standard',
    addOnOf: 'e3',
    ...patch,
    target: { offer: 'microsoft-teams-phone-standard', ...patch.target },
  });

export default [
  { name: 'accepts an add-on that moves with its base', plan: planWith(line(), cal()), expect: [] },
  {
    name: 'suggests a line id close to the one written',
    plan: planWith(line(), cal({ addOnOf: 'e5' })),
    expect: [
      {
        pointer: '/subscriptions/1/addOnOf',
        variant: 'suggestion',
        params: { base: 'e5', suggestion: 'e3' },
      },
    ],
  },
  {
    name: 'fires when no line has the id',
    plan: planWith(line(), cal({ addOnOf: 'enterprise-base' })),
    expect: [
      { pointer: '/subscriptions/1/addOnOf', params: { subscription: 'phone', base: 'enterprise-base' } },
    ],
  },
  {
    name: 'fires for a line that names itself',
    plan: planWith(line(), cal({ addOnOf: 'phone' })),
    expect: [{ pointer: '/subscriptions/1/addOnOf', variant: 'self' }],
  },
  {
    name: 'fires for an add-on provisioned before its base',
    plan: planWith(line(), cal({ target: { provisionOn: '2027-03-24' } })),
    expect: [
      {
        pointer: '/subscriptions/1/target/provisionOn',
        variant: 'beforeBase',
        related: ['/subscriptions/1/addOnOf', '/subscriptions/0/target/provisionOn'],
        params: { date: '2027-03-24', baseDate: '2027-03-25' },
      },
    ],
  },
  {
    name: 'allows the add-on on the same day as its base',
    plan: planWith(cal(), line()),
    expect: [],
  },
  { name: 'ignores lines that are not add-ons', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
