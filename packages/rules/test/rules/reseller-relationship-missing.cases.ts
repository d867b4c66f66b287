import type { RuleCase } from '../helpers/cases.ts';
import { line, planFrom } from '../helpers/plan.ts';

// A line that is transferred, not bought again: it has no provisioning date.
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
      p.subscriptions = [transferred];
    }),
    expect: [{ pointer: '/relationship/reseller', variant: 'requested' }],
  },
  {
    name: 'fires as an error, without a due date, when nothing was sent and no order is dated',
    plan: planFrom((p) => {
      p.relationship = { reseller: 'not-requested', adminAccess: 'none' };
      p.subscriptions = [transferred];
    }),
    expect: [{ pointer: '/relationship/reseller' }],
  },
  { name: 'does not fire once accepted', plan: planFrom(() => {}), expect: [] },
] satisfies RuleCase[];
