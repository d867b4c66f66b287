import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

// A MOSA billing account gets a prorated credit whenever it cancels; a Microsoft Customer Agreement
// account is refunded only inside its window (pinned: 7 days, and 10 for Chile to test a market of its own) and cannot cancel after it.
const cancelled = line({
  billingAccount: 'mosa',
  endOfTerm: 'cancel',
  cancelOn: '2027-03-20',
  target: { provisionOn: '2027-03-20' },
});
const mca = (termStart: string, cancelOn: string) =>
  line({
    billingAccount: 'mca',
    termStart,
    endOfTerm: 'cancel',
    cancelOn,
    target: { provisionOn: cancelOn },
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
      line({
        billingAccount: 'mosa',
        endOfTerm: 'cancel',
        cancelOn: '2027-03-30',
        target: { provisionOn: '2027-03-30' },
      }),
    ),
    expect: [{ pointer: '/subscriptions/0/cancelOn', params: { days: 1 } }],
  },
  {
    name: 'does not fire for a cancellation on the last day of the term',
    plan: planWith(line({ billingAccount: 'mosa', endOfTerm: 'cancel', cancelOn: '2027-03-31' })),
    expect: [],
  },
  {
    name: 'says an MCA purchase cancelled on the last day of its window is refunded',
    plan: planWith(mca('2027-03-01', '2027-03-07')),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        variant: 'mcaRefund',
        related: ['/subscriptions/0/termStart'],
        params: { termStart: '2027-03-01', date: '2027-03-07', window: 7 },
      },
    ],
  },
  {
    name: 'is silent for an MCA purchase cancelled after its window (it cannot be cancelled)',
    plan: planWith(mca('2027-03-01', '2027-03-08')),
    expect: [],
  },
  {
    name: 'gives a market with its own window its days (pinned: Chile 10)',
    plan: planFrom((p) => {
      p.customer.country = 'CL';
      p.subscriptions = [mca('2027-03-01', '2027-03-10')];
    }),
    expect: [{ pointer: '/subscriptions/0/cancelOn', variant: 'mcaRefund', params: { window: 10 } }],
  },
  {
    name: 'is silent for an MCA purchase without termStart (the window cannot be told)',
    plan: planWith(line({ billingAccount: 'mca', endOfTerm: 'cancel', cancelOn: '2027-03-20' })),
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
