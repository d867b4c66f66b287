import { keysOf } from './form-model.ts';

/**
 * The keys of each object in a plan file, in the order the plan schema declares them (DESIGN §3).
 * Exported YAML follows this order so that plans written by the checker diff cleanly; import treats any
 * other key as unknown.
 */
export const PLAN_KEYS = {
  plan: keysOf(''),
  partner: keysOf('partner'),
  customer: keysOf('customer'),
  /** A subscription the tenant keeps outside the move (`customer.otherSubscriptions`). */
  kept: keysOf('customer.otherSubscriptions'),
  relationship: keysOf('relationship'),
  subscription: keysOf('subscriptions'),
  /** Version 1 names of what `endOfTerm` says; import reads them and the export writes version 2. */
  subscriptionV1: ['autoRenew', 'exit'],
  target: keysOf('subscriptions[].target'),
  transfer: keysOf('transfer'),
  sourcePartner: keysOf('transfer.sourcePartner'),
} as const;
