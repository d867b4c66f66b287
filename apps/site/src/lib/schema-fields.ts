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
}

/** A field's type, as data; the page words it per locale. */
export type FieldType =
  | { kind: 'string' | 'integer' | 'boolean' | 'object' | 'date' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'const'; value: string }
  | { kind: 'array'; items: FieldType }
  | { kind: 'anyOf'; options: FieldType[] };

/** Always required, optional, or required when another field of the same object has a value. */
export type Requirement =
  | { kind: 'always' }
  | { kind: 'optional' }
  | { kind: 'when'; field: string; value: string };

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

/** How a property of `parent` is required: by `required`, or by an if/then on a sibling's value. */
function requirement(parent: JsonSchema, name: string, parentPath: string): Requirement {
  if (parent.required?.includes(name)) return { kind: 'always' };
  if (parent.then?.required?.includes(name)) {
    const [field, condition] = Object.entries(parent.if?.properties ?? {})[0] ?? [];
    if (field && condition?.const !== undefined) {
      const path = parentPath ? `${parentPath}.${field}` : field;
      return { kind: 'when', field: path, value: String(condition.const) };
    }
  }
  return { kind: 'optional' };
}

/** Every field of the schema, depth first, in the order the schema declares them. */
export function fieldRows(schema: JsonSchema, path = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const fieldPath = path ? `${path}.${name}` : name;
    rows.push({
      path: fieldPath,
      type: fieldType(property),
      requirement: requirement(schema, name, path),
      description: property.description ?? '',
      ...(property.default === undefined ? {} : { default: property.default }),
    });
    if (property.properties) rows.push(...fieldRows(property, fieldPath));
    if (property.items?.properties) rows.push(...fieldRows(property.items, `${fieldPath}[]`));
  }
  return rows;
}
