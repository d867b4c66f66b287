import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

export default [
  {
    name: 'fires when no request has been sent',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'not-requested', adminAccess: 'none' };
    }),
    expect: [{ pointer: '/relationship/reseller', params: { state: 'not-requested', count: 1 } }],
  },
  {
    name: 'fires while the request waits for acceptance',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
    }),
    expect: [{ pointer: '/relationship/reseller', variant: 'requested', params: { state: 'requested' } }],
  },
  { name: 'does not fire once accepted', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
