import type { Catalog } from '@csp-move/rules/catalog';
import { addDays } from '@csp-move/rules/dates';
import { FILL_IN, planSchema } from '@csp-move/rules/plan';
import {
  dayOf,
  type GraphSubscriptionFacts,
  GUID,
  isMidnight,
  type PartnerCenterSubscriptionFacts,
  type Sourced,
} from './facts.ts';
import { resolveSku } from './sku.ts';
import type { TenantFacts } from './tenants.ts';

/**
 * An imported value: what it is (or `to-fill-in`), where it came from, and a note when the value needs a
 * word of explanation (a date read from the next state change, an SKU the catalog does not know).
 */
export interface Field<T = string | number | boolean> {
  value: T | typeof FILL_IN;
  from?: { file: string; field: string };
  note?: ImportNote;
}

/** Notes written beside a value or a left-out subscription; worded per locale in `words.ts`. */
export type ImportNote =
  | { code: 'day-before-next-state'; at: string }
  | { code: 'status-not-renewal'; status: string; at?: string }
  | { code: 'no-owner-partner' }
  | { code: 'unknown-sku'; partNumber?: string; name?: string; id?: string }
  | { code: 'graph-no-billing' }
  | { code: 'not-in-export' };

export interface ImportedLine {
  id: string;
  /** The key importing again matches on: Partner Center's (= Graph's commerce) id, else Graph's id. */
  subscriptionId: Field<string>;
  offer: Field<string>;
  quantity: Field<number>;
  assigned?: Field<number>;
  channel: Field<string>;
  trial?: Field<boolean>;
  term: Field<string>;
  billing: Field<string>;
  termEnd: Field<string>;
  endOfTerm: Field<string>;
  addOnOf?: Field<string>;
}

export type LeftOutReason = 'deleted' | 'expired' | 'free' | 'yours' | 'not-licence' | 'no-licences';

export interface LeftOut {
  name: string;
  subscriptionId: string;
  reason: LeftOutReason;
  status?: string;
  from: { file: string; field: string };
}

export interface ImportedPlan {
  tenantId?: string;
  customer: { name: Field<string>; tenantId?: Field<string>; domain?: Field<string>; country: Field<string> };
  partner: { name: Field<string>; partnerId?: Field<string>; country: Field<string> };
  lines: ImportedLine[];
  leftOut: LeftOut[];
  files: string[];
}

/** Your own partner's details, from `.csp-move.yaml`. */
export interface OwnPartner {
  name: string;
  country: string;
  partnerId?: string;
  tenantId?: string;
}

/** The plan schema's pattern for `customer.domain`. */
const PLAN_DOMAIN = new RegExp(
  (planSchema.properties.customer.properties.domain as { pattern: string }).pattern,
);

const fill = (note?: ImportNote): Field<never> => ({ value: FILL_IN, ...(note ? { note } : {}) });
const from = <T>(sourced: Sourced<T>, note?: ImportNote): Field<T> => ({
  value: sourced.value,
  from: { file: sourced.file, field: sourced.field },
  ...(note ? { note } : {}),
});

const CYCLES: Record<string, string> = { monthly: 'monthly', annual: 'annual', triennial: 'triennial' };
const TERMS: Record<string, string> = { P1M: 'monthly', P1Y: 'annual', P3Y: 'triennial' };

