import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

const cancelled = line({
  endOfTerm: 'cancel',
  cancelOn: '2027-03-20',
  target: { provisionOn: '2027-03-20' },
});

export default [
  {
    name: 'tells a partner with GDAP to ask on the customer’s behalf',
    plan: planWith(cancelled),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        severity: 'info',
        related: ['/subscriptions/0/channel'],
        params: { subscription: 'e3', date: '2027-03-20', termEnd: '2027-03-31', days: 11 },
      },
    ],
  },
  {
    name: 'says the customer asks when the partner has no admin access',
    plan: planFrom((p) => {
      p.relationship.adminAccess = 'none';
      p.subscriptions = [cancelled];
    }),
    expect: [{ pointer: '/subscriptions/0/cancelOn', variant: 'customerAsks' }],
  },
  {
    name: 'counts DAP as admin access',
    plan: planFrom((p) => {
      p.relationship.adminAccess = 'dap';
      p.subscriptions = [cancelled];
    }),
    expect: [{ pointer: '/subscriptions/0/cancelOn', variant: undefined }],
  },
  {
    name: 'fires for a cancellation the day before the term end (boundary)',
    plan: planWith(
      line({ endOfTerm: 'cancel', cancelOn: '2027-03-30', target: { provisionOn: '2027-03-30' } }),
    ),
    expect: [{ pointer: '/subscriptions/0/cancelOn', params: { days: 1 } }],
  },
  {
    name: 'does not fire for a cancellation on the last day of the term',
    plan: planWith(line({ endOfTerm: 'cancel', cancelOn: '2027-03-31' })),
    expect: [],
  },
  {
    name: 'does not fire for other channels',
    plan: planWith(
      line({
        channel: 'csp',
        endOfTerm: 'cancel',
        cancelOn: '2027-03-20',
        target: { provisionOn: '2027-03-20' },
      }),
    ),
    expect: [],
  },
  { name: 'does not fire for a line that expires', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
