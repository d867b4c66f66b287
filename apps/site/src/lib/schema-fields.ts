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
 * Always required, optional, required when another field of the same object has a value, or required
 * unless one has (`target.provisionOn` unless the line's `path` is `partner-transfer`).
 */
export type Requirement =
  | { kind: 'always' }
  | { kind: 'optional' }
  | { kind: 'when' | 'unless'; field: string; value: string };

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

/** The if/then/else conditions of an object: its own and those in `allOf`. */
function conditions(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.allOf ?? [])].filter((s) => s.if !== undefined);
}

/**
 * How a property is required: by `required`, or by an if/then (or if/else) on a sibling's value.
 * `holder` is the object that declares the condition and `inside` the name of the object property the
 * field sits in when the condition reaches one level down (`else: { properties: { target: … } } }`).
 */
function requirement(holder: JsonSchema, name: string, holderPath: string, inside?: string): Requirement {
  for (const condition of conditions(holder)) {
    const [field, test] = Object.entries(condition.if?.properties ?? {})[0] ?? [];
    if (!field || test?.const === undefined) continue;
    const within = (branch: JsonSchema | undefined) =>
      inside ? branch?.properties?.[inside]?.required : branch?.required;
    const path = holderPath ? `${holderPath}.${field}` : field;
    if (within(condition.then)?.includes(name))
      return { kind: 'when', field: path, value: String(test.const) };
    if (within(condition.else)?.includes(name))
      return { kind: 'unless', field: path, value: String(test.const) };
  }
  return { kind: 'optional' };
}

/** Every field of the schema, depth first, in the order the schema declares them. */
export function fieldRows(
  schema: JsonSchema,
  path = '',
  outer?: { schema: JsonSchema; path: string; name: string },
): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const fieldPath = path ? `${path}.${name}` : name;
    let required: Requirement = schema.required?.includes(name)
      ? { kind: 'always' }
      : requirement(schema, name, path);
    if (required.kind === 'optional' && outer)
      required = requirement(outer.schema, name, outer.path, outer.name);
    rows.push({
      path: fieldPath,
      type: fieldType(property),
      requirement: required,
      description: property.description ?? '',
      ...(property.default === undefined ? {} : { default: property.default }),
    });
    if (property.properties) rows.push(...fieldRows(property, fieldPath, { schema, path, name }));
    if (property.items?.properties) rows.push(...fieldRows(property.items, `${fieldPath}[]`));
  }
  return rows;
}
