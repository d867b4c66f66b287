import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

const withDap = planFrom((p) => {
  p.relationship = {
    reseller: 'accepted',
    requestedOn: '2027-01-04',
    acceptedOn: '2027-01-06',
    adminAccess: 'dap',
  };
});

export default [
  {
    name: 'fires for DAP after DAP stopped being granted',
    plan: withDap,
    expect: [{ pointer: '/relationship/adminAccess', params: { date: '2023-10-09' } }],
  },
  {
    name: 'fires on the day DAP stops (boundary)',
    plan: withDap,
    today: '2023-10-09',
    expect: [{ pointer: '/relationship/adminAccess', variant: undefined }],
  },
  {
    name: 'warns ahead of the end date',
    plan: withDap,
    today: '2023-10-08',
    expect: [{ pointer: '/relationship/adminAccess', variant: 'ending' }],
  },
  { name: 'does not fire for GDAP', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
