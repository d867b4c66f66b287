import { PLAN_KEYS } from './keys.ts';

/**
 * Form fields are named by the JSON pointer of the plan value they hold (`/subscriptions/0/termEnd`),
 * so a finding's pointer leads straight to its input. A bundle's offers are one input each
 * (`/subscriptions/0/target/offer/1`).
 */

const SCALAR_FIELDS: Record<string, readonly string[]> = {
  '': ['asOf'],
  partner: PLAN_KEYS.partner,
  customer: PLAN_KEYS.customer,
  relationship: PLAN_KEYS.relationship,
};

/** The input a pointer is about; parents lead to the field that best stands for them. */
const STANDS_FOR: Record<string, string> = {
  partner: 'country',
  customer: 'country',
  relationship: 'reseller',
};

/** The element id of the field a plan pointer names. */
export function fieldId(pointer: string): string {
  return `cm${pointer.replace(/\//g, '-')}`;
}

/**
 * The pointer of the form field that a finding's pointer is about: the field itself, or the closest
 * one above or inside it (`/subscriptions/2` → its offer, `/relationship/gdapRoles/1` → the roles
 * field). Undefined when the pointer names nothing in the form.
 */
export function fieldPointer(pointer: string): string | undefined {
  const [, first = '', second, third, fourth, fifth] = pointer.split('/');
  if (first === 'subscriptions') {
    if (second === undefined || !/^\d+$/.test(second)) return undefined;
    const line = `/subscriptions/${second}`;
    if (third === undefined) return `${line}/offer`;
    if (third === 'target') {
      if (fourth === undefined || fourth === 'offer') return `${line}/target/offer/${fifth ?? '0'}`;
      return PLAN_KEYS.target.includes(fourth as never) ? `${line}/target/${fourth}` : undefined;
    }
    return PLAN_KEYS.subscription.includes(third as never) ? `${line}/${third}` : undefined;
  }
  if (first === 'customer' && second === 'otherSubscriptions') {
    // A kept subscription's own field; the list as a whole has no field to point at.
    if (third === undefined || !/^\d+$/.test(third)) return undefined;
    return `/customer/otherSubscriptions/${third}/${fourth === 'quantity' ? 'quantity' : 'offer'}`;
  }
  if (first === 'transfer') {
    if (second === 'sourcePartner') {
      const field = third === 'name' || third === 'tenantId' ? third : 'country';
      return `/transfer/sourcePartner/${field}`;
    }
    return second === 'requestedOn' || second === 'approvedOn'
      ? `/transfer/${second}`
      : '/transfer/sourcePartner/name';
  }
  if (first in STANDS_FOR && second === undefined) return `/${first}/${STANDS_FOR[first]}`;
  const group = second === undefined ? '' : first;
  const key = second === undefined ? first : second;
  if (!SCALAR_FIELDS[group]?.includes(key)) return undefined;
  return group === '' ? `/${key}` : `/${group}/${key}`;
}

/** A form control's value: text for inputs and selects, a flag for checkboxes. */
export type FieldValue = string | boolean;

function walk(value: unknown, pointer: string, out: [string, FieldValue][]): void {
  if (typeof value === 'string' || typeof value === 'boolean') out.push([pointer, value]);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${pointer}/${i}`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${key}`, out);
  }
}

/** Every form field of a state with its value, keyed by the field's pointer (its control's name). */
export function stateEntries(state: object): [string, FieldValue][] {
  const out: [string, FieldValue][] = [];
  walk(state, '', out);
  return out;
}

/**
 * The nested data that form entries spell out (numeric segments become list items), for
 * `restoreState`. Only plain keys are taken, so a crafted name cannot reach a prototype.
 */
export function entriesToData(entries: Iterable<readonly [string, FieldValue]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [pointer, value] of entries) {
    const keys = plainKeys(pointer);
    if (!keys) continue;
    let node: Record<string, unknown> | unknown[] = root;
    keys.forEach((key, i) => {
      const last = i === keys.length - 1;
      const container = node as Record<string, unknown>;
      if (last) container[key] = value;
      else {
        // Own keys only: `constructor` must not lead to Object, nor `__proto__` to its prototype.
        const existing = Object.hasOwn(container, key) ? container[key] : undefined;
        if (typeof existing !== 'object' || existing === null)
          container[key] = /^\d+$/.test(keys[i + 1] as string) ? [] : {};
        node = container[key] as Record<string, unknown>;
      }
    });
  }
  return root;
}

/** The same few hundred control names are read on every key press: their keys are split once. */
const KEYS = new Map<string, readonly string[] | null>();

/** A pointer's keys, or null when it is empty or has anything but letters and digits in a key. */
function plainKeys(pointer: string): readonly string[] | null {
  let keys = KEYS.get(pointer);
  if (keys === undefined) {
    const split = pointer.split('/').slice(1);
    keys = split.length === 0 || split.some((k) => !/^[A-Za-z0-9]+$/.test(k)) ? null : split;
    // Names come from the form's own controls; a bound keeps a crafted stream of names from growing it.
    if (KEYS.size > 10_000) KEYS.clear();
    KEYS.set(pointer, keys);
  }
  return keys;
}
