import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

// The built-in catalog's asOf is 2026-12-01: six months later is 2027-06-01.
const plan = planFrom(() => {});

export default [
  { name: 'is quiet up to six months after the catalog date', plan, today: '2027-06-01', expect: [] },
  {
    name: 'says the catalog may be out of date the day after',
    plan,
    today: '2027-06-02',
    expect: [
      {
        pointer: '/asOf',
        severity: 'info',
        params: { today: '2027-06-02', asOf: '2026-12-01', months: 6 },
      },
    ],
  },
  {
    name: 'points at the version when the plan has no date',
    plan: planFrom((p) => {
      Reflect.deleteProperty(p, 'asOf');
    }),
    today: '2030-01-01',
    expect: [{ pointer: '/version' }],
  },
] satisfies RuleCase[];
