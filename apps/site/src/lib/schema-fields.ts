/**
 * Turns the plan JSON Schema into the rows of the plan file reference: one row per field path, with
 * its type, whether it is required (always, or when a sibling has a value) and its description.
 */

/** The part of JSON Schema draft-07 the plan schema uses. */
export interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: readonly unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  default?: unknown;
  description?: string;
  properties?: { readonly [name: string]: JsonSchema };
  required?: readonly string[];
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  allOf?: readonly JsonSchema[];
}

/** A field's type, as data; the page words it per locale. */
export type FieldType =
  | { kind: 'string' | 'integer' | 'boolean' | 'object' | 'date' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'const'; value: string }
  | { kind: 'array'; items: FieldType }
  | { kind: 'anyOf'; options: FieldType[] };

/**
 * Always required, optional, or required when another field has a value (`when`) or does not have it
 * (`unless`). The other field is named by its path from the plan's root.
 */
export type Requirement =
  | { kind: 'always' }
  | { kind: 'optional' }
  | { kind: 'when' | 'unless'; field: string; value: string };

/** An if/then/else of the schema, with the path of the field its `if` tests. */
interface Condition {
  field: string;
  value: string;
  /** The schema's `then` and `else` branches. */
  whenTrue?: JsonSchema;
  whenFalse?: JsonSchema;
}

export interface FieldRow {
  /** `partner.country`, `subscriptions[].target.offer` */
  path: string;
  type: FieldType;
  requirement: Requirement;
  /** The schema's description (English). */
  description: string;
  default?: unknown;
}

export function fieldType(schema: JsonSchema): FieldType {
  if (schema.anyOf) return { kind: 'anyOf', options: schema.anyOf.map(fieldType) };
  if (schema.const !== undefined) return { kind: 'const', value: String(schema.const) };
  if (schema.enum) return { kind: 'enum', values: schema.enum.map(String) };
  if (schema.type === 'string' && schema.format === 'date') return { kind: 'date' };
  if (schema.type === 'array') return { kind: 'array', items: fieldType(schema.items ?? {}) };
  if (
    schema.type === 'string' ||
    schema.type === 'integer' ||
    schema.type === 'boolean' ||
    schema.type === 'object'
  ) {
    return { kind: schema.type };
  }
  throw new Error(`The plan file reference cannot describe a field of type ${String(schema.type)}`);
}

/** The if/then/else conditions of an object schema (its own, and those inside `allOf`). */
function conditionsOf(schema: JsonSchema, path: string): Condition[] {
  return [schema, ...(schema.allOf ?? [])].flatMap((part): Condition[] => {
    const [field, test] = Object.entries(part.if?.properties ?? {})[0] ?? [];
    if (!field || test?.const === undefined) return [];
    return [
      {
        field: path ? `${path}.${field}` : field,
        value: String(test.const),
        ...(part.then ? { whenTrue: part.then } : {}),
        ...(part.else ? { whenFalse: part.else } : {}),
      },
    ];
  });
}

/** The conditions that reach into property `name` (a `then`/`else` that constrains its fields). */
function conditionsFor(name: string, conditions: readonly Condition[]): Condition[] {
  return conditions.flatMap((c): Condition[] => {
    const then = c.whenTrue?.properties?.[name];
    const otherwise = c.whenFalse?.properties?.[name];
    if (!then && !otherwise) return [];
    return [
      {
        field: c.field,
        value: c.value,
        ...(then ? { whenTrue: then } : {}),
        ...(otherwise ? { whenFalse: otherwise } : {}),
      },
    ];
  });
}

/** How a property is required: by `required`, or by a condition on another field's value. */
function requirement(parent: JsonSchema, name: string, conditions: readonly Condition[]): Requirement {
  if (parent.required?.includes(name)) return { kind: 'always' };
  for (const c of conditions) {
    if (c.whenTrue?.required?.includes(name)) return { kind: 'when', field: c.field, value: c.value };
    if (c.whenFalse?.required?.includes(name)) return { kind: 'unless', field: c.field, value: c.value };
  }
  return { kind: 'optional' };
}

/** Every field of the schema, depth first, in the order the schema declares them. */
export function fieldRows(schema: JsonSchema, path = '', inherited: readonly Condition[] = []): FieldRow[] {
  const rows: FieldRow[] = [];
  const conditions = [...inherited, ...conditionsOf(schema, path)];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const fieldPath = path ? `${path}.${name}` : name;
    rows.push({
      path: fieldPath,
      type: fieldType(property),
      requirement: requirement(schema, name, conditions),
      description: property.description ?? '',
      ...(property.default === undefined ? {} : { default: property.default }),
    });
    if (property.properties) rows.push(...fieldRows(property, fieldPath, conditionsFor(name, conditions)));
    if (property.items?.properties) rows.push(...fieldRows(property.items, `${fieldPath}[]`));
  }
  return rows;
}
