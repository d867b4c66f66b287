import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a customer country in no CSP region',
    plan: planFrom((p) => {
      p.customer.country = 'XX';
    }),
    expect: [{ pointer: '/customer/country', params: { code: 'XX' } }],
  },
  {
    name: 'suggests the ISO code for a common mistake (UK → GB)',
    plan: planFrom((p) => {
      p.customer.country = 'UK';
    }),
    expect: [
      { pointer: '/customer/country', variant: 'suggestion', params: { code: 'UK', suggestion: 'GB' } },
    ],
  },
  {
    name: 'names a market that has left the CSP regions',
    plan: planFrom((p) => {
      p.customer.country = 'RU';
    }),
    expect: [{ pointer: '/customer/country', variant: 'former', params: { code: 'RU' } }],
  },
  {
    name: "checks the partner's country too",
    plan: planFrom((p) => {
      p.partner.country = 'QQ';
    }),
    expect: [{ pointer: '/partner/country' }],
  },
  {
    name: "accepts Partner Center's own code for Kosovo",
    plan: planFrom((p) => {
      p.partner.country = 'RS';
      p.customer.country = 'XK';
    }),
    expect: [],
  },
  { name: 'does not fire for markets in a region', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
