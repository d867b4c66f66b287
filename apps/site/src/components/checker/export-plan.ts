import type { Catalog } from '@csp-move/rules/catalog';
import { FILL_IN, FILLABLE, type Plan } from '@csp-move/rules/plan';
import { followedTarget } from './follow.ts';
import { inSchemaOrder } from './form-model.ts';
import type { FormReading } from './plan.ts';
import type { CheckerState } from './state.ts';

/**
 * What the checker exports: only what the user entered. A complete form is the plan file. A form whose
 * only gaps are questions not answered yet, each at a place a plan may leave "to fill in" (FILLABLE in
 * the rules package, the same `to-fill-in` that `csp-move import` writes), is exported with `to-fill-in`
 * there: a plan with gaps that the CLI reads, judging what it can and naming each gap. Anything else (a
 * value not in the expected form, a gap a plan cannot leave open) keeps the export back, with the fields
 * to fill in first.
 */
export type PlanExport =
  | { kind: 'complete'; plan: Plan }
  /** `toFill`: the form fields (JSON pointers) written as `to-fill-in`. */
  | { kind: 'partial'; plan: Record<string, unknown>; toFill: string[] }
  /** `missing`: the form fields (JSON pointers) to fill in or correct before anything is exported. */
  | { kind: 'blocked'; missing: string[] };

type Json = Record<string, unknown>;

/** The fillable places, with `*` standing for a line's index. */
const FILLABLE_AT = new Set<string>(FILLABLE.map((f) => f.pointer));

/** A pointer as FILLABLE writes it: a line's index as `*`. */
const general = (pointer: string) => pointer.replace(/^\/subscriptions\/\d+(?=\/)/, '/subscriptions/*');

/** A line's target pointer (`/subscriptions/3/target`) when `pointer` is inside it. */
const targetOf = (pointer: string) => /^\/subscriptions\/\d+\/target(?=\/|$)/.exec(pointer)?.[0];

/**
 * Whether a line's target, as read, holds nothing the user gave it: only what the form filled in from the
 * source (follow.ts). Only then may the whole target be left to fill in without losing an entered value.
 */
function holdsOnlyFollowed(line: CheckerState['subscriptions'][number], read: unknown, catalog: Catalog) {
  if (read === undefined) return true;
  const followed = followedTarget(line, catalog);
  return Object.entries(read as Json).every(
    ([key, value]) =>
      (key === 'offer' && Array.isArray(value) && value.length === 0) ||
      (key === 'quantity' && String(value) === followed.quantity) ||
      (key === 'provisionOn' && value === followed.provisionOn),
  );
}

/** Sets the value at a JSON pointer of `root` (lists are indexed by their keys), making objects on the way. */
function setAt(root: Json, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() as string;
  let node: Json = root;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[last] = value;
}

export function planExport(state: CheckerState, reading: FormReading, catalog: Catalog): PlanExport {
  if (reading.plan) return { kind: 'complete', plan: reading.plan };
  const missing: string[] = [];
  const fills = new Map<string, string>();
  for (const problem of reading.problems) {
    const { pointer } = problem;
    const target = targetOf(pointer);
    if (problem.code !== 'required') missing.push(pointer);
    else if (FILLABLE_AT.has(general(pointer))) fills.set(pointer, pointer);
    else if (target && FILLABLE_AT.has(general(target))) {
      const index = Number(pointer.split('/')[2]);
      const lines = reading.read.subscriptions as Json[] | undefined;
      const line = state.subscriptions[index];
      if (line && holdsOnlyFollowed(line, lines?.[index]?.target, catalog)) fills.set(pointer, target);
      else missing.push(pointer);
    } else missing.push(pointer);
  }
  if (missing.length > 0) return { kind: 'blocked', missing };
  const plan = structuredClone(reading.read);
  for (const at of new Set(fills.values())) setAt(plan, at, FILL_IN);
  return { kind: 'partial', plan: inSchemaOrder(plan), toFill: [...fills.keys()] };
}
