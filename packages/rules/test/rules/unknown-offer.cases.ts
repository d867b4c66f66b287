import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'suggests the closest catalog id for a mistyped source',
    plan: planWith(line({ offer: 'office-365-e33' })),
    expect: [
      {
        pointer: '/subscriptions/0/offer',
        variant: 'suggestion',
        params: { offer: 'office-365-e33', suggestion: 'office-365-e3' },
      },
    ],
  },
  {
    name: 'fires without a suggestion when nothing is close',
    plan: planWith(line({ offer: 'contoso-special-plan' })),
    expect: [{ pointer: '/subscriptions/0/offer', params: { offer: 'contoso-special-plan' } }],
  },
  {
    name: 'points at a single target offer',
    plan: planWith(line({ target: { offer: 'offce-365-e5' } })),
    expect: [
      {
        pointer: '/subscriptions/0/target/offer',
        variant: 'targetSuggestion',
        params: { offer: 'offce-365-e5', suggestion: 'office-365-e5' },
      },
    ],
  },
  {
    name: 'points at the item of a bundle',
    plan: planWith(line({ target: { offer: ['office-365-e3', 'skype-plus-cal'] } })),
    expect: [
      { pointer: '/subscriptions/0/target/offer/1', variant: 'target', params: { offer: 'skype-plus-cal' } },
    ],
  },
  {
    name: 'reports source and target of one line separately',
    plan: planWith(line({ offer: 'contoso-a', target: { offer: 'contoso-b' } })),
    expect: [
      { pointer: '/subscriptions/0/offer' },
      { pointer: '/subscriptions/0/target/offer', variant: 'target' },
    ],
  },
  {
    name: 'knows old ids kept for renamed offers',
    plan: planWith(
      line({ offer: 'office-365-business-premium', target: { offer: 'microsoft-365-business-standard' } }),
    ),
    expect: [],
  },
  { name: 'does not fire for catalog ids', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
