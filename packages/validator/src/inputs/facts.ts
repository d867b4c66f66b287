import { isCalendarDate } from '@csp-move/rules/dates';
import type { Position } from './json.ts';

/**
 * What an export says, value by value, each with where it said it: the file and the field (a path such as
 * `value[0].totalLicenses`). Formats turn a parsed file into facts; `tenants.ts` joins facts into customers.
 */
export interface Sourced<T> {
  value: T;
  file: string;
  field: string;
}

/** Why an input cannot be imported, as data: a code, where, and the values the message needs. */
export interface InputProblem {
  file: string;
  position?: Position;
  code: InputProblemCode;
  params?: Record<string, string>;
}

export type InputProblemCode =
  | 'unreadable'
  | 'too-large'
  | 'not-utf8'
  | 'syntax'
  | 'html'
  | 'error-response'
  | 'unknown-shape'
  | 'partial'
  | 'bad-date'
  | 'bad-value'
  | 'duplicate-id'
  | 'mixed-tenants'
  | 'no-tenant'
  | 'plan-file';

/** The customer's tenant, from Graph's `organization`. */
export interface OrganizationFacts {
  tenantId: Sourced<string>;
  name?: Sourced<string>;
  country?: Sourced<string>;
  domain?: Sourced<string>;
}

/** One `subscribedSku`: the seats of a SKU across its subscriptions, and which subscriptions they are. */
export interface SkuFacts {
  tenantId?: string;
  skuId: Sourced<string>;
  skuPartNumber: Sourced<string>;
  consumedUnits?: Sourced<number>;
  subscriptionIds: string[];
}

/** One `companySubscription` of Graph's `/directory/subscriptions`. */
export interface GraphSubscriptionFacts {
  id: Sourced<string>;
  commerceSubscriptionId?: Sourced<string>;
  skuId?: Sourced<string>;
  skuPartNumber?: Sourced<string>;
  status: Sourced<string>;
  totalLicenses?: Sourced<number>;
  isTrial?: Sourced<boolean>;
  nextLifecycle?: Sourced<string>;
  ownerTenantId?: Sourced<string>;
}

/** One Partner Center subscription. */
export interface PartnerCenterSubscriptionFacts {
  customerId?: string;
  id: Sourced<string>;
  offerId: Sourced<string>;
  offerName?: Sourced<string>;
  quantity?: Sourced<number>;
  commitmentEndDate?: Sourced<string>;
  autoRenewEnabled?: Sourced<boolean>;
  billingCycle?: Sourced<string>;
  termDuration?: Sourced<string>;
  status: Sourced<string>;
  isTrial?: Sourced<boolean>;
  parentSubscriptionId?: Sourced<string>;
  productType?: Sourced<string>;
}

/** Everything one file said. */
export type FileFacts =
  | { kind: 'organization'; file: string; organizations: OrganizationFacts[] }
  | { kind: 'subscribed-skus'; file: string; skus: SkuFacts[] }
  | { kind: 'graph-subscriptions'; file: string; subscriptions: GraphSubscriptionFacts[] }
  | { kind: 'partner-center-subscriptions'; file: string; subscriptions: PartnerCenterSubscriptionFacts[] };

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The calendar day of a timestamp as Graph and Partner Center write it (`2027-05-31T00:00:00Z`). Microsoft's
 * own samples put spaces in the time (`2015-11-25T06: 41: 12Z`): the day is still unambiguous, so it is
 * taken; anything whose day is not a real date is refused.
 */
export function dayOf(text: string): string | undefined {
  const match = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  const day = match?.[1];
  return day !== undefined && isCalendarDate(day) ? day : undefined;
}

/** True when a timestamp is exactly midnight UTC (the start of its day). */
export function isMidnight(text: string): boolean {
  return /^\s*\d{4}-\d{2}-\d{2}T0{1,2}\s*:\s*0{1,2}(\s*:\s*0{1,2}(\.0+)?)?\s*(Z|[+-]00:?00)?\s*$/i.test(text);
}
