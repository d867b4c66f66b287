import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const gdapUntil = (date: string, plan = planWith(line())) => {
  plan.relationship.gdapExpiresOn = date;
  return plan;
};

export default [
  {
    name: 'fires when GDAP ends the day before the term end',
    plan: gdapUntil('2027-03-30'),
    expect: [
      {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/subscriptions/0/termEnd'],
        params: { date: '2027-03-30', last: '2027-03-31', subscription: 'e3' },
      },
    ],
  },
  { name: 'allows GDAP that lasts until the last step', plan: gdapUntil('2027-03-31'), expect: [] },
  {
    name: 'takes a provisioning in the grace period as the last step',
    plan: gdapUntil('2027-04-05', planWith(line({ target: { provisionOn: '2027-04-10' } }))),
    expect: [{ pointer: '/relationship/gdapExpiresOn', related: ['/subscriptions/0/target/provisionOn'] }],
  },
  {
    name: 'looks at every line',
    plan: gdapUntil(
      '2027-05-01',
      planWith(line(), line({ id: 'e5', termEnd: '2027-06-30', target: { provisionOn: '2027-06-25' } })),
    ),
    expect: [
      {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/subscriptions/1/termEnd'],
        params: { subscription: 'e5' },
      },
    ],
  },
  {
    name: 'allows the longest GDAP: 730 days from acceptance, across 29 February 2028',
    plan: gdapUntil('2029-01-05'),
    expect: [],
  },
  {
    name: 'fires for GDAP longer than GDAP can last',
    plan: gdapUntil('2029-01-06'),
    expect: [
      {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/relationship/acceptedOn'],
        variant: 'tooLong',
        params: { acceptedOn: '2027-01-06', maxDays: 730, latest: '2029-01-05' },
      },
    ],
  },
  {
    name: 'leaves GDAP ending before acceptance to date-order',
    plan: gdapUntil('2027-01-05'),
    expect: [],
  },
  {
    name: 'does not fire when the relationship auto-extends and holds no Global Administrator',
    plan: planFrom((p) => {
      p.relationship.gdapExpiresOn = '2027-03-30';
      p.relationship.gdapAutoExtend = true;
      p.relationship.gdapRoles = ['license-administrator'];
    }),
    expect: [],
  },
  {
    name: 'fires when auto-extend is counted on for a relationship with Global Administrator',
    plan: planFrom((p) => {
      p.relationship.gdapExpiresOn = '2027-03-30';
      p.relationship.gdapAutoExtend = true;
      p.relationship.gdapRoles = ['global-administrator', 'license-administrator'];
    }),
    expect: [
      {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/subscriptions/0/termEnd', '/relationship/gdapAutoExtend', '/relationship/gdapRoles'],
        variant: 'globalAdmin',
        params: { date: '2027-03-30', last: '2027-03-31', subscription: 'e3' },
      },
    ],
  },
  {
    name: 'ignores an end date without GDAP',
    plan: planFrom((p) => {
      p.relationship.adminAccess = 'none';
      p.relationship.gdapExpiresOn = '2027-02-01';
    }),
    expect: [],
  },
] satisfies RuleCase[];
