import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'names the current offer of an old source id',
    plan: planWith(
      line({ offer: 'office-365-business-premium', target: { offer: 'microsoft-365-business-standard' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/offer',
        severity: 'info',
        params: {
          offer: 'office-365-business-premium',
          current: 'microsoft-365-business-standard',
          date: '2020-04-21',
        },
      },
    ],
  },
  {
    name: 'points at an old id used as a target',
    plan: planWith(
      line({ offer: 'microsoft-365-business-basic', target: { offer: 'office-365-business-essentials' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        variant: 'target',
        params: { offer: 'office-365-business-essentials', current: 'microsoft-365-business-basic' },
      },
    ],
  },
  {
    name: 'points at an old id inside a bundle',
    plan: planWith(
      line({ offer: 'office-365-e3', target: { offer: ['office-365-e3', 'office-365-proplus'] } }),
    ),
    expect: [{ pointer: '/subscriptions/0/target/offer/1', variant: 'target' }],
  },
  { name: 'does not fire for current ids', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
