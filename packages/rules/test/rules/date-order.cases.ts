import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

export default [
  {
    name: 'fires for an acceptance before the request',
    plan: planFrom((p) => {
      p.relationship.requestedOn = '2027-01-07';
    }),
    expect: [
      {
        pointer: '/relationship/acceptedOn',
        related: ['/relationship/requestedOn'],
        params: { date: '2027-01-06', other: '2027-01-07' },
      },
    ],
  },
  {
    name: 'allows acceptance on the day of the request',
    plan: planFrom((p) => {
      p.relationship.requestedOn = '2027-01-06';
    }),
    expect: [],
  },
  {
    name: 'fires for a cancellation after the term end',
    plan: planWith(line({ endOfTerm: 'cancel', termEnd: '2027-03-31', cancelOn: '2027-04-01' })),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        related: ['/subscriptions/0/termEnd'],
        variant: 'cancelAfterTermEnd',
        params: { subscription: 'e3', date: '2027-04-01', other: '2027-03-31' },
      },
    ],
  },
  {
    name: 'knows 29 February 2028 comes after 28 February',
    plan: planWith(
      line({
        endOfTerm: 'cancel',
        termEnd: '2028-02-28',
        cancelOn: '2028-02-29',
        target: { provisionOn: '2028-02-20' },
      }),
    ),
    expect: [{ pointer: '/subscriptions/0/cancelOn', variant: 'cancelAfterTermEnd' }],
  },
  {
    name: 'allows cancelling on the last day of the term',
    plan: planWith(
      line({
        endOfTerm: 'cancel',
        termEnd: '2028-02-29',
        cancelOn: '2028-02-29',
        target: { provisionOn: '2028-02-20' },
      }),
    ),
    expect: [],
  },
  {
    name: 'ignores a cancel date on a line that expires',
    plan: planWith(line({ endOfTerm: 'auto-renew-off', cancelOn: '2027-05-01' })),
    expect: [],
  },
  {
    name: 'fires for GDAP that ends before the relationship is accepted',
    plan: planFrom((p) => {
      p.relationship.gdapExpiresOn = '2027-01-05';
    }),
    expect: [
      {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/relationship/acceptedOn'],
        variant: 'gdapBeforeAcceptance',
      },
    ],
  },
  {
    name: 'fires for provisioning before the request is sent',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-03-26', adminAccess: 'gdap' };
    }),
    expect: [
      {
        pointer: '/subscriptions/0/target/provisionOn',
        related: ['/relationship/requestedOn'],
        variant: 'provisionBeforeRequest',
        params: { date: '2027-03-25', other: '2027-03-26' },
      },
    ],
  },
  {
    name: 'leaves provisioning before an accepted relationship to provision-before-acceptance',
    plan: planWith(line({ target: { provisionOn: '2027-01-01' } })),
    expect: [],
  },
] satisfies RuleCase[];
