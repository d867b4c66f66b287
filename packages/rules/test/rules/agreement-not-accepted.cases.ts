import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

export default [
  {
    name: 'fires when the agreement is marked as not accepted',
    plan: planFrom((p) => {
      p.customer.agreementAccepted = false;
    }),
    expect: [{ pointer: '/customer/agreementAccepted', params: { count: 1 } }],
  },
  {
    name: 'fires on the customer when the field is left out (it defaults to false)',
    plan: planFrom((p) => {
      // The schema defaults it, but a plan as written may leave it out.
      Reflect.deleteProperty(p.customer, 'agreementAccepted');
    }),
    expect: [{ pointer: '/customer' }],
  },
  { name: 'does not fire when accepted', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
