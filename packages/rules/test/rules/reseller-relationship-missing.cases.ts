import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom } from '../helpers/plan.ts';

// A line bought again whose order is not dated yet.
const undated = line({ target: { provisionOn: undefined } });
// A line that is transferred, not bought again: the relationship is due by the transfer request, which
// is due 30 days (request expiry) before the approval must be in, 14 days (fallback lead) before the
// term ends on 2027-03-31: on 2027-02-15.
const transferred = line({ path: 'partner-transfer', target: { provisionOn: undefined } });
const notRequested = planFrom((p) => {
  p.relationship = { reseller: 'not-requested', adminAccess: 'none' };
});
const requested = planFrom((p) => {
  p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
});

// The first target is provisioned on 2027-03-25; the request is due 14 days before, on 2027-03-11.
export default [
  {
    name: 'fires as an error once the request is overdue',
    plan: notRequested,
    today: '2027-03-12',
    expect: [
      {
        pointer: '/relationship/reseller',
        variant: 'overdue',
        params: { state: 'not-requested', count: 1, due: '2027-03-11' },
      },
    ],
  },
  {
    name: 'reports the request as an upcoming step, not an error, while it is not due yet',
    plan: notRequested,
    expect: [
      {
        pointer: '/relationship/reseller',
        variant: 'upcoming',
        severity: 'info',
        params: { state: 'not-requested', due: '2027-03-11' },
      },
    ],
  },
  {
    name: 'keeps the request upcoming on the day it is due',
    plan: notRequested,
    today: '2027-03-11',
    expect: [{ pointer: '/relationship/reseller', variant: 'upcoming', severity: 'info' }],
  },
  {
    name: 'fires as an error when the acceptance is still missing on the day of the first order',
    plan: requested,
    today: '2027-03-26',
    expect: [
      {
        pointer: '/relationship/reseller',
        variant: 'requestedOverdue',
        params: { state: 'requested', due: '2027-03-25' },
      },
    ],
  },
  {
    name: 'reports a request waiting for acceptance as upcoming until the first order',
    plan: requested,
    today: '2027-03-25',
    expect: [
      {
        pointer: '/relationship/reseller',
        variant: 'requestedUpcoming',
        severity: 'info',
        params: { state: 'requested', due: '2027-03-25' },
      },
    ],
  },
  {
    name: 'fires as an error, without a due date, while the request waits and no order is dated',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
      p.subscriptions = [undated];
    }),
    expect: [{ pointer: '/relationship/reseller', variant: 'requested' }],
  },
  {
    name: 'fires as an error, without a due date, when nothing was sent and no order is dated',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'not-requested', adminAccess: 'none' };
      p.subscriptions = [undated];
    }),
    expect: [{ pointer: '/relationship/reseller' }],
  },
  // One answer per fact (issue 25 item 4): choosing the partner transfer csp-move proposes does not
  // turn a relationship still to be accepted into an error.
  {
    name: 'reports the acceptance as upcoming, due by the transfer request, when lines are transferred',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
      p.subscriptions = [transferred];
    }),
    expect: [
      {
        pointer: '/relationship/reseller',
        variant: 'requestedUpcoming',
        severity: 'info',
        params: { state: 'requested', due: '2027-02-15' },
      },
    ],
  },
  {
    name: 'fires as an error when the acceptance is still missing after the transfer request was due',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'requested', requestedOn: '2027-01-04', adminAccess: 'none' };
      p.subscriptions = [transferred];
    }),
    today: '2027-02-16',
    expect: [
      { pointer: '/relationship/reseller', variant: 'requestedOverdue', params: { due: '2027-02-15' } },
    ],
  },
  { name: 'does not fire once accepted', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
