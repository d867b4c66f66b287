import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'mentions the channel transfer for an agreement line with no path',
    plan: planWith(line({ channel: 'enterprise-agreement' })),
    expect: [{ pointer: '/subscriptions/0/channel', params: { subscription: 'e3' } }],
  },
  {
    name: 'respects a re-provision written on purpose',
    plan: planWith(line({ channel: 'enterprise-agreement', path: 'reprovision' })),
    expect: [],
  },
  {
    name: 'is quiet when the channel transfer is planned',
    plan: planWith(line({ channel: 'enterprise-agreement', path: 'channel-transfer' })),
    expect: [],
  },
  { name: 'is quiet for other channels', plan: planWith(line({ channel: 'open' })), expect: [] },
];

export default cases;
