import { isCalendarDate } from '@csp-move/rules/dates';
import { planFileNameFor } from '@csp-move/rules/file-name';
import type { Plan, Subscription } from '@csp-move/rules/plan';
import type { FieldValue } from './fields.ts';
import {
  AS_OF,
  type FieldSpec,
  FORM_GROUPS,
  KEPT_FIELDS,
  LINE_SECTIONS,
  type LineCondition,
  type RootCondition,
} from './form-layout.ts';
import { inSchemaOrder, type PlanField, patternOf, planField, schemaPath } from './form-model.ts';
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

/** Collects problems while reading the form; each reader returns the plan value or undefined. */
class Reader {
  readonly problems: FormProblem[] = [];

  /**
   * Text with the schema's limits: required or not, at most so long, in the field's pattern. A value
   * that is in the pattern once written the one way it can mean is taken so (see `unambiguous`).
   */
  text(value: string, pointer: string, field: PlanField, required: boolean): string | undefined {
    const pattern = patternOf(field);
    const text = pattern ? unambiguous(value, pattern) : value.trim();
    if (text === '') return required ? this.report('required', pointer) : undefined;
    const max = field.schema.maxLength ?? field.schema.anyOf?.[0]?.maxLength;
    if (max !== undefined && text.length > max) return this.report('too-long', pointer, { max });
    return pattern && !pattern.test(text) ? this.report('format', pointer) : text;
  }

  date(value: string, pointer: string, required: boolean): string | undefined {
    const text = value.trim();
    if (text === '') return required ? this.report('required', pointer) : undefined;
    return isCalendarDate(text) ? text : this.report('date', pointer);
  }

  count(value: string, pointer: string, field: PlanField, required: boolean): number | undefined {
    // Full-width digits (２５) are the same number.
    const text = value.normalize('NFKC').trim();
    if (text === '') return required ? this.report('required', pointer) : undefined;
    if (!/^[0-9]+$/.test(text)) return this.report('whole-number', pointer);
    const n = Number(text);
    const { minimum: min = 0, maximum: max = Number.MAX_SAFE_INTEGER } = field.schema;
    return n < min || n > max ? this.report('range', pointer, { min, max }) : n;
  }

  /**
   * A list typed as one text: items separated by commas (or spaces between ids), each in the pattern,
   * each once. An item written as a name with spaces is the name's id: GDAP roles as Partner Center
   * shows them ("License Administrator") are their ids (license-administrator).
   */
  list(value: string, pointer: string, field: PlanField): string[] | undefined {
    const pattern = patternOf(field);
    const items = value
      .normalize('NFKC')
      .split(/[,;、\n]+/)
      .flatMap((item) => {
        const words = item.trim().split(/\s+/).filter(Boolean);
        // Ids with hyphens separated by spaces are a list; any other words are one name.
        if (words.length > 1 && words.every((w) => w.includes('-'))) return words;
        return words.length === 0 ? [] : [words.join(' ')];
      })
      .map((item) => {
        const name = /\s|[A-Z]/.test(item) ? item.replace(/\s+/g, '-').toLowerCase() : item;
        return pattern ? unambiguous(name, pattern) : name;
      });
    if (items.length === 0) return undefined;
    if (pattern && items.some((item) => !pattern.test(item))) return this.report('format', pointer);
    const listed = field.schema.items?.enum;
    if (listed && items.some((item) => !listed.includes(item))) return this.report('format', pointer);
    return [...new Set(items)];
  }

  /** Records a problem; returns undefined so a reader can `return this.report(…)`. */
  report(code: ProblemCode, pointer: string, params?: FormProblem['params']): undefined {
    this.problems.push(params ? { code, pointer, params } : { code, pointer });
    return undefined;
  }
}

/**
 * The one way a typed value can mean something in `pattern`: as typed; with full-width letters and
 * digits as their ASCII selves (ｓｕｂ－１); without braces around it (a tenant id as {GUID}).
 * Otherwise the value as typed, trimmed: the form then says what the field expects, with an example.
 */
function unambiguous(value: string, pattern: RegExp): string {
  const typed = value.trim();
  if (typed === '' || pattern.test(typed)) return typed;
  const plain = typed.normalize('NFKC').trim();
  const unbraced = /^\{.*\}$/.test(plain) ? plain.slice(1, -1).trim() : plain;
  for (const candidate of [plain, unbraced]) if (pattern.test(candidate)) return candidate;
  return typed;
}

/** A value the form holds, by its field in a scope (`target/quantity`, `customer/agreementAccepted`). */
type Lookup = (field: string) => FieldValue | undefined;

function lookupIn(scope: object): Lookup {
  return (field) => {
    let node: unknown = scope;
    for (const key of field.split('/')) node = (node as Record<string, unknown> | undefined)?.[key];
    return typeof node === 'string' || typeof node === 'boolean' ? node : undefined;
  };
}

/** Whether a layout condition holds: the field it reads has one of its values. */
function holds(when: LineCondition | RootCondition | undefined, value: Lookup): boolean {
  return when === undefined || (when.values as readonly string[]).includes(String(value(when.field) ?? ''));
}

/**
 * Whether the plan requires the field here: always, or while another field has (or has not) a value. The
 * schema names that field by its path from the plan's root; `value` finds it in the scope it belongs to.
 */
function required(field: PlanField, value: (path: string) => FieldValue | undefined): boolean {
  const { requirement } = field;
  if (requirement.kind === 'always') return true;
  if (requirement.kind === 'optional') return false;
  const same = String(value(requirement.field) ?? '') === requirement.value;
  return requirement.kind === 'when' ? same : !same;
}

