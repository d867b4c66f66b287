/**
 * The keys of each object in a plan file, in the order DESIGN §3 writes them. Exported YAML follows
 * this order so that plans written by the checker diff cleanly; import treats any other key as unknown.
 */
export const PLAN_KEYS = {
  plan: ['$schema', 'version', 'asOf', 'partner', 'customer', 'relationship', 'transfer', 'subscriptions'],
  partner: ['name', 'partnerId', 'country', 'model'],
  customer: [
    'name',
    'tenantId',
    'domain',
    'country',
    'agreementAccepted',
    'agreementAcceptedOn',
    'agreementMethod',
    'otherSubscriptions',
  ],
  /** A subscription the tenant keeps outside the move (`customer.otherSubscriptions`). */
  kept: ['offer', 'quantity'],
  relationship: [
    'reseller',
    'requestedOn',
    'acceptedOn',
    'adminAccess',
    'gdapExpiresOn',
    'gdapAutoExtend',
    'gdapRoles',
  ],
  subscription: [
    'id',
    'offer',
    'quantity',
    'assigned',
    'channel',
    'billingAccount',
    'trial',
    'term',
    'billing',
    'termStart',
    'termEnd',
    'endOfTerm',
    'cancelOn',
    'extendedUntil',
    'addOnOf',
    'path',
    'target',
  ],
  /** Version 1 names of what `endOfTerm` says; import reads them and the export writes version 2. */
  subscriptionV1: ['autoRenew', 'exit'],
  target: ['offer', 'quantity', 'provisionOn', 'assignOn', 'term', 'billing'],
  transfer: ['sourcePartner', 'requestedOn', 'approvedOn'],
  sourcePartner: ['name', 'country', 'tenantId'],
} as const;
