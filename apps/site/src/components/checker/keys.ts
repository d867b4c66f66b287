/**
 * The keys of each object in a plan file, in the order DESIGN §3 writes them. Exported YAML follows
 * this order so that plans written by the checker diff cleanly; import treats any other key as unknown.
 */
export const PLAN_KEYS = {
  plan: ['$schema', 'version', 'asOf', 'partner', 'customer', 'relationship', 'subscriptions'],
  partner: ['name', 'partnerId', 'country'],
  customer: ['name', 'tenantId', 'domain', 'country', 'agreementAccepted'],
  relationship: ['reseller', 'requestedOn', 'acceptedOn', 'adminAccess', 'gdapExpiresOn', 'gdapRoles'],
  subscription: [
    'id',
    'offer',
    'quantity',
    'assigned',
    'channel',
    'billing',
    'termEnd',
    'autoRenew',
    'exit',
    'cancelOn',
    'addOnOf',
    'target',
  ],
  target: ['offer', 'quantity', 'provisionOn'],
} as const;
