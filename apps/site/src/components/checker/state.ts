import { addDays, type CalendarDate } from '@csp-move/rules/dates';
import type { Customer, Partner, Relationship, Subscription, Target, Transfer } from '@csp-move/rules/plan';
import { keysOf, planField } from './form-model.ts';

/**
 * How the form holds one plan value: text as typed, a flag, or a choice. A choice is '' until someone
 * answers it, required or not: the form never answers for the user.
 */
type FormValue<V> = [V] extends [boolean]
  ? boolean
  : [V] extends [number]
    ? string
    : [V] extends [string]
      ? string extends V
        ? string
        : V | ''
      : never;

/** An object of the plan file as the form holds it: every key present, each value as the form shows it. */
export type FormObject<T> = {
  -readonly [K in keyof T]-?: FormValue<NonNullable<T[K]>>;
};

/**
 * What the checker form holds. It is the plan file (DESIGN §3) field for field, derived from the plan's
 * type, so a finding's JSON pointer names a form field too, but keeps every typed-in value as the text the
 * input shows: a half-typed quantity or an empty date is a state the form must be able to hold, a plan
 * cannot. Only what the form holds differently from the plan is written here: lists.
 */
export type CheckerState = {
  /** The date relative checks use; exported as the plan's `asOf` so the CLI judges the same day. */
  asOf: string;
  partner: FormObject<Partner>;
  customer: FormObject<Omit<Customer, 'otherSubscriptions'>> & {
    /** What the tenant keeps outside the move; they count for add-on bases and seat caps. */
    otherSubscriptions: KeptState[];
  };
  relationship: FormObject<Omit<Relationship, 'gdapRoles'>> & {
    /** Comma-separated in the form, a list in the plan. */
    gdapRoles: string;
  };
  /** The partner transfer request, asked when a line moves by partner transfer. */
  transfer: FormObject<Omit<Transfer, 'sourcePartner'>> & {
    sourcePartner: FormObject<Transfer['sourcePartner']>;
  };
  subscriptions: SubscriptionState[];
};

/** A subscription line; `path` '' leaves it to csp-move to propose one. */
export type SubscriptionState = FormObject<Omit<Subscription, 'target' | 'done'>> & {
  /**
   * The line's steps recorded as done (`done` in the plan), comma-separated as the form holds a list:
   * the checklist sets it when the user answers "was this done?" for a step whose date has passed.
   */
  done: string;
  /** One offer, or several for a bundle. */
  target: FormObject<Omit<Target, 'offer'>> & { offer: string[] };
};

/** A subscription the tenant keeps: its offer and licences, as typed. */
export type KeptState = FormObject<NonNullable<Customer['otherSubscriptions']>[number]>;

/** The country the example starts with: the one most partners reading this locale are in. */
export const EXAMPLE_COUNTRY: Record<'en' | 'zh-TW', string> = { en: 'US', 'zh-TW': 'TW' };

/** The offer the example line describes: the most common small-business suite. */
export const DEFAULT_OFFER = 'microsoft-365-business-standard';

const BLANKS = new Map<string, Readonly<Record<string, string | boolean>>>();

/**
 * The plan object at `path` as an empty form holds it: every value the form shows as one control, each
 * empty ('' or unticked), required choices too. Lists and nested objects are the caller's
 * (`target.offer`, `gdapRoles`, `done`).
 */
export function blankOf<T>(path: string): T {
  let blank = BLANKS.get(path);
  if (!blank) {
    const out: Record<string, string | boolean> = {};
    for (const key of keysOf(path)) {
      const field = planField(path ? `${path}.${key}` : key);
      const { kind } = field.type;
      if (kind === 'boolean') out[key] = false;
      else if (kind === 'string' || kind === 'date' || kind === 'integer' || kind === 'enum') out[key] = '';
    }
    blank = out;
    BLANKS.set(path, blank);
  }
  return { ...blank } as T;
}

/** A line with nothing filled in but its id. */
export function emptyLine(id: string): SubscriptionState {
  return {
    ...blankOf<Omit<SubscriptionState, 'target' | 'done'>>('subscriptions[]'),
    id,
    done: '',
    target: { ...blankOf<Omit<SubscriptionState['target'], 'offer'>>('subscriptions[].target'), offer: [''] },
  };
}

/**
 * The example's subscription line, bought directly under a Microsoft Customer Agreement. Its term ends two months
 * after `today` and is set to end then (recurring billing off), and the same offer is provisioned a week
 * before: since 2026 a direct subscription gets no free days after its term, so the new one comes first.
 */
export function newSubscription(today: CalendarDate, taken: readonly string[] = []): SubscriptionState {
  const termEnd = addDays(today, 60);
  const line = emptyLine(freeLineId(taken));
  return {
    ...line,
    offer: DEFAULT_OFFER,
    quantity: '10',
    channel: 'web-direct',
    billingAccount: 'mca',
    term: 'annual',
    billing: 'annual',
    termEnd,
    endOfTerm: 'cancel-at-term-end',
    target: { ...line.target, offer: [DEFAULT_OFFER], quantity: '10', provisionOn: addDays(termEnd, -7) },
  };
}

/** `sub-1`, `sub-2`, …: the first such id no other line uses. */
export function freeLineId(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `sub-${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * The form a partner starts from: nothing about the move filled in and no choice made, so nothing is
 * judged or exported that the partner did not enter. Only the day it is checked on is set: today, which
 * is not a guess. One empty subscription line waits to be described.
 */
export function defaultState(today: CalendarDate): CheckerState {
  return {
    asOf: today,
    partner: blankOf<CheckerState['partner']>('partner'),
    customer: {
      ...blankOf<Omit<CheckerState['customer'], 'otherSubscriptions'>>('customer'),
      otherSubscriptions: [],
    },
    relationship: {
      ...blankOf<Omit<CheckerState['relationship'], 'gdapRoles'>>('relationship'),
      gdapRoles: '',
    },
    transfer: {
      ...blankOf<Omit<CheckerState['transfer'], 'sourcePartner'>>('transfer'),
      sourcePartner: blankOf<CheckerState['transfer']['sourcePartner']>('transfer.sourcePartner'),
    },
    subscriptions: [emptyLine(freeLineId([]))],
  };
}

/**
 * The example a partner loads on purpose ("Load an example"), every question answered: two named
 * parties in the locale's usual country, a reseller relationship not requested yet with GDAP (what new
 * customers get by default), and one subscription bought directly.
 */
export function exampleState(today: CalendarDate, locale: 'en' | 'zh-TW'): CheckerState {
  const state = defaultState(today);
  const country = EXAMPLE_COUNTRY[locale];
  Object.assign(state.partner, { name: EXAMPLE_NAMES.partner[locale], country });
  Object.assign(state.customer, { name: EXAMPLE_NAMES.customer[locale], country });
  Object.assign(state.relationship, { reseller: 'not-requested', adminAccess: 'gdap' });
  state.subscriptions = [newSubscription(today)];
  return state;
}

/** The example's names: fictitious companies. */
const EXAMPLE_NAMES = {
  partner: { en: 'Contoso IT Services', 'zh-TW': 'Contoso 資訊服務' },
  customer: { en: 'Fabrikam', 'zh-TW': 'Fabrikam' },
} as const;
