import { addDays } from '@csp-move/rules/dates';
import type { RuleId } from '@csp-move/rules/rules';
import { type CheckerState, newSubscription } from '../../src/components/checker/state.ts';

/**
 * The moves the checker is tested with, as form states: the unit tests judge them with the rules
 * package, the browser tests type them into the page and expect the same answer.
 */

export const AS_OF = '2027-01-10';

export interface Scenario {
  name: string;
  state: CheckerState;
  verdict: 'ready' | 'needs-attention' | 'blocked';
  /** Rule ids of the findings, in the order the page lists them. */
  rules: RuleId[];
  /** What the timeline shows for the first line. */
  timeline: { grace: boolean; cancel: boolean; gap: boolean };
}

/** A clean move: same region, relationship and agreement in place, the same offer a week before the term ends. */
function cleanMove(): CheckerState {
  const line = newSubscription(AS_OF);
  Object.assign(line, { assigned: '10', termEnd: '2027-03-31' });
  line.target.provisionOn = '2027-03-24';
  return {
    asOf: AS_OF,
    partner: { name: 'Contoso IT Services', partnerId: '', country: 'DE', model: '' },
    customer: {
      name: 'Fabrikam GmbH',
      tenantId: '',
      domain: '',
      country: 'AT',
      agreementAccepted: true,
      agreementAcceptedOn: '',
      agreementMethod: '',
      otherSubscriptions: [],
    },
    relationship: {
      reseller: 'accepted',
      requestedOn: '2026-12-28',
      acceptedOn: '2026-12-30',
      adminAccess: 'gdap',
      gdapExpiresOn: '',
      gdapAutoExtend: false,
      gdapRoles: '',
    },
    transfer: { sourcePartner: { name: '', country: 'DE', tenantId: '' }, requestedOn: '', approvedOn: '' },
    subscriptions: [line],
  };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'clean move',
    state: cleanMove(),
    verdict: 'ready',
    rules: [],
    // A direct purchase the form does not say more about is read as a Microsoft Customer Agreement
    // one: no free grace period after its term since 2026.
    timeline: { grace: false, cancel: false, gap: false },
  },
  {
    name: 'region mismatch',
    state: (() => {
      const state = cleanMove();
      state.customer.country = 'TW';
      return state;
    })(),
    verdict: 'blocked',
    rules: ['region-mismatch'],
    timeline: { grace: false, cancel: false, gap: false },
  },
  {
    name: 'early cancellation of a direct purchase',
    state: (() => {
      const state = cleanMove();
      const line = state.subscriptions[0] as CheckerState['subscriptions'][number];
      Object.assign(line, { endOfTerm: 'cancel', cancelOn: '2027-01-31' });
      line.target.provisionOn = '2027-01-25';
      return state;
    })(),
    verdict: 'needs-attention',
    // New commerce can only be cancelled in the window after its term starts, which the form does not
    // ask for; a credit only exists for MOSA billing accounts.
    rules: ['early-cancellation'],
    timeline: { grace: false, cancel: true, gap: false },
  },
  {
    name: 'retired offer with an equivalent chosen',
    state: (() => {
      const state = cleanMove();
      const line = state.subscriptions[0] as CheckerState['subscriptions'][number];
      Object.assign(line, { offer: 'office-365-e4', channel: 'csp', billingAccount: '' });
      line.target.offer = ['office-365-e3', 'microsoft-teams-phone-standard'];
      return state;
    })(),
    verdict: 'needs-attention',
    // A CSP source with auto-renew off slides into a paid extended service term since May 2026.
    rules: ['license-reassignment-required'],
    timeline: { grace: false, cancel: false, gap: false },
  },
];

/** A plan of `count` lines, for measuring how fast the page keeps up. */
export function manyLines(count: number): CheckerState {
  const state = cleanMove();
  state.subscriptions = Array.from({ length: count }, (_, i) => {
    const line = newSubscription(AS_OF);
    line.id = `line-${i + 1}`;
    // Term ends spread over the year after the plan's date: a one-year term cannot end later.
    line.termEnd = addDays('2027-03-01', i % 300);
    line.target.provisionOn = addDays(line.termEnd, -7);
    line.assigned = '10';
    // An Enterprise suite: fifty Business lines of ten would pass the 300-seat cap of the Business family.
    line.offer = 'office-365-e3';
    line.target.offer = ['office-365-e3'];
    return line;
  });
  return state;
}

/** A move with something to show: a blocked region and a retired offer with replacements, two lines. */
export function showcase(): CheckerState {
  const state = structuredClone((SCENARIOS[1] as Scenario).state);
  const second = structuredClone(state.subscriptions[0] as CheckerState['subscriptions'][number]);
  Object.assign(second, { id: 'sub-2', offer: 'office-365-e4', channel: 'csp', termEnd: '2027-02-14' });
  second.target = { ...second.target, offer: ['office-365-e4'], quantity: '10', provisionOn: '2027-02-07' };
  state.subscriptions.push(second);
  return state;
}
