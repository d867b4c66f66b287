import type { CalendarDate } from '@csp-move/rules/dates';
import {
  ADMIN_ACCESS,
  AGREEMENT_METHODS,
  BILLING_ACCOUNTS,
  BILLING_CYCLES,
  CHANNELS,
  END_OF_TERM,
  EXITS_V1,
  endOfTermOfV1,
  PARTNER_MODELS,
  PATHS,
  RESELLER_STATES,
  TERMS,
} from '@csp-move/rules/plan';
import { PLAN_KEYS } from './keys.ts';
import { type CheckerState, defaultState, type KeptState, type SubscriptionState } from './state.ts';

/** Most subscription lines a form takes in; the plan schema allows 1000. */
const MAX_LINES = 1000;

export interface Restored {
  state: CheckerState;
  /** JSON pointers of values that could not be carried into the form (wrong type, unknown key). */
  dropped: string[];
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads values out of untrusted data, noting every one it has to leave behind. */
class Coercer {
  readonly dropped: string[] = [];

  /** Text for an input: strings as they are, numbers written out; anything else is dropped. */
  text(value: unknown, pointer: string, fallback: string): string {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.dropped.push(pointer);
    return fallback;
  }

  flag(value: unknown, pointer: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.dropped.push(pointer);
    return fallback;
  }

  choice<T extends string>(value: unknown, pointer: string, options: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if ((options as readonly unknown[]).includes(value)) return value as T;
    this.dropped.push(pointer);
    return fallback;
  }

  /** A list of strings: a plain string becomes a one-item list. */
  list(value: unknown, pointer: string, fallback: string[]): string[] {
    if (value === undefined) return fallback;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      return [...value];
    }
    this.dropped.push(pointer);
    return fallback;
  }

  record(value: unknown, pointer: string, known: readonly string[]): Json {
    if (value === undefined) return {};
    if (!isRecord(value)) {
      this.dropped.push(pointer);
      return {};
    }
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.dropped.push(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
    return value;
  }
}

function readLine(value: unknown, pointer: string, fallbackId: string, c: Coercer): SubscriptionState {
  const s = c.record(value, pointer, [...PLAN_KEYS.subscription, ...PLAN_KEYS.subscriptionV1]);
  const t = c.record(s.target, `${pointer}/target`, PLAN_KEYS.target);
  // A version 1 line says with autoRenew and exit what version 2 says with endOfTerm.
  const v1 = s.endOfTerm === undefined && (s.autoRenew !== undefined || s.exit !== undefined);
  const endOfTerm = v1
    ? endOfTermOfV1({
        autoRenew: c.flag(s.autoRenew, `${pointer}/autoRenew`, false),
        exit: c.choice(s.exit, `${pointer}/exit`, EXITS_V1, 'expire'),
      })
    : c.choice(s.endOfTerm, `${pointer}/endOfTerm`, END_OF_TERM, 'cancel-at-term-end');
  return {
    id: c.text(s.id, `${pointer}/id`, fallbackId),
    offer: c.text(s.offer, `${pointer}/offer`, ''),
    quantity: c.text(s.quantity, `${pointer}/quantity`, ''),
    assigned: c.text(s.assigned, `${pointer}/assigned`, ''),
    channel: c.choice(s.channel, `${pointer}/channel`, CHANNELS, 'web-direct'),
    billingAccount: c.choice(s.billingAccount, `${pointer}/billingAccount`, ['', ...BILLING_ACCOUNTS], ''),
    trial: c.flag(s.trial, `${pointer}/trial`, false),
    term: c.choice(s.term, `${pointer}/term`, ['', ...TERMS], ''),
    billing: c.choice(s.billing, `${pointer}/billing`, ['', ...BILLING_CYCLES], ''),
    termStart: c.text(s.termStart, `${pointer}/termStart`, ''),
    termEnd: c.text(s.termEnd, `${pointer}/termEnd`, ''),
    endOfTerm,
    cancelOn: c.text(s.cancelOn, `${pointer}/cancelOn`, ''),
    extendedUntil: c.text(s.extendedUntil, `${pointer}/extendedUntil`, ''),
    addOnOf: c.text(s.addOnOf, `${pointer}/addOnOf`, ''),
    path: c.choice(s.path, `${pointer}/path`, ['', ...PATHS], ''),
    target: {
      offer: c.list(t.offer, `${pointer}/target/offer`, ['']),
      quantity: c.text(t.quantity, `${pointer}/target/quantity`, ''),
      provisionOn: c.text(t.provisionOn, `${pointer}/target/provisionOn`, ''),
      assignOn: c.text(t.assignOn, `${pointer}/target/assignOn`, ''),
      term: c.choice(t.term, `${pointer}/target/term`, ['', ...TERMS], ''),
      billing: c.choice(t.billing, `${pointer}/target/billing`, ['', ...BILLING_CYCLES], ''),
    },
  };
}

/** The subscriptions the tenant keeps outside the move; each is an offer and its licences. */
function readKept(value: unknown, c: Coercer): KeptState[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    c.dropped.push('/customer/otherSubscriptions');
    return [];
  }
  return value.slice(0, MAX_LINES).map((item, i) => {
    const pointer = `/customer/otherSubscriptions/${i}`;
    const kept = c.record(item, pointer, PLAN_KEYS.kept);
    return {
      offer: c.text(kept.offer, `${pointer}/offer`, ''),
      quantity: c.text(kept.quantity, `${pointer}/quantity`, ''),
    };
  });
}

