import type { RuleCase } from '../helpers/cases.ts';
import { planFrom } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for a German partner and a Taiwanese tenant',
    plan: planFrom((p) => {
      p.customer.country = 'TW';
    }),
    expect: [
      {
        pointer: '/customer/country',
        related: ['/partner/country'],
        params: {
          customerCountry: 'TW',
          customerRegion: 'taiwan',
          partnerCountry: 'DE',
          partnerRegion: 'europe',
        },
      },
    ],
  },
  {
    name: 'follows the source table where it surprises (South Africa is not in the Africa region)',
    plan: planFrom((p) => {
      p.partner.country = 'KE';
      p.customer.country = 'ZA';
    }),
    expect: [
      {
        pointer: '/customer/country',
        params: { customerRegion: 'middle-east-europe', partnerRegion: 'africa' },
      },
    ],
  },
  {
    name: 'puts Guam in the United States region',
    plan: planFrom((p) => {
      p.partner.country = 'US';
      p.customer.country = 'GU';
    }),
    expect: [],
  },
  {
    name: 'leaves unknown countries to unknown-market',
    plan: planFrom((p) => {
      p.customer.country = 'XX';
    }),
    expect: [],
  },
  {
    name: 'does not fire inside one region (Norway and Switzerland are in Europe)',
    plan: planFrom((p) => {
      p.partner.country = 'NO';
      p.customer.country = 'CH';
    }),
    expect: [],
  },
] satisfies RuleCase[];
