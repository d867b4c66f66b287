import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith, transferLine, transferPlan } from '../helpers/plan.ts';

const at = { pointer: '/subscriptions/0/path', related: ['/subscriptions/0/channel'] };

const cases: RuleCase[] = [
  {
    name: 'refuses a partner transfer of a direct purchase',
    plan: transferPlan(transferLine({ channel: 'web-direct' })),
    expect: [{ ...at, params: { subscription: 'e3', channel: 'web-direct' } }],
  },
  {
    name: 'refuses a partner transfer from MCA-E and Open',
    plan: transferPlan(transferLine({ channel: 'mca-e' }), transferLine({ id: 'open', channel: 'open' })),
    expect: [
      { ...at, params: { channel: 'mca-e' } },
      { pointer: '/subscriptions/1/path', params: { subscription: 'open', channel: 'open' } },
    ],
  },
  {
    name: 'points an Enterprise Agreement line to the channel transfer',
    plan: transferPlan(transferLine({ channel: 'enterprise-agreement' })),
    expect: [{ ...at, variant: 'enterpriseAgreement' }],
  },
  {
    name: 'explains a legacy CSP line',
    plan: transferPlan(transferLine({ channel: 'csp-legacy' })),
    expect: [{ ...at, variant: 'legacy' }],
  },
  {
    name: 'refuses a channel transfer of anything but an Enterprise Agreement',
    plan: planWith(line({ channel: 'csp', path: 'channel-transfer' })),
    expect: [{ ...at, variant: 'channelTransfer', params: { channel: 'csp' } }],
  },
  { name: 'accepts a new-commerce CSP line', plan: transferPlan(), expect: [] },
  {
    name: 'accepts a channel transfer of an Enterprise Agreement line',
    plan: planWith(line({ channel: 'enterprise-agreement', path: 'channel-transfer' })),
    expect: [],
  },
  { name: 'accepts a re-provision from any channel', plan: planWith(line({ channel: 'open' })), expect: [] },
];

export default cases;
