import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith, transferLine, transferPlan } from '../helpers/plan.ts';

const cases: RuleCase[] = [
  {
    name: 'fires for a legacy CSP line in 2027',
    plan: planWith(line({ channel: 'csp-legacy' })),
    expect: [{ pointer: '/subscriptions/0/channel', params: { subscription: 'e3', today: '2027-01-10' } }],
  },
  {
    name: 'does not fire while migrations were still running (2025)',
    plan: planWith(line({ channel: 'csp-legacy' })),
    today: '2025-06-30',
    expect: [],
  },
  {
    name: 'leaves a legacy line planned as a transfer to transfer-channel-unsupported',
    plan: transferPlan(transferLine({ channel: 'csp-legacy' })),
    expect: [],
  },
  {
    name: 'is quiet for new commerce',
    plan: planWith(line({ channel: 'csp', path: 'reprovision' })),
    expect: [],
  },
];

export default cases;