/**
 * One form value as the plan value its schema field types: a flag (written when set, or always when the
 * schema gives it a default), a choice, a date, a whole number, text, or a list typed as text.
 */
function readValue(
  field: PlanField,
  value: FieldValue,
  pointer: string,
  needed: boolean,
  read: Reader,
): unknown {
  switch (field.type.kind) {
    case 'boolean':
      return value === true || field.schema.default !== undefined ? value === true : undefined;
    case 'enum':
      return value === '' ? (needed ? read.report('required', pointer) : undefined) : value;
    case 'date':
      return read.date(String(value), pointer, needed);
    case 'integer':
      return read.count(String(value), pointer, field, needed);
    case 'array':
      return read.list(String(value), pointer, field);
    default:
      return read.text(String(value), pointer, field, needed);
  }
}

/** Sets `record[a][b]…` for a field `a/b/…`, making the objects on the way; undefined is left out. */
function put(record: Json, field: string, value: unknown): void {
  if (value === undefined) return;
  const keys = field.split('/');
  const last = keys.pop() as string;
  let node = record;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[last] = value;
}

type Json = Record<string, unknown>;

/** Reads the fields a layout asks in one scope (`/subscriptions/2`, or '' for the plan) into `out`. */
function readFields(
  specs: readonly FieldSpec[],
  scope: string,
  value: Lookup,
  rootValue: (path: string) => FieldValue | undefined,
  out: Json,
  read: Reader,
): void {
  for (const spec of specs) {
    // A field the form hides is left out of the plan, even while the form still remembers it.
    if (!holds(spec.when, value)) continue;
    const pointer = `${scope}/${spec.field}`;
    const field = planField(schemaPath(pointer));
    const given = value(spec.field) ?? '';
    put(out, spec.field, readValue(field, given, pointer, required(field, rootValue), read));
  }
}

function readSubscription(sub: SubscriptionState, pointer: string, read: Reader): Subscription {
  const line: Json = {};
  const value = lookupIn(sub);
  // The schema names the fields its conditions read from the plan's root: here, in this line.
  const inLine = (path: string) => value(path.replace(/^subscriptions\[\]\./, '').replace(/\./g, '/'));
  readFields([...LINE_SECTIONS.source, ...LINE_SECTIONS.target], pointer, value, inLine, line, read);
  put(line, 'target/offer', readBundle(sub, pointer, read));
  return line as Subscription;
}

/** A line's target offers: one, or several for a bundle, each once. */
function readBundle(sub: SubscriptionState, pointer: string, read: Reader): string | string[] {
  const field = planField('subscriptions[].target.offer');
  const offers: string[] = [];
  sub.target.offer.forEach((offer, i) => {
    const id = read.text(offer, `${pointer}/target/offer/${i}`, field, true);
    if (id === undefined) return;
    if (offers.includes(id)) read.report('repeated', `${pointer}/target/offer/${i}`);
    else offers.push(id);
  });
  const max = field.schema.anyOf?.[1]?.maxItems;
  if (sub.target.offer.length === 0) read.report('required', `${pointer}/target/offer`);
  if (max !== undefined && sub.target.offer.length > max)
    read.report('too-many', `${pointer}/target/offer`, { max });
  return offers.length === 1 && sub.target.offer.length === 1 ? (offers[0] as string) : offers;
}

/** The subscriptions the tenant keeps, or undefined when there are none. */
function readKept(state: CheckerState, read: Reader): Json[] | undefined {
  const kept = state.customer.otherSubscriptions.map((k, i) => {
    const out: Json = {};
    const value = lookupIn(k);
    readFields(KEPT_FIELDS, `/customer/otherSubscriptions/${i}`, value, value, out, read);
    return out;
  });
  return kept.length > 0 ? kept : undefined;
}

export interface FormReading {
  /** The plan file the form describes; undefined while any problem remains. */
  plan: Plan | undefined;
  problems: FormProblem[];
  /**
   * What the form holds that could be read, in schema order: the plan without the fields that have a
   * problem (export-plan.ts writes `to-fill-in` where those are left to fill in).
   */
  read: Record<string, unknown>;
}

/**
 * Turns the form into a plan file that the plan schema accepts, or lists what keeps it from being one.
 * What each field may hold comes from the schema (form-model.ts); which fields are asked, and when, from
 * the layout (form-layout.ts). Fields the form hides (a cancel date when the original expires, GDAP
 * details without GDAP, the transfer request while no line transfers) are left out of the plan even
 * when the form still remembers them.
 */
export function readForm(state: CheckerState): FormReading {
  const read = new Reader();
  const value = lookupIn(state);
  const rootValue = (path: string) => value(path.replace(/\./g, '/'));
  const plan: Json = { version: 2 };
  readFields([AS_OF], '', value, rootValue, plan, read);
  for (const group of FORM_GROUPS) {
    for (const section of group.sections) {
      if (section.anyLine && !state.subscriptions.some((sub) => holds(section.anyLine, lookupIn(sub))))
        continue;
      readFields(section.fields, '', value, rootValue, plan, read);
    }
  }
  put(plan, 'customer/otherSubscriptions', readKept(state, read));
  plan.subscriptions = state.subscriptions.map((sub, i) =>
    readSubscription(sub, `/subscriptions/${i}`, read),
  );
  if (state.subscriptions.length === 0) read.report('required', '/subscriptions');
  const ordered = inSchemaOrder(plan);
  const done = read.problems.length === 0;
  return { plan: done ? (ordered as Plan) : undefined, problems: read.problems, read: ordered };
}

/** `fabrikam-gmbh.plan.yaml`: the customer's name as a file name the CLI's default globs pick up. */
export function planFileName(state: CheckerState): string {
  return planFileNameFor(state.customer.name, 'customer');
}
