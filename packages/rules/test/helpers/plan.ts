import type { Plan, Subscription } from '../../src/plan/schema.ts';

/**
 * A plan with no findings at all: same region, accepted relationship and agreement, GDAP for the whole
 * move, and one line moved to the same offer a few days before its term ends. Each table case changes
 * only what its rule looks at.
 */
export function basePlan(): Plan {
  return {
    version: 2,
    asOf: '2027-01-10',
    partner: { name: 'Contoso IT Services', country: 'DE' },
    customer: { name: 'Fabrikam GmbH', country: 'AT', agreementAccepted: true },
    relationship: {
      reseller: 'accepted',
      requestedOn: '2027-01-04',
      acceptedOn: '2027-01-06',
      adminAccess: 'gdap',
      gdapExpiresOn: '2028-01-06',
    },
    subscriptions: [line()],
  };
}

type LinePatch = Partial<Omit<Subscription, 'target'>> & { target?: Partial<Subscription['target']> };

/** A subscription line that moves cleanly; `patch` changes fields (and target fields). */
export function line(patch: LinePatch = {}): Subscription {
  const { target, ...rest } = patch;
  return {
    id: 'e3',
    offer: 'office-365-e3',
    quantity: 50,
    assigned: 48,
    channel: 'web-direct',
    billing: 'annual',
    termEnd: '2027-03-31',
    endOfTerm: 'auto-renew-off',
    ...rest,
    target: { offer: 'office-365-e3', quantity: 50, provisionOn: '2027-03-25', ...target },
  } as Subscription;
}

/** The base plan with its subscriptions replaced. */
export function planWith(...subscriptions: Subscription[]): Plan {
  return { ...basePlan(), subscriptions };
}

/** The base plan changed by `change` (which may mutate it freely: it is a fresh copy). */
export function planFrom(change: (plan: Plan) => void): Plan {
  const plan = basePlan();
  change(plan);
  return plan;
}

/** A partner-transfer line of the same subscription: whole, unchanged, no provision date. */
export function transferLine(patch: LinePatch = {}): Subscription {
  const { target, ...rest } = patch;
  const sub = line({ channel: 'csp', path: 'partner-transfer', endOfTerm: 'renew', term: 'annual', ...rest });
  const { provisionOn: _none, ...unchanged } = sub.target;
  return { ...sub, target: { ...unchanged, ...target } } as Subscription;
}

/**
 * The base plan moved by a partner transfer instead, still with no findings: the current partner is
 * in the same region, the request was created after the relationship was accepted and is not expired.
 */
export function transferPlan(...subscriptions: Subscription[]): Plan {
  return {
    ...basePlan(),
    transfer: { sourcePartner: { name: 'Northwind Cloud', country: 'FR' }, requestedOn: '2027-01-07' },
    subscriptions: subscriptions.length > 0 ? subscriptions : [transferLine()],
  };
}
