import { isCalendarDate } from '@csp-move/rules/dates';
import type { Plan, Subscription } from '@csp-move/rules/plan';
import { planFileNameFor } from '../../lib/file-name.ts';
import type { CheckerState, SubscriptionState } from './state.ts';

/** Why a form value cannot go into the plan file. The form shows these; the rules never see them. */
export type ProblemCode =
  | 'required'
  | 'whole-number'
  | 'range'
  | 'too-long'
  | 'too-many'
  | 'date'
  | 'format'
  | 'repeated'
  /** The rules could not judge a plan the schema accepts (see checkState). */
  | 'unjudged';

export interface FormProblem {
  code: ProblemCode;
  /** JSON pointer of the plan field, which is also the form field (see `fieldId`). */
  pointer: string;
  params?: { min?: number; max?: number };
}

// The same patterns as the plan schema: a value the form accepts is one the schema accepts.
const PATTERNS = {
  lineId: /^[a-z0-9][a-z0-9-_]{0,63}$/,
  offer: /^[a-z0-9][a-z0-9-]{0,119}$/,
  country: /^[A-Z]{2}$/,
  partnerId: /^[0-9]{1,12}$/,
  tenantId: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  domain: /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/,
  role: /^[a-z][a-z0-9-]*$/,
} as const;

const MAX_QUANTITY = 1_000_000;
const MAX_NAME = 200;
const MAX_BUNDLE = 10;

/** Collects problems while reading the form; each reader returns the plan value or undefined. */
class Reader {
  readonly problems: FormProblem[] = [];

  text(value: string, pointer: string, max = MAX_NAME): string | undefined {
    const text = value.trim();
    if (text === '') return this.report('required', pointer);
    if (text.length > max) return this.report('too-long', pointer, { max });
    return text;
  }

  optional(value: string, pointer: string, pattern: RegExp): string | undefined {
    const text = value.trim();
    if (text === '') return undefined;
    return pattern.test(text) ? text : this.report('format', pointer);
  }

  pattern(value: string, pointer: string, pattern: RegExp): string | undefined {
    const text = value.trim();
    if (text === '') return this.report('required', pointer);
    return pattern.test(text) ? text : this.report('format', pointer);
  }

  date(value: string, pointer: string, required: boolean): string | undefined {
    const text = value.trim();
    if (text === '') return required ? this.report('required', pointer) : undefined;
    return isCalendarDate(text) ? text : this.report('date', pointer);
  }

  count(value: string, pointer: string, min: number, required: boolean): number | undefined {
    const text = value.trim();
    if (text === '') return required ? this.report('required', pointer) : undefined;
    if (!/^[0-9]+$/.test(text)) return this.report('whole-number', pointer);
    const n = Number(text);
    return n < min || n > MAX_QUANTITY ? this.report('range', pointer, { min, max: MAX_QUANTITY }) : n;
  }

  /** Records a problem; returns undefined so a reader can `return this.report(…)`. */
  report(code: ProblemCode, pointer: string, params?: FormProblem['params']): undefined {
    this.problems.push(params ? { code, pointer, params } : { code, pointer });
    return undefined;
  }
}

