import { addDays, type CalendarDate } from '@csp-move/rules/dates';
import type {
  AdminAccess,
  AgreementMethod,
  BillingAccount,
  BillingCycle,
  Channel,
  EndOfTerm,
  MovePath,
  PartnerModel,
  ResellerState,
  Term,
} from '@csp-move/rules/plan';

/**
 * What the checker form holds. It mirrors the plan file (DESIGN §3) field for field, so a finding's
 * JSON pointer names a form field too, but keeps every typed-in value as the text the input shows:
 * a half-typed quantity or an empty date is a state the form must be able to hold, a plan cannot.
 */
export interface CheckerState {
  /** The date relative checks use; exported as the plan's `asOf` so the CLI judges the same day. */
  asOf: string;
  /** `model` is '' when the plan does not say how the partner transacts. */
  partner: { name: string; partnerId: string; country: string; model: PartnerModel | '' };
  customer: {
    name: string;
    tenantId: string;
    domain: string;
    country: string;
    agreementAccepted: boolean;
    agreementAcceptedOn: string;
    agreementMethod: AgreementMethod | '';
    /** What the tenant keeps outside the move; they count for add-on bases and seat caps. */
    otherSubscriptions: KeptState[];
  };
  relationship: {
    reseller: ResellerState;
    requestedOn: string;
    acceptedOn: string;
    adminAccess: AdminAccess;
    gdapExpiresOn: string;
    gdapAutoExtend: boolean;
    /** Comma-separated in the form, a list in the plan. */
    gdapRoles: string;
  };
  /** The partner transfer request, asked when a line moves by partner transfer. */
  transfer: {
    sourcePartner: { name: string; country: string; tenantId: string };
    requestedOn: string;
    approvedOn: string;
  };
  subscriptions: SubscriptionState[];
}

export interface SubscriptionState {
  id: string;
  offer: string;
  quantity: string;
  assigned: string;
  channel: Channel;
  /** Only for a direct purchase; '' when not known. */
  billingAccount: BillingAccount | '';
  trial: boolean;
  term: Term | '';
  billing: BillingCycle | '';
  termStart: string;
  termEnd: string;
  endOfTerm: EndOfTerm;
  cancelOn: string;
  extendedUntil: string;
  /** Id of the base line, or '' when this line is not an add-on. */
  addOnOf: string;
  /** How the line moves; '' leaves it to csp-move to propose one. */
  path: MovePath | '';
  /** One offer, or several for a bundle. */
  target: {
    offer: string[];
    quantity: string;
    provisionOn: string;
    /** '' when users get the licences on the day the target is provisioned. */
    assignOn: string;
    term: Term | '';
    billing: BillingCycle | '';
  };
}

/** A subscription the tenant keeps: its offer and licences, as typed. */
export interface KeptState {
  offer: string;
  quantity: string;
}

/** The country a new form starts with: the one most partners reading this locale are in. */
export const DEFAULT_COUNTRY: Record<'en' | 'zh-TW', string> = { en: 'US', 'zh-TW': 'TW' };

/** The offer a new subscription line starts with: the most common small-business suite. */
export const DEFAULT_OFFER = 'microsoft-365-business-standard';

/**
 * A new subscription line, bought directly under a Microsoft Customer Agreement. Its term ends two months
 * after `today` and is set to end then (recurring billing off), and the same offer is provisioned a week
 * before: since 2026 a direct subscription gets no free days after its term, so the new one comes first.
 */
export function newSubscription(today: CalendarDate, taken: readonly string[] = []): SubscriptionState {
  const termEnd = addDays(today, 60);
  return {
    id: freeLineId(taken),
    offer: DEFAULT_OFFER,
    quantity: '10',
    assigned: '',
    channel: 'web-direct',
    billingAccount: 'mca',
    trial: false,
    term: 'annual',
    billing: 'annual',
    termStart: '',
    termEnd,
    endOfTerm: 'cancel-at-term-end',
    cancelOn: '',
    extendedUntil: '',
    addOnOf: '',
    path: '',
    target: {
      offer: [DEFAULT_OFFER],
      quantity: '10',
      provisionOn: addDays(termEnd, -7),
      assignOn: '',
      term: '',
      billing: '',
    },
  };
}

/** `sub-1`, `sub-2`, …: the first such id no other line uses. */
export function freeLineId(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = `sub-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/**
 * The form a partner starts from: both tenants in the locale's usual country, no relationship yet,
 * GDAP (what new customers get by default) and one subscription bought directly from Microsoft.
 */
export function defaultState(today: CalendarDate, locale: 'en' | 'zh-TW'): CheckerState {
  const country = DEFAULT_COUNTRY[locale];
  return {
    asOf: today,
    partner: { name: '', partnerId: '', country, model: '' },
    customer: {
      name: '',
      tenantId: '',
      domain: '',
      country,
      agreementAccepted: false,
      agreementAcceptedOn: '',
      agreementMethod: '',
      otherSubscriptions: [],
    },
    relationship: {
      reseller: 'not-requested',
      requestedOn: '',
      acceptedOn: '',
      adminAccess: 'gdap',
      gdapExpiresOn: '',
      gdapAutoExtend: false,
      gdapRoles: '',
    },
    transfer: { sourcePartner: { name: '', country, tenantId: '' }, requestedOn: '', approvedOn: '' },
    subscriptions: [newSubscription(today)],
  };
}
