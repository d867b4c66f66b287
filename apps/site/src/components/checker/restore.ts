import type { CalendarDate } from '@csp-move/rules/dates';
import { EXITS_V1, endOfTermOfV1 } from '@csp-move/rules/plan';
import { keysOf, planField } from './form-model.ts';
import { PLAN_KEYS } from './keys.ts';
import {
  blankOf,
  type CheckerState,
  defaultState,
  emptyLine,
  type KeptState,
  type SubscriptionState,
} from './state.ts';

/**
 * Most items a form takes into each list, whatever the data holds: the schema's own limit where it
 * has one (1000 lines, 10 offers in a bundle), else this many. What is cut off is listed in `dropped`.
 */
const MAX_ITEMS = 1000;

/** The schema's limit on a list's length. */
function maxItems(path: string): number {
  const { schema } = planField(path);
  return schema.maxItems ?? schema.anyOf?.find((option) => option.type === 'array')?.maxItems ?? MAX_ITEMS;
}

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

  /** A list of strings, at most `max` of them: a plain string becomes a one-item list. */
  list(value: unknown, pointer: string, fallback: string[], max: number): string[] {
    if (value === undefined) return fallback;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      return this.cap(value, pointer, max);
    }
    this.dropped.push(pointer);
    return fallback;
  }

  /** The first `max` items of a list; the first one left out is noted. */
  cap<T>(items: readonly T[], pointer: string, max: number): T[] {
    if (items.length > max) this.dropped.push(`${pointer}/${max}`);
    return items.slice(0, max);
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

/** The kinds of value one form control holds. */
const SCALARS = new Set(['string', 'date', 'integer', 'boolean', 'enum']);

/**
 * The scalar values of the plan object at `path` (schema path) in `record`, each coerced as the schema
 * types it: flags, choices among the values the schema lists (or '', not answered yet), and text. What
 * the record lacks keeps its value in `fallback`, which is empty: nothing is answered for the user.
 */
function readScalars<T extends object>(
  record: Json,
  pointer: string,
  path: string,
  fallback: T,
  c: Coercer,
): T {
  const given = fallback as unknown as Record<string, unknown>;
  const out = { ...given };
  for (const key of keysOf(path)) {
    const field = planField(path ? `${path}.${key}` : key);
    if (!SCALARS.has(field.type.kind) || !(key in given)) continue;
    const at = `${pointer}/${key}`;
    const value = record[key];
    if (field.type.kind === 'boolean') out[key] = c.flag(value, at, given[key] as boolean);
    else if (field.type.kind === 'enum')
      out[key] = c.choice(value, at, ['', ...field.type.values], given[key] as string);
    else out[key] = c.text(value, at, given[key] as string);
  }
  return out as unknown as T;
}

function readLine(value: unknown, pointer: string, fallbackId: string, c: Coercer): SubscriptionState {
  const s = c.record(value, pointer, [...PLAN_KEYS.subscription, ...PLAN_KEYS.subscriptionV1]);
  const t = c.record(s.target, `${pointer}/target`, PLAN_KEYS.target);
  const empty = emptyLine(fallbackId);
  const line = readScalars(s, pointer, 'subscriptions[]', empty, c);
  // A version 1 line says with autoRenew and exit what version 2 says with endOfTerm.
  if (s.endOfTerm === undefined && (s.autoRenew !== undefined || s.exit !== undefined)) {
    line.endOfTerm = endOfTermOfV1({
      autoRenew: c.flag(s.autoRenew, `${pointer}/autoRenew`, false),
      exit: c.choice(s.exit, `${pointer}/exit`, EXITS_V1, 'expire'),
    });
  }
  const done = c.list(s.done, `${pointer}/done`, [], maxItems('subscriptions[].done'));
  return {
    ...line,
    done: done.join(', '),
    target: {
      ...readScalars(t, `${pointer}/target`, 'subscriptions[].target', empty.target, c),
      offer: c.list(t.offer, `${pointer}/target/offer`, [''], maxItems('subscriptions[].target.offer')),
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
  const blank = blankOf<KeptState>('customer.otherSubscriptions[]');
  const items = c.cap(value, '/customer/otherSubscriptions', maxItems('customer.otherSubscriptions'));
  return items.map((item, i) => {
    const pointer = `/customer/otherSubscriptions/${i}`;
    return readScalars(
      c.record(item, pointer, PLAN_KEYS.kept),
      pointer,
      'customer.otherSubscriptions[]',
      blank,
      c,
    );
  });
}

/**
 * Fills the form from a plan file (as parsed from YAML) or from a saved form state (a share link):
 * both have the same shape. Whatever the data lacks keeps the form's empty value, so a partial plan
 * still loads and the form shows what is missing; values of the wrong kind are listed in `dropped`.
 */
export function restoreState(data: unknown, today: CalendarDate): Restored {
  const c = new Coercer();
  const blank = defaultState(today);
  const plan = c.record(data, '', PLAN_KEYS.plan);
  const p = c.record(plan.partner, '/partner', PLAN_KEYS.partner);
  const cu = c.record(plan.customer, '/customer', PLAN_KEYS.customer);
  const r = c.record(plan.relationship, '/relationship', PLAN_KEYS.relationship);
  const tr = c.record(plan.transfer, '/transfer', PLAN_KEYS.transfer);
  const sp = c.record(tr.sourcePartner, '/transfer/sourcePartner', PLAN_KEYS.sourcePartner);
  const roles = c.list(r.gdapRoles, '/relationship/gdapRoles', [], maxItems('relationship.gdapRoles'));

  let lines: unknown[] = [];
  if (Array.isArray(plan.subscriptions))
    lines = c.cap(plan.subscriptions, '/subscriptions', maxItems('subscriptions'));
  else if (plan.subscriptions !== undefined) c.dropped.push('/subscriptions');
  const subscriptions = lines.map((line, i) => readLine(line, `/subscriptions/${i}`, `sub-${i + 1}`, c));
  if (plan.version !== undefined && plan.version !== 1 && plan.version !== 2) c.dropped.push('/version');

  const state: CheckerState = {
    asOf: c.text(plan.asOf, '/asOf', blank.asOf),
    partner: readScalars(p, '/partner', 'partner', blank.partner, c),
    customer: {
      ...readScalars(cu, '/customer', 'customer', blank.customer, c),
      otherSubscriptions: readKept(cu.otherSubscriptions, c),
    },
    relationship: {
      ...readScalars(r, '/relationship', 'relationship', blank.relationship, c),
      gdapRoles: roles.join(', '),
    },
    transfer: {
      ...readScalars(tr, '/transfer', 'transfer', blank.transfer, c),
      sourcePartner: readScalars(
        sp,
        '/transfer/sourcePartner',
        'transfer.sourcePartner',
        blank.transfer.sourcePartner,
        c,
      ),
    },
    subscriptions: subscriptions.length > 0 ? subscriptions : blank.subscriptions,
  };
  return { state, dropped: c.dropped };
}