function readSubscription(sub: SubscriptionState, pointer: string, read: Reader): Subscription {
  const offers: string[] = [];
  sub.target.offer.forEach((offer, i) => {
    const id = read.pattern(offer, `${pointer}/target/offer/${i}`, PATTERNS.offer);
    if (id === undefined) return;
    if (offers.includes(id)) read.report('repeated', `${pointer}/target/offer/${i}`);
    else offers.push(id);
  });
  if (sub.target.offer.length === 0) read.report('required', `${pointer}/target/offer`);
  if (sub.target.offer.length > MAX_BUNDLE)
    read.report('too-many', `${pointer}/target/offer`, { max: MAX_BUNDLE });

  const cancelled = sub.endOfTerm === 'cancel';
  const extended = sub.endOfTerm === 'extended-term';
  // Keys in the order of the plan file (DESIGN §3); optional fields only when they hold a value.
  const line: Record<string, unknown> = {
    id: read.pattern(sub.id, `${pointer}/id`, PATTERNS.lineId),
    offer: read.pattern(sub.offer, `${pointer}/offer`, PATTERNS.offer),
    quantity: read.count(sub.quantity, `${pointer}/quantity`, 1, true),
    assigned: read.count(sub.assigned, `${pointer}/assigned`, 0, false),
    channel: sub.channel,
    billingAccount: sub.channel === 'web-direct' ? sub.billingAccount || undefined : undefined,
    // Written only when set: a subscription is not a trial unless the plan says so.
    trial: sub.trial || undefined,
    term: sub.term || undefined,
    billing: sub.billing || undefined,
    termStart: read.date(sub.termStart, `${pointer}/termStart`, false),
    termEnd: read.date(sub.termEnd, `${pointer}/termEnd`, true),
    endOfTerm: sub.endOfTerm,
    cancelOn: cancelled ? read.date(sub.cancelOn, `${pointer}/cancelOn`, true) : undefined,
    extendedUntil: extended ? read.date(sub.extendedUntil, `${pointer}/extendedUntil`, false) : undefined,
    addOnOf: sub.addOnOf.trim() || undefined,
    path: sub.path || undefined,
    target: {
      offer: offers.length === 1 && sub.target.offer.length === 1 ? offers[0] : offers,
      quantity: read.count(sub.target.quantity, `${pointer}/target/quantity`, 1, true),
      // A transferred line is not bought again: it has no provision date to give.
      provisionOn: read.date(
        sub.target.provisionOn,
        `${pointer}/target/provisionOn`,
        sub.path !== 'partner-transfer',
      ),
      assignOn: read.date(sub.target.assignOn, `${pointer}/target/assignOn`, false),
      term: sub.target.term || undefined,
      billing: sub.target.billing || undefined,
    },
  };
  dropUndefined(line.target as Record<string, unknown>);
  return dropUndefined(line) as Subscription;
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

function readRoles(text: string, read: Reader): string[] | undefined {
  const roles = text
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  if (roles.length === 0) return undefined;
  if (roles.some((r) => !PATTERNS.role.test(r))) return read.report('format', '/relationship/gdapRoles');
  return [...new Set(roles)];
}

/** The subscriptions the tenant keeps: each needs an offer id and at least one licence. */
function readKept(state: CheckerState, read: Reader): Record<string, unknown>[] | undefined {
  const kept = state.customer.otherSubscriptions.map((k, i) => ({
    offer: read.pattern(k.offer, `/customer/otherSubscriptions/${i}/offer`, PATTERNS.offer),
    quantity: read.count(k.quantity, `/customer/otherSubscriptions/${i}/quantity`, 1, true),
  }));
  return kept.length > 0 ? kept : undefined;
}

/** The transfer request, written only while a line moves by partner transfer. */
function readTransfer(state: CheckerState, read: Reader): Record<string, unknown> | undefined {
  if (!state.subscriptions.some((sub) => sub.path === 'partner-transfer')) return undefined;
  const { sourcePartner, requestedOn, approvedOn } = state.transfer;
  return dropUndefined({
    sourcePartner: dropUndefined({
      name: read.text(sourcePartner.name, '/transfer/sourcePartner/name'),
      country: read.pattern(sourcePartner.country, '/transfer/sourcePartner/country', PATTERNS.country),
      tenantId: read.optional(sourcePartner.tenantId, '/transfer/sourcePartner/tenantId', PATTERNS.tenantId),
    }),
    requestedOn: read.date(requestedOn, '/transfer/requestedOn', false),
    approvedOn: read.date(approvedOn, '/transfer/approvedOn', false),
  });
}

export interface FormReading {
  /** The plan file the form describes; undefined while any problem remains. */
  plan: Plan | undefined;
  problems: FormProblem[];
}

/**
 * Turns the form into a plan file that the plan schema accepts, or lists what keeps it from being one.
 * Fields the form hides (a cancel date when the original expires, GDAP details without GDAP, dates of a
 * relationship not yet requested) are left out of the plan even when the form still remembers them.
 */
export function readForm(state: CheckerState): FormReading {
  const read = new Reader();
  const { partner, customer, relationship } = state;
  const reseller = relationship.reseller;
  const gdap = relationship.adminAccess === 'gdap';
  const plan = {
    version: 2,
    asOf: read.date(state.asOf, '/asOf', false),
    partner: dropUndefined({
      name: read.text(partner.name, '/partner/name'),
      partnerId: read.optional(partner.partnerId, '/partner/partnerId', PATTERNS.partnerId),
      country: read.pattern(partner.country, '/partner/country', PATTERNS.country),
      model: partner.model || undefined,
    }),
    customer: dropUndefined({
      name: read.text(customer.name, '/customer/name'),
      tenantId: read.optional(customer.tenantId, '/customer/tenantId', PATTERNS.tenantId),
      domain: read.optional(customer.domain, '/customer/domain', PATTERNS.domain),
      country: read.pattern(customer.country, '/customer/country', PATTERNS.country),
      agreementAccepted: customer.agreementAccepted,
      // When and how it was accepted are asked only once it is.
      agreementAcceptedOn: customer.agreementAccepted
        ? read.date(customer.agreementAcceptedOn, '/customer/agreementAcceptedOn', false)
        : undefined,
      agreementMethod: customer.agreementAccepted ? customer.agreementMethod || undefined : undefined,
      otherSubscriptions: readKept(state, read),
    }),
    relationship: dropUndefined({
      reseller,
      requestedOn:
        reseller === 'not-requested'
          ? undefined
          : read.date(relationship.requestedOn, '/relationship/requestedOn', false),
      acceptedOn:
        reseller === 'accepted'
          ? read.date(relationship.acceptedOn, '/relationship/acceptedOn', true)
          : undefined,
      adminAccess: relationship.adminAccess,
      gdapExpiresOn: gdap
        ? read.date(relationship.gdapExpiresOn, '/relationship/gdapExpiresOn', false)
        : undefined,
      gdapAutoExtend: gdap && relationship.gdapAutoExtend ? true : undefined,
      gdapRoles: gdap ? readRoles(relationship.gdapRoles, read) : undefined,
    }),
    transfer: readTransfer(state, read),
    subscriptions: state.subscriptions.map((sub, i) => readSubscription(sub, `/subscriptions/${i}`, read)),
  };
  if (state.subscriptions.length === 0) read.report('required', '/subscriptions');
  dropUndefined(plan);
  return { plan: read.problems.length === 0 ? (plan as Plan) : undefined, problems: read.problems };
}

/** `fabrikam-gmbh.plan.yaml`: the customer's name as a file name the CLI's default globs pick up. */
export function planFileName(state: CheckerState): string {
  return planFileNameFor(state.customer.name, 'customer');
}
