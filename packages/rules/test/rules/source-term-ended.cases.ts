import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith, transferLine, transferPlan } from '../helpers/plan.ts';

// The line's term ends on 2027-03-31; the plan is judged on 2027-04-02 unless a case says otherwise.
const after = '2027-04-02';
const at = { pointer: '/subscriptions/0/termEnd', related: ['/subscriptions/0/endOfTerm'] };

export default [
  {
    name: 'fires once the term has ended: users lost access on a term end set to cancel',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'cancel-at-term-end' })),
    today: after,
    expect: [{ ...at, params: { subscription: 'e3', termEnd: '2027-03-31', today: after } }],
  },
  {
    name: 'says a CSP source with auto-renew off runs on a paid extended term since the day after',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'auto-renew-off' })),
    today: after,
    expect: [{ ...at, variant: 'extendedTerm', params: { from: '2027-04-01' } }],
  },
  {
    name: 'gives the end of an extended term the plan dates',
    plan: planWith(line({ channel: 'csp', endOfTerm: 'extended-term', extendedUntil: '2027-04-10' })),
    today: after,
    expect: [{ ...at, variant: 'extendedTermUntil', params: { from: '2027-04-01', until: '2027-04-10' } }],
  },
  {
    name: 'gives the last free day where the old grace period still applies',
    plan: planWith(line({ channel: 'csp', termEnd: '2026-03-31', target: { provisionOn: '2026-03-25' } })),
    today: '2026-04-02',
    expect: [{ ...at, variant: 'grace', params: { termEnd: '2026-03-31', until: '2026-04-30' } }],
  },
  {
    name: 'says a source without a target that renews has started a new term',
    plan: planWith(line({ endOfTerm: 'renew', target: { provisionOn: undefined } })),
    today: after,
    expect: [{ ...at, variant: 'renewed', params: { from: '2027-04-01' } }],
  },
  {
    name: 'does not fire on the last day of the term',
    plan: planWith(line()),
    today: '2027-03-31',
    expect: [],
  },
  {
    name: 'leaves a renewal that a target replaces to auto-renew-on',
    plan: planWith(line({ endOfTerm: 'renew' })),
    today: after,
    expect: [],
  },
  {
    name: 'does not fire for a source cancelled before its term end',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-30', target: { provisionOn: '2027-03-30' } }),
    ),
    today: after,
    expect: [],
  },
  {
    name: 'does not fire for a transferred subscription, which goes on with the partner',
    plan: transferPlan(transferLine()),
    today: after,
    expect: [],
  },
] satisfies RuleCase[];
