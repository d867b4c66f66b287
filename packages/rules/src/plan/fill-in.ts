import { type Plan, planSchema } from './schema.ts';

/**
 * Values a plan file may leave "to fill in" (DESIGN §10): what `csp-move import` cannot know from an export
 * (billing and auto-renew from Graph, the partner, the target, …) is written as the literal `to-fill-in`,
 * which the file schema accepts at exactly these places and the validator reports, naming the field, as
 * something a person must fill in. An imported plan is therefore never `invalid`: the rest of it is judged.
 */
export const FILL_IN = 'to-fill-in';

/**
 * Every place where `to-fill-in` may stand, as a JSON pointer with `*` for a line's index. `required` says
 * whether the field is required by the schema: a plan-level required field left to fill in stops the rules
 * (nothing can be judged without it), a line's required field takes that line out of the judgement.
 */
export const FILLABLE = [
  { pointer: '/partner/name', required: true },
  { pointer: '/partner/country', required: true },
  { pointer: '/customer/name', required: true },
  { pointer: '/customer/country', required: true },
  { pointer: '/relationship/reseller', required: true },
  { pointer: '/relationship/adminAccess', required: true },
  { pointer: '/transfer/sourcePartner/name', required: true },
  { pointer: '/transfer/sourcePartner/country', required: true },
  { pointer: '/subscriptions/*/offer', required: true },
  { pointer: '/subscriptions/*/channel', required: true },
  { pointer: '/subscriptions/*/termEnd', required: true },
  { pointer: '/subscriptions/*/endOfTerm', required: true },
  { pointer: '/subscriptions/*/target', required: true },
  { pointer: '/subscriptions/*/billing', required: false },
  { pointer: '/subscriptions/*/term', required: false },
  { pointer: '/subscriptions/*/billingAccount', required: false },
] as const;

// Typed, so that a value of another type is a type error in every branch, and the validator's message
// stays the one for the field itself ("must be text", not "must be to-fill-in").
const FILL_IN_SCHEMA = { type: 'string', const: FILL_IN } as const;

type Json = Record<string, unknown>;

function fillableAt(schema: Json, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    fillableAt(schema.items as Json, rest);
    return;
  }
  const properties = schema.properties as Record<string, Json>;
  const property = properties[head] as Json;
  if (rest.length > 0) {
    fillableAt(property, rest);
    return;
  }
  properties[head] = { anyOf: [property, FILL_IN_SCHEMA], description: property.description };
  // A condition of the same object may constrain the field again (`target` needs `provisionOn` unless the
  // line transfers): there too, `to-fill-in` stands for the value.
  const conditions = [schema, ...((schema.allOf as Json[] | undefined) ?? [])];
  for (const condition of conditions) {
    for (const branch of [condition.then, condition.else] as (Json | undefined)[]) {
      const constrained = (branch?.properties as Record<string, Json> | undefined)?.[head];
      if (branch && constrained && Object.keys(constrained).length > 0)
        (branch.properties as Record<string, Json>)[head] = { anyOf: [constrained, FILL_IN_SCHEMA] };
    }
  }
}

/**
 * The plan file schema with `to-fill-in` accepted at every fillable place, built from `schema` (the plan
 * schema, the source of the types) without changing it. Conditions that test a value (`endOfTerm: cancel`
 * needs `cancelOn`) are untouched: `to-fill-in` never equals the value they test.
 */
export function withFillIns<T extends object>(schema: T): T {
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  for (const { pointer } of FILLABLE) fillableAt(copy, pointer.slice(1).split('/'));
  return copy as T;
}

/** One field of a plan file left to fill in. */
export interface FillIn {
  /** JSON pointer into the file, e.g. `/subscriptions/2/endOfTerm`. */
  pointer: string;
  /** The field's name, e.g. `endOfTerm`. */
  field: string;
  required: boolean;
}

/** Every `to-fill-in` of a schema-valid plan file, in file order of the fillable table. */
export function fillInsOf(value: unknown): FillIn[] {
  const found: FillIn[] = [];
  if (typeof value !== 'object' || value === null) return found;
  const root = value as Json;
  const subscriptions = Array.isArray(root.subscriptions) ? (root.subscriptions as unknown[]) : [];
  for (const { pointer, required } of FILLABLE) {
    const parts = pointer.slice(1).split('/');
    const field = parts[parts.length - 1] as string;
    if (parts[0] === 'subscriptions') {
      subscriptions.forEach((line, index) => {
        if (typeof line === 'object' && line !== null && (line as Json)[field] === FILL_IN)
          found.push({ pointer: `/subscriptions/${index}/${field}`, field, required });
      });
      continue;
    }
    let node: unknown = root;
    for (const part of parts)
      node = typeof node === 'object' && node !== null ? (node as Json)[part] : undefined;
    if (node === FILL_IN) found.push({ pointer, field, required });
  }
  return found;
}

/**
 * The part of a plan file with fill-ins that the rules can judge: lines whose required fields are all
 * known (add-ons of a line taken out go with it), without optional fields left to fill in. `lineInFile`
 * maps a line index of the returned plan to its index in the file. Absent when a plan-level required field
 * is left to fill in, or no line can be judged.
 */
export function judgeablePart(
  value: unknown,
  fillIns: readonly FillIn[],
): { plan: Plan; lineInFile: number[] } | undefined {
  if (fillIns.some((f) => f.required && !f.pointer.startsWith('/subscriptions/'))) return undefined;
  const plan = JSON.parse(JSON.stringify(value)) as Plan;
  const lineOf = (pointer: string) => Number(pointer.split('/')[2]);
  const out = new Set(fillIns.filter((f) => f.required).map((f) => lineOf(f.pointer)));
  for (const f of fillIns) {
    if (!f.required) delete (plan.subscriptions[lineOf(f.pointer)] as Json)[f.field];
  }
  // An add-on goes with its base: walk from each line taken out to the add-ons that name it.
  const lines = plan.subscriptions;
  const addOns = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (line.addOnOf === undefined) return;
    const list = addOns.get(line.addOnOf);
    if (list) list.push(index);
    else addOns.set(line.addOnOf, [index]);
  });
  const queue = [...out];
  while (queue.length > 0) {
    const id = lines[queue.pop() as number]?.id;
    for (const index of (id !== undefined && addOns.get(id)) || []) {
      if (out.has(index)) continue;
      out.add(index);
      queue.push(index);
    }
  }
  const lineInFile = lines.map((_, index) => index).filter((index) => !out.has(index));
  if (lineInFile.length === 0) return undefined;
  return {
    plan: { ...plan, subscriptions: lineInFile.map((index) => lines[index]) } as Plan,
    lineInFile,
  };
}

/** A pointer into the judgeable part, as a pointer into the file. */
export function pointerInFile(pointer: string, lineInFile: readonly number[]): string {
  const match = /^\/subscriptions\/(\d+)(?=\/|$)/.exec(pointer);
  if (!match) return pointer;
  const index = lineInFile[Number(match[1])];
  return index === undefined ? pointer : `/subscriptions/${index}${pointer.slice(match[0].length)}`;
}

/**
 * The schema a version 2 plan file is checked against and that editors get (`/schemas/plan-v2.json`):
 * `planSchema` with `to-fill-in` accepted at every fillable place.
 */
export const planFileSchema = withFillIns(planSchema);
