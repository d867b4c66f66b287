import { FILL_IN } from '@csp-move/rules/plan';
import type { SchemaError } from './distill.ts';

/** The anyOf error an error belongs to: same schema path prefix, at or below the anyOf's value. */
function ownerOf(error: SchemaError, prefix: string, byInstance: Map<string, SchemaError>) {
  if (!error.schemaPath.startsWith(prefix)) return undefined;
  // The anyOf is at the error's own value or at one of its parents; a plan is only a few levels deep.
  let path = error.instancePath;
  for (;;) {
    const owner = byInstance.get(path);
    if (owner) return owner;
    if (path === '') return undefined;
    path = path.slice(0, path.lastIndexOf('/'));
  }
}

/** One anyOf of the schema (one schema path), for every value it failed on, in one pass. */
function resolveOneAnyOf(errors: SchemaError[], schemaPath: string): SchemaError[] {
  const prefix = `${schemaPath}/`;
  const byInstance = new Map<string, SchemaError>();
  for (const e of errors)
    if (e.keyword === 'anyOf' && e.schemaPath === schemaPath) byInstance.set(e.instancePath, e);
  const branches = new Map<SchemaError, Map<number, SchemaError[]>>();
  const rest: SchemaError[] = [];
  for (const error of errors) {
    if (byInstance.get(error.instancePath) === error) continue;
    const owner = ownerOf(error, prefix, byInstance);
    if (!owner) {
      rest.push(error);
      continue;
    }
    const index = Number(error.schemaPath.slice(prefix.length).split('/')[0]);
    const perBranch = branches.get(owner) ?? new Map<number, SchemaError[]>();
    branches.set(owner, perBranch);
    const list = perBranch.get(index) ?? [];
    list.push(error);
    perBranch.set(index, list);
  }
  for (const anyOf of byInstance.values()) {
    const perBranch = branches.get(anyOf) ?? new Map<number, SchemaError[]>();
    const mistyped = (list: SchemaError[]) =>
      list.some((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath);
    // The `to-fill-in` branch an import may use (plan fill-in.ts) is never the one a wrong value meant.
    const fillInOnly = (list: SchemaError[]) =>
      list.every((e) => e.keyword === 'const' && e.params.allowedValue === FILL_IN);
    const chosen = [...perBranch.entries()]
      .sort((a, b) => a[0] - b[0])
      .find(([, list]) => !mistyped(list) && !fillInOnly(list));
    if (chosen) {
      rest.push(...chosen[1]);
    } else {
      const types = [...perBranch.values()]
        .flat()
        .flatMap((e) => (e.keyword === 'type' ? [e.params.type] : []));
      const type = [...new Set(types.flatMap((t) => String(t).split(',')))];
      rest.push({ ...anyOf, keyword: 'type', params: { type } });
    }
  }
  return rest;
}

/**
 * Keeps, for each anyOf, only the errors of the branch the value was meant for: the first branch
 * whose type the value has. When the value has none of the branches' types, one type error remains.
 * Each anyOf of the schema is resolved in one pass over the errors (inner ones first), so a list
 * with thousands of failing items costs no more than linear time.
 */
export function resolveAnyOf(errors: SchemaError[]): SchemaError[] {
  const paths = [...new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath))];
  paths.sort((a, b) => b.length - a.length);
  let result = errors;
  for (const path of paths) result = resolveOneAnyOf(result, path);
  return result;
}
