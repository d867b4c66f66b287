import schemaJson from '@csp-move/rules/plan-v2.schema.json';
import {
  type FieldRow,
  type FieldType,
  fieldRows,
  fieldType,
  type JsonSchema,
  type Requirement,
} from '../../lib/schema-fields.ts';

/**
 * What the plan schema says of each field, for the checker: patterns, limits, lists of values, whether
 * it is required (always, or while another field has a value) and the order of every object's keys. The
 * checker reads the form (plan.ts), restores it (restore.ts) and orders its export (yaml.ts) from this
 * model instead of restating the schema. The schema arrives as the JSON file the site also serves, so the
 * page's script does not carry the TypeScript module and the catalog it imports.
 */

/** One field of the plan schema. `path` is written as the plan file reference writes it. */
export interface PlanField {
  /** `partner.country`, `subscriptions[].target.offer`, `relationship.gdapRoles` */
  path: string;
  type: FieldType;
  requirement: Requirement;
  schema: JsonSchema;
}

const schema = asAsked(schemaJson as unknown as JsonSchema);

/** The field's own schema, found by walking the same path that `fieldRows` writes. */
function schemaAt(path: string): JsonSchema {
  let node: JsonSchema = schema;
  for (const key of path.split('.')) {
    const array = key.endsWith('[]');
    const next = node.properties?.[array ? key.slice(0, -2) : key];
    if (!next) throw new Error(`The plan schema has no field ${path}`);
    node = array ? (next.items ?? {}) : next;
  }
  return node;
}

/**
 * The schema as the form asks it. A value a plan may also mark `to-fill-in` (written by `csp-move import`
 * where an export does not know it) is, for the form, the value itself: the form asks for it instead.
 */
function asAsked(node: JsonSchema): JsonSchema {
  const options = node.anyOf ?? [];
  const value = options.filter((option) => option.const !== 'to-fill-in');
  const own =
    options.length === 2 && value.length === 1
      ? { ...(value[0] as JsonSchema), ...(node.description ? { description: node.description } : {}) }
      : node;
  const out: Record<string, unknown> = { ...own };
  if (own.properties)
    out.properties = Object.fromEntries(Object.entries(own.properties).map(([k, v]) => [k, asAsked(v)]));
  if (own.items) out.items = asAsked(own.items);
  if (own.allOf) out.allOf = own.allOf.map(asAsked);
  for (const key of ['if', 'then', 'else'] as const) {
    const branch = own[key];
    if (branch) out[key] = asAsked(branch);
  }
  return out as JsonSchema;
}

/** Every field of the plan schema, by path, in the order the schema declares them. */
export const PLAN_FIELDS: ReadonlyMap<string, PlanField> = new Map(
  fieldRows(schema).map((row: FieldRow) => {
    const node = schemaAt(row.path);
    return [row.path, { path: row.path, type: fieldType(node), requirement: row.requirement, schema: node }];
  }),
);

/** The schema's field at `path`; a path the schema lacks is a mistake in the checker, found at load. */
export function planField(path: string): PlanField {
  const field = PLAN_FIELDS.get(path);
  if (!field) throw new Error(`The plan schema has no field ${path}`);
  return field;
}

/**
 * The keys of the object at `path` ('' for the plan itself, `subscriptions[]` for a line), in the order
 * the schema declares them.
 */
export function keysOf(path: string): readonly string[] {
  if (path === '') return Object.keys(schema.properties ?? {});
  const { schema: node } = planField(path.replace(/\[\]$/, ''));
  return Object.keys((node.items ?? node).properties ?? {});
}

/** The values of a field with a closed list; a mistake in the checker when the field has none. */
export function valuesOf(path: string): readonly string[] {
  const { type } = planField(path);
  if (type.kind !== 'enum') throw new Error(`The plan field ${path} is not a list of values`);
  return type.values;
}

/**
 * The schema path of a form field's pointer: list positions become `[]`
 * (`/subscriptions/3/target/quantity` → `subscriptions[].target.quantity`).
 */
export function schemaPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .reduce((path, key) => {
      if (/^\d+$/.test(key)) return `${path}[]`;
      return path ? `${path}.${key}` : key;
    }, '');
}

/** A field's pattern as a regular expression, made once. */
const PATTERNS = new Map<string, RegExp>();

export function patternOf(field: PlanField): RegExp | undefined {
  const { schema } = field;
  // A list's items, or the single value of a field that takes one value or a list (a bundle's offers).
  const source = schema.pattern ?? schema.items?.pattern ?? schema.anyOf?.[0]?.pattern;
  if (source === undefined) return undefined;
  let pattern = PATTERNS.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    PATTERNS.set(source, pattern);
  }
  return pattern;
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of the plan object at `path` ('' for a whole plan) with its keys, and those of every object
 * inside, in the order the schema declares them; keys the schema lacks keep their place at the end.
 */
export function inSchemaOrder(record: Json, path = ''): Json {
  const out: Json = {};
  const known = keysOf(path);
  for (const key of [...known, ...Object.keys(record)]) {
    const value = record[key];
    if (value === undefined || key in out) continue;
    const child = path ? `${path}.${key}` : key;
    if (!known.includes(key)) out[key] = value;
    else if (isRecord(value)) out[key] = inSchemaOrder(value, child);
    else if (Array.isArray(value) && planField(child).schema.items?.properties)
      out[key] = value.map((item) => (isRecord(item) ? inSchemaOrder(item, `${child}[]`) : item));
    else out[key] = value;
  }
  return out;
}
