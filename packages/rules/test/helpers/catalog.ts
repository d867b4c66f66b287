import { createCatalog, defaultCatalog, extendCatalogData } from '../../src/catalog/index.ts';
import type { CatalogExtension } from '../../src/catalog/schema.ts';

/**
 * The built-in catalog with its policy numbers pinned, so that the dates written in the rule tables
 * mean the same thing when policies.yaml changes. Tests that prove a rule reads a policy change one
 * number with `catalogWith`.
 */
export const PINNED_POLICIES = {
  graceDays: {
    'web-direct': 30,
    csp: 30,
    'csp-legacy': 30,
    'enterprise-agreement': 90,
    'mca-e': 30,
    open: 30,
    other: 0,
  },
  cancellationWindowDays: 7,
  gdapRequestExpiryDays: 90,
  gdapMaxDays: 730,
  dapEndDate: '2023-10-09',
  duplicationThreshold: 150,
  subscriptionsPerTenant: 300,
  earlyCancellationWindowDays: 30,
  transferRequestExpiryDays: 30,
  transferMaxLineItems: 25,
  transferFallbackLeadDays: 14,
  businessFamilyCap: 300,
  triennialMinSeats: 100,
  cspExtendedTerm: {
    periods: [
      { until: '2026-05-03', value: false },
      { from: '2026-05-04', value: true },
    ],
  },
  cspExtendedTermPurchasedFrom: '2025-04-01',
  directExtendedTerm: {
    periods: [
      { until: '2026-02-08', value: false },
      { from: '2026-02-09', value: true },
    ],
  },
  extendedTermUpliftPct: 3,
  extendedTermNoMonthlyUpliftPct: 23,
  directRefundWindowDays: { default: 7, CL: 10 },
  relationshipRequestLeadDays: 14,
} satisfies CatalogExtension['policies'];

export function catalogWith(policies: CatalogExtension['policies'] = {}) {
  const pinned = extendCatalogData(defaultCatalog().data, { policies: PINNED_POLICIES });
  return createCatalog(extendCatalogData(pinned, { policies }));
}

export const catalog = catalogWith();
