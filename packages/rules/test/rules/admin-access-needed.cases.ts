import type { Plan } from '../../src/plan/schema.ts';
import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const noAccess = (plan: Plan): Plan => ({
  ...plan,
  relationship: {
    reseller: 'accepted',
    requestedOn: '2027-01-04',
    acceptedOn: '2027-01-06',
    adminAccess: 'none',
  },
});
const upgrade = line({ offer: 'office-365-e1', target: { offer: 'office-365-e3' } });
const directCancel = line({
  id: 'bp',
  billingAccount: 'mosa',
  endOfTerm: 'cancel',
  cancelOn: '2027-03-20',
  target: { provisionOn: '2027-03-20' },
});

// Admin access is due by the first day a line needs it: the provisioning (reassignment) or the
// cancellation (credit). After that it is overdue, an error; before, an upcoming step.
export default [
  {
    name: 'reports admin access as an upcoming step before it is needed',
    plan: noAccess(planWith(upgrade, directCancel)),
    expect: [
      {
        pointer: '/relationship/adminAccess',
        variant: 'upcoming',
        severity: 'info',
        params: { lines: ['e3', 'bp'], due: '2027-03-20' },
      },
    ],
  },
  {
    name: 'fires when licences must be reassigned without admin access',
    plan: noAccess(planWith(upgrade)),
    today: '2027-03-26',
    expect: [
      {
        pointer: '/relationship/adminAccess',
        severity: 'error',
        related: ['/subscriptions/0/target/offer'],
        params: { reassign: ['e3'], credit: [], due: '2027-03-25' },
      },
    ],
  },
  {
    name: 'fires when a direct purchase needs a credit without admin access',
    plan: noAccess(planWith(directCancel)),
    today: '2027-03-21',
    expect: [
      {
        pointer: '/relationship/adminAccess',
        related: ['/subscriptions/0/cancelOn'],
        variant: 'credit',
        severity: 'error',
        params: { reassign: [], credit: ['bp'] },
      },
    ],
  },
  {
    name: 'lists both needs in one finding',
    plan: noAccess(planWith(upgrade, directCancel)),
    today: '2027-03-21',
    expect: [
      {
        pointer: '/relationship/adminAccess',
        severity: 'error',
        related: ['/subscriptions/0/target/offer', '/subscriptions/1/cancelOn'],
        variant: 'both',
      },
    ],
  },
  { name: 'does not fire with GDAP', plan: planWith(upgrade, directCancel), expect: [] },
  { name: 'does not fire when nothing needs admin access', plan: noAccess(planWith(line())), expect: [] },
  {
    name: 'does not count a cancellation on the last day of the term (nothing to credit)',
    plan: noAccess(planWith(line({ endOfTerm: 'cancel', cancelOn: '2027-03-31' }))),
    expect: [],
  },
  {
    name: 'does not count a cancellation at another partner (no Microsoft 365 billing support credit)',
    plan: noAccess(
      planWith(
        line({
          channel: 'csp',
          endOfTerm: 'cancel',
          cancelOn: '2027-03-20',
          target: { provisionOn: '2027-03-20' },
        }),
      ),
    ),
    expect: [],
  },
] satisfies RuleCase[];
