import { decodePointer } from '../core/pointer.ts';

/** A JSON Schema as plain data, for looking things up in it. */
export type SchemaNode = Record<string, unknown>;

/** The schema at a JSON pointer inside `root` (e.g. `#/properties/partner`), or undefined. */
export function schemaAt(root: SchemaNode, fragment: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const segment of decodePointer(fragment.replace(/^#/, ''))) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

/** The schema that holds the keyword an error is about: its schemaPath without the last segment. */
export function parentSchema(root: SchemaNode, schemaPath: string): SchemaNode | undefined {
  return schemaAt(root, schemaPath.slice(0, schemaPath.lastIndexOf('/')));
}

/** The value at a JSON pointer inside plain data. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of decodePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}