/** A line id from an offer or part number: `microsoft-365-business-premium`, unique in the plan. */
function lineId(base: string, taken: Set<string>): string {
  const slug =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'subscription';
  let id = /^[a-z0-9]/.test(slug) ? slug : `s-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  taken.add(id);
  return id;
}

/** The term end Graph gives: for an enabled subscription, the day before it moves to its next state. */
function graphTermEnd(sub: GraphSubscriptionFacts): Field<string> {
  const status = sub.status.value;
  const next = sub.nextLifecycle;
  if (status.toLowerCase() !== 'enabled')
    return fill({ code: 'status-not-renewal', status, ...(next ? { at: next.value } : {}) });
  if (!next) return fill();
  const day = dayOf(next.value) as string;
  // "When the subscription will move to the next state … if not renewed": at midnight UTC that state starts
  // that day, so the term's last day is the one before.
  return isMidnight(next.value)
    ? { ...from(next), value: addDays(day, -1), note: { code: 'day-before-next-state', at: next.value } }
    : { ...from(next), value: day };
}

function partnerCenterTermEnd(sub: PartnerCenterSubscriptionFacts): Field<string> | undefined {
  const end = sub.commitmentEndDate;
  if (!end) return undefined;
  const day = dayOf(end.value) as string;
  // New commerce: commitmentEndDate is the term's last day (inclusive). 9999-… means "no end" (Azure plan).
  return day.startsWith('9999-') ? undefined : { ...from(end), value: day };
}

function leftOutOfPartnerCenter(sub: PartnerCenterSubscriptionFacts): LeftOutReason | undefined {
  const status = sub.status.value;
  if (status === 'deleted') return 'deleted';
  if (status === 'expired') return 'expired';
  const type = sub.productType?.value.toLowerCase() ?? '';
  if (type === 'azure' || /^MS-AZR-/i.test(sub.offerId.value)) return 'not-licence';
  if (type !== '' && type !== 'onlineservicesnce' && type !== 'onlineservices') return 'not-licence';
  if (sub.quantity !== undefined && sub.quantity.value < 1) return 'no-licences';
  return undefined;
}

/** Turns one tenant's joined facts into a plan's values, each with its source or `to-fill-in`. */
export function planOfTenant(
  tenant: TenantFacts,
  catalog: Catalog,
  own: OwnPartner | undefined,
): ImportedPlan {
  const org = tenant.organization;
  const leftOut: LeftOut[] = [];
  const lines: ImportedLine[] = [];
  const taken = new Set<string>();
  const partnerCenter = new Map(tenant.partnerCenter.map((s) => [s.id.value, s]));
  const used = new Set<string>();
  const skuOf = new Map<string, (typeof tenant.skus)[number]>();
  for (const sku of tenant.skus) for (const id of sku.subscriptionIds) skuOf.set(id, sku);
  const ownTenant = own?.tenantId?.toLowerCase();
  // Free sign-ups and trials (the catalog's `selfService`): nothing to move.
  const selfService = new Set(catalog.data.offers.selfService?.stringIds.map((id) => id.toLowerCase()));

  for (const sub of tenant.graph) {
    const status = sub.status.value.toLowerCase();
    const pc = sub.commerceSubscriptionId
      ? partnerCenter.get(sub.commerceSubscriptionId.value.toLowerCase())
      : undefined;
    if (pc) used.add(pc.id.value);
    const part = sub.skuPartNumber?.value ?? '';
    const name = pc?.offerName?.value ?? part;
    const key = pc?.id.value ?? sub.commerceSubscriptionId?.value.toLowerCase() ?? sub.id.value;
    const here = { file: sub.id.file, field: sub.id.field };
    const owner = sub.ownerTenantId?.value.toLowerCase();
    const reason: LeftOutReason | undefined =
      status === 'deleted'
        ? 'deleted'
        : selfService.has(part.toLowerCase())
          ? 'free'
          : ownTenant !== undefined && owner === ownTenant
            ? 'yours'
            : (pc?.quantity?.value ?? sub.totalLicenses?.value ?? 0) < 1
              ? 'no-licences'
              : pc
                ? leftOutOfPartnerCenter(pc)
                : undefined;
    if (reason) {
      leftOut.push({ name, subscriptionId: key, reason, status: sub.status.value, from: here });
      continue;
    }
    const sku = skuOf.get(sub.id.value);
    const offer = resolveSku(catalog, {
      productId: pc?.offerId.value.split(':')[0],
      skuId: sub.skuId?.value,
      partNumber: part,
      name: pc?.offerName?.value,
    });
    const channel: Field<string> = pc
      ? { ...from(pc.offerId), value: GUID.test(pc.offerId.value) ? 'csp-legacy' : 'csp' }
      : owner && GUID.test(owner)
        ? { ...from(sub.ownerTenantId as Sourced<string>), value: 'csp' }
        : fill({ code: 'no-owner-partner' });
    const quantity = pc?.quantity ?? (sub.totalLicenses as Sourced<number>);
    lines.push({
      id: lineId(offer.id ?? part, taken),
      subscriptionId: {
        value: key,
        from: pc
          ? { file: pc.id.file, field: pc.id.field }
          : sub.commerceSubscriptionId
            ? { file: sub.commerceSubscriptionId.file, field: sub.commerceSubscriptionId.field }
            : here,
      },
      offer: offer.id
        ? { ...from((pc?.offerId ?? sub.skuPartNumber ?? sub.id) as Sourced<string>), value: offer.id }
        : fill({
            code: 'unknown-sku',
            partNumber: part,
            ...(pc?.offerName ? { name: pc.offerName.value } : {}),
            ...(sub.skuId ? { id: sub.skuId.value } : {}),
          }),
      quantity: from(quantity),
      ...(sku?.consumedUnits
        ? sku.subscriptionIds.length === 1
          ? { assigned: from(sku.consumedUnits) }
          : {}
        : {}),
      channel,
      ...((pc?.isTrial ?? sub.isTrial)
        ? { trial: from((pc?.isTrial ?? sub.isTrial) as Sourced<boolean>) }
        : {}),
      term:
        pc?.termDuration && TERMS[pc.termDuration.value]
          ? { ...from(pc.termDuration), value: TERMS[pc.termDuration.value] as string }
          : fill(pc ? undefined : { code: 'graph-no-billing' }),
      billing:
        pc?.billingCycle && CYCLES[pc.billingCycle.value.toLowerCase()]
          ? { ...from(pc.billingCycle), value: CYCLES[pc.billingCycle.value.toLowerCase()] as string }
          : fill(pc ? undefined : { code: 'graph-no-billing' }),
      termEnd: (pc && partnerCenterTermEnd(pc)) ?? graphTermEnd(sub),
      endOfTerm: pc?.autoRenewEnabled
        ? { ...from(pc.autoRenewEnabled), value: pc.autoRenewEnabled.value ? 'renew' : 'auto-renew-off' }
        : fill(pc ? undefined : { code: 'graph-no-billing' }),
    });
  }

  // Partner Center subscriptions that Graph did not list (or no Graph export was given).
  const parents = new Map<string, string>();
  for (const pc of tenant.partnerCenter) {
    if (used.has(pc.id.value)) continue;
    const here = { file: pc.id.file, field: pc.id.field };
    const name = pc.offerName?.value ?? pc.offerId.value;
    const reason = leftOutOfPartnerCenter(pc);
    if (reason) {
      leftOut.push({ name, subscriptionId: pc.id.value, reason, status: pc.status.value, from: here });
      continue;
    }
    const offer = resolveSku(catalog, {
      productId: pc.offerId.value.split(':')[0],
      name: pc.offerName?.value,
    });
    const line: ImportedLine = {
      id: lineId(offer.id ?? name, taken),
      subscriptionId: from(pc.id),
      offer: offer.id
        ? { ...from(pc.offerId), value: offer.id }
        : fill({
            code: 'unknown-sku',
            ...(pc.offerName ? { name: pc.offerName.value } : {}),
            id: pc.offerId.value,
          }),
      quantity: from(pc.quantity as Sourced<number>),
      channel: { ...from(pc.offerId), value: GUID.test(pc.offerId.value) ? 'csp-legacy' : 'csp' },
      ...(pc.isTrial?.value ? { trial: from(pc.isTrial) } : {}),
      term:
        pc.termDuration && TERMS[pc.termDuration.value]
          ? { ...from(pc.termDuration), value: TERMS[pc.termDuration.value] as string }
          : fill(),
      billing:
        pc.billingCycle && CYCLES[pc.billingCycle.value.toLowerCase()]
          ? { ...from(pc.billingCycle), value: CYCLES[pc.billingCycle.value.toLowerCase()] as string }
          : fill(),
      termEnd: partnerCenterTermEnd(pc) ?? fill(),
      endOfTerm: pc.autoRenewEnabled
        ? { ...from(pc.autoRenewEnabled), value: pc.autoRenewEnabled.value ? 'renew' : 'auto-renew-off' }
        : fill(),
    };
    lines.push(line);
  }
  // An add-on names its base by Partner Center's parentSubscriptionId.
  for (const line of lines) parents.set(String(line.subscriptionId.value).toLowerCase(), line.id);
  for (const pc of tenant.partnerCenter) {
    if (!pc.parentSubscriptionId) continue;
    const line = lines.find((l) => l.subscriptionId.value === pc.id.value);
    const base = parents.get(pc.parentSubscriptionId.value.toLowerCase());
    if (line && base)
      line.addOnOf = {
        value: base,
        from: { file: pc.parentSubscriptionId.file, field: pc.parentSubscriptionId.field },
      };
  }

  // Only values the plan schema accepts are written: a name it would refuse, a domain of another shape
  // or a country that is not a two-letter code is left to fill in, so that the plan is never invalid.
  const customerName = org?.name && org.name.value.length <= 200 ? org.name : undefined;
  const domain = org?.domain && PLAN_DOMAIN.test(org.domain.value) ? org.domain : undefined;
  const country = org?.country && /^[A-Z]{2}$/.test(org.country.value) ? org.country : undefined;
  return {
    ...(tenant.tenantId ? { tenantId: tenant.tenantId } : {}),
    customer: {
      name: customerName ? from(customerName) : fill(),
      ...(org
        ? { tenantId: from(org.tenantId) }
        : tenant.tenantId
          ? { tenantId: { value: tenant.tenantId } }
          : {}),
      ...(domain ? { domain: from(domain) } : {}),
      country: country ? from(country) : fill(),
    },
    partner: own
      ? {
          name: { value: own.name, from: { file: '.csp-move.yaml', field: 'partner.name' } },
          ...(own.partnerId
            ? {
                partnerId: {
                  value: own.partnerId,
                  from: { file: '.csp-move.yaml', field: 'partner.partnerId' },
                },
              }
            : {}),
          country: { value: own.country, from: { file: '.csp-move.yaml', field: 'partner.country' } },
        }
      : { name: fill(), country: fill() },
    lines,
    leftOut,
    files: tenant.files,
  };
}
