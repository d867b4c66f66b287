/** Every rule id, in the order findings and the rule index list them. The ids are a contract. */
export const RULE_IDS = [
  'unknown-market',
  'region-mismatch',
  'reseller-relationship-missing',
  'provision-before-acceptance',
  'agreement-not-accepted',
  'unknown-offer',
  'offer-not-equivalent',
  'retired-target-offer',
  'retired-offer-no-equivalent',
  'license-shortfall',
  'service-gap',
  'add-on-without-base',
  'duplicate-subscription-id',
  'date-order',
  'early-cancellation',
  'auto-renew-on',
  'license-reassignment-required',
  'admin-access-needed',
  'dap-deprecated',
  'gdap-expires-during-move',
  'relationship-request-stale',
  'subscription-limit',
  'long-overlap',
  'direct-purchase-credit',
  'renamed-offer',
  'extended-term-by-default',
  'cancel-at-term-end-gap',
  'grace-period-retired',
  'extended-term-open-ended',
  'direct-extended-term-schedule',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