/**
 * Fills the form from a plan file (as parsed from YAML) or from a saved form state (a share link):
 * both have the same shape. Whatever the data lacks keeps the form's empty value, so a partial plan
 * still loads and the form shows what is missing; values of the wrong kind are listed in `dropped`.
 */
export function restoreState(data: unknown, today: CalendarDate, locale: 'en' | 'zh-TW'): Restored {
  const c = new Coercer();
  const blank = defaultState(today, locale);
  const plan = c.record(data, '', PLAN_KEYS.plan);
  const p = c.record(plan.partner, '/partner', PLAN_KEYS.partner);
  const cu = c.record(plan.customer, '/customer', PLAN_KEYS.customer);
  const r = c.record(plan.relationship, '/relationship', PLAN_KEYS.relationship);
  const tr = c.record(plan.transfer, '/transfer', PLAN_KEYS.transfer);
  const sp = c.record(tr.sourcePartner, '/transfer/sourcePartner', PLAN_KEYS.sourcePartner);
  const roles = c.list(r.gdapRoles, '/relationship/gdapRoles', []);

  let lines: unknown[] = [];
  if (Array.isArray(plan.subscriptions)) lines = plan.subscriptions.slice(0, MAX_LINES);
  else if (plan.subscriptions !== undefined) c.dropped.push('/subscriptions');
  const subscriptions = lines.map((line, i) => readLine(line, `/subscriptions/${i}`, `sub-${i + 1}`, c));
  if (plan.version !== undefined && plan.version !== 1 && plan.version !== 2) c.dropped.push('/version');

  const state: CheckerState = {
    asOf: c.text(plan.asOf, '/asOf', blank.asOf),
    partner: {
      name: c.text(p.name, '/partner/name', ''),
      partnerId: c.text(p.partnerId, '/partner/partnerId', ''),
      country: c.text(p.country, '/partner/country', blank.partner.country),
      model: c.choice(p.model, '/partner/model', ['', ...PARTNER_MODELS], ''),
    },
    customer: {
      name: c.text(cu.name, '/customer/name', ''),
      tenantId: c.text(cu.tenantId, '/customer/tenantId', ''),
      domain: c.text(cu.domain, '/customer/domain', ''),
      country: c.text(cu.country, '/customer/country', blank.customer.country),
      agreementAccepted: c.flag(cu.agreementAccepted, '/customer/agreementAccepted', false),
      agreementAcceptedOn: c.text(cu.agreementAcceptedOn, '/customer/agreementAcceptedOn', ''),
      agreementMethod: c.choice(
        cu.agreementMethod,
        '/customer/agreementMethod',
        ['', ...AGREEMENT_METHODS],
        '',
      ),
      otherSubscriptions: readKept(cu.otherSubscriptions, c),
    },
    relationship: {
      reseller: c.choice(r.reseller, '/relationship/reseller', RESELLER_STATES, 'not-requested'),
      requestedOn: c.text(r.requestedOn, '/relationship/requestedOn', ''),
      acceptedOn: c.text(r.acceptedOn, '/relationship/acceptedOn', ''),
      adminAccess: c.choice(
        r.adminAccess,
        '/relationship/adminAccess',
        ADMIN_ACCESS,
        blank.relationship.adminAccess,
      ),
      gdapExpiresOn: c.text(r.gdapExpiresOn, '/relationship/gdapExpiresOn', ''),
      gdapAutoExtend: c.flag(r.gdapAutoExtend, '/relationship/gdapAutoExtend', false),
      gdapRoles: roles.join(', '),
    },
    transfer: {
      sourcePartner: {
        name: c.text(sp.name, '/transfer/sourcePartner/name', ''),
        country: c.text(sp.country, '/transfer/sourcePartner/country', blank.transfer.sourcePartner.country),
        tenantId: c.text(sp.tenantId, '/transfer/sourcePartner/tenantId', ''),
      },
      requestedOn: c.text(tr.requestedOn, '/transfer/requestedOn', ''),
      approvedOn: c.text(tr.approvedOn, '/transfer/approvedOn', ''),
    },
    subscriptions: subscriptions.length > 0 ? subscriptions : blank.subscriptions,
  };
  return { state, dropped: c.dropped };
}
