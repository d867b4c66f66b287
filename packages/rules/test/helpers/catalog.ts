import { createCatalog, defaultCatalog, extendCatalogData } from '../../src/catalog/index.ts';
import type { CatalogExtension } from '../../src/catalog/schema.ts';

/**
 * The built-in catalog with its policy numbers pinned, so that the dates written in the rule tables
 * mean the same thing when policies.yaml changes. Tests that prove a rule reads a policy change one
 * number with `catalogWith`.
 */
export const PINNED_POLICIES = {
  graceDays: { 'web-direct': 30, csp: 30, 'enterprise-agreement': 0, open: 0, other: 0 },
  cancellationWindowDays: 7,
  gdapRequestExpiryDays: 90,
  gdapMaxDays: 730,
  dapEndDate: '2023-10-09',
  duplicationThreshold: 150,
  subscriptionsPerTenant: 300,
  earlyCancellationWindowDays: 30,
  relationshipRequestLeadDays: 14,
} as const;

export function catalogWith(policies: CatalogExtension['policies'] = {}) {
  const pinned = extendCatalogData(defaultCatalog().data, { policies: PINNED_POLICIES });
  return createCatalog(extendCatalogData(pinned, { policies }));
}

export const catalog = catalogWith();
