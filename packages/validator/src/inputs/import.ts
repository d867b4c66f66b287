import { type Catalog, defaultCatalog } from '@csp-move/rules/catalog';
import type { FileFacts, InputProblem } from './facts.ts';
import { recognizeInput } from './formats.ts';
import { type ImportedPlan, type OwnPartner, planOfTenant } from './plan-model.ts';
import { joinTenants } from './tenants.ts';

/** A customer the inputs describe: its plan, or why nothing can be written for it. */
export type ImportedCustomer =
  | { kind: 'plan'; plan: ImportedPlan }
  | { kind: 'blocked'; plan: ImportedPlan }
  | { kind: 'nothing-to-move'; plan: ImportedPlan };

/**
 * The pure core of `csp-move import` and of the checker's "Start from an export": files (a name with `/`
 * between folders, and the text) in, one plan per customer tenant out, with every problem and its
 * position. A customer whose folder holds a file with a problem is `blocked`: nothing is written for it.
 */
export function importExports(
  files: readonly { name: string; text: string }[],
  catalog: Catalog,
  own?: OwnPartner,
  earlier: readonly InputProblem[] = [],
): { customers: ImportedCustomer[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [...earlier];
  const facts: FileFacts[] = [];
  for (const file of files) {
    const input = recognizeInput(file.text, file.name);
    if ('problems' in input) problems.push(...input.problems);
    else facts.push(input.facts);
  }
  const joined = joinTenants(facts);
  problems.push(...joined.problems);
  const folder = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
  const broken = new Set(problems.map((p) => folder(p.file)));
  const customers = joined.tenants.map((tenant): ImportedCustomer => {
    const plan = planOfTenant(tenant, catalog, own);
    if ([...tenant.folders].some((f) => broken.has(f))) return { kind: 'blocked', plan };
    if (plan.lines.length === 0) return { kind: 'nothing-to-move', plan };
    return { kind: 'plan', plan };
  });
  return { customers, problems };
}

/**
 * `importExports` against the built-in catalog with every SKU identity (the checker's page carries a
 * slimmed catalog without them; this module, loaded on first use, brings the whole one).
 */
export function importWithBuiltInCatalog(
  files: readonly { name: string; text: string }[],
): ReturnType<typeof importExports> {
  return importExports(files, defaultCatalog());
}
