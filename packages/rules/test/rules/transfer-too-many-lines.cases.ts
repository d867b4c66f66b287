import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { transferLine, transferPlan } from '../helpers/plan.ts';

const lines = (n: number) => Array.from({ length: n }, (_, i) => transferLine({ id: `line-${i}` }));

const cases: RuleCase[] = [
  {
    name: 'fires at 26 lines, pointing at the first one over the limit',
    plan: transferPlan(...lines(26)),
    expect: [{ pointer: '/subscriptions/25/path', related: ['/transfer'], params: { count: 26, limit: 25 } }],
  },
  { name: 'accepts 25 lines', plan: transferPlan(...lines(25)), expect: [] },
  {
    name: 'reads the limit from the catalog extension',
    plan: transferPlan(...lines(3)),
    catalog: catalogWith({ transferMaxLineItems: 2 }),
    expect: [{ pointer: '/subscriptions/2/path', params: { count: 3, limit: 2 } }],
  },
];

export default cases;
