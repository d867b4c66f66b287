import type { RuleCase } from '../helpers/cases.ts';
import { catalogWith } from '../helpers/catalog.ts';
import { line, planFrom, planWith } from '../helpers/plan.ts';

// Pinned policies: new-commerce subscriptions (CSP, direct MCA, MCA-E) can only be cancelled within 7
// days of their term start (a market with its own window, pinned here for Chile: 10); for other channels csp-move recommends cancelling
// within 30 days of the term end.
const cancelling = (termEnd: string, cancelOn: string) =>
  planWith(
    line({
      channel: 'open',
      termEnd,
      endOfTerm: 'cancel',
      cancelOn,
      target: { provisionOn: cancelOn },
    }),
  );
const nce = (channel: 'csp' | 'web-direct' | 'mca-e', termStart: string | undefined, cancelOn: string) =>
  line({
    channel,
    ...(termStart ? { termStart } : {}),
    endOfTerm: 'cancel',
    cancelOn,
    target: { provisionOn: cancelOn },
  });

export default [
  {
    name: 'allows cancelling exactly 30 days before the term end',
    plan: cancelling('2027-03-31', '2027-03-01'),
    expect: [],
  },
  {
    name: 'fires 31 days before the term end',
    plan: cancelling('2027-03-31', '2027-02-28'),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        related: ['/subscriptions/0/termEnd'],
        params: { date: '2027-02-28', termEnd: '2027-03-31', days: 31, window: 30 },
      },
    ],
  },
  {
    name: 'counts 29 February in a leap year (30 days)',
    plan: cancelling('2028-03-30', '2028-02-29'),
    expect: [],
  },
  {
    name: 'counts 29 February in a leap year (31 days)',
    plan: cancelling('2028-03-30', '2028-02-28'),
    expect: [{ pointer: '/subscriptions/0/cancelOn', params: { days: 31 } }],
  },
  {
    name: 'reads the window from the policies',
    catalog: catalogWith({ earlyCancellationWindowDays: 60 }),
    plan: cancelling('2027-03-31', '2027-02-28'),
    expect: [],
  },
  {
    name: 'allows a CSP subscription to be cancelled on the last day of its window',
    plan: planWith(nce('csp', '2026-04-01', '2026-04-07')),
    expect: [],
  },
  {
    name: 'refuses a CSP cancellation the day after its window: it cannot be cancelled',
    plan: planWith(nce('csp', '2026-04-01', '2026-04-08')),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        severity: 'error',
        variant: 'outsideWindow',
        related: ['/subscriptions/0/termStart', '/subscriptions/0/termEnd'],
        params: { termStart: '2026-04-01', windowEnds: '2026-04-07', window: 7 },
      },
    ],
  },
  {
    name: 'refuses a direct MCA cancellation after 7 days',
    plan: planWith(nce('web-direct', '2027-03-01', '2027-03-08')),
    expect: [{ pointer: '/subscriptions/0/cancelOn', severity: 'error', variant: 'outsideWindow' }],
  },
  {
    name: 'gives a direct MCA purchase the window of its market (pinned: Chile 10 days)',
    plan: planFrom((p) => {
      p.customer.country = 'CL';
      p.subscriptions = [nce('web-direct', '2027-03-01', '2027-03-10')];
    }),
    expect: [],
  },
  {
    name: 'treats MCA-E as new commerce',
    plan: planWith(nce('mca-e', '2027-03-01', '2027-03-09')),
    expect: [{ pointer: '/subscriptions/0/cancelOn', severity: 'error', variant: 'outsideWindow' }],
  },
  {
    name: 'warns that a CSP cancellation without termStart may be refused',
    plan: planWith(nce('csp', undefined, '2027-03-20')),
    expect: [
      {
        pointer: '/subscriptions/0/cancelOn',
        variant: 'windowUnknown',
        params: { earliestStart: '2027-03-14', window: 7 },
      },
    ],
  },
  {
    name: 'lets a MOSA purchase cancel close to the term end',
    plan: planWith({ ...nce('web-direct', undefined, '2027-03-20'), billingAccount: 'mosa' }),
    expect: [],
  },
  { name: 'ignores lines that expire', plan: planWith(line()), expect: [] },
] satisfies RuleCase[];
