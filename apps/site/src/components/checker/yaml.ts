import type { Plan } from '@csp-move/rules/plan';
import { PLAN_SCHEMA_URL } from '@csp-move/rules/site';
import { Document, isSeq, parseDocument } from 'yaml';
import { inSchemaOrder } from './form-model.ts';

/** The plan without its modeline key (written as a comment), keys in the schema's order. */
function orderPlan(plan: Plan): Record<string, unknown> {
  const { $schema: _modeline, ...rest } = plan as Record<string, unknown>;
  return inSchemaOrder(rest);
}

/**
 * The plan as a YAML file: the editor modeline first, keys in the order of DESIGN §3, dates and ids
 * unquoted, short lists (a bundle's offers, GDAP roles) on one line as the examples write them.
 */
export function planToYaml(plan: Plan): string {
  const doc = new Document(orderPlan(plan));
  // On the top mapping rather than the document, so no blank line separates it from `version`.
  if (doc.contents) doc.contents.commentBefore = ` yaml-language-server: $schema=${PLAN_SCHEMA_URL}`;
  const flow = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  };
  flow(['relationship', 'gdapRoles']);
  plan.subscriptions.forEach((_, i) => {
    flow(['subscriptions', i, 'target', 'offer']);
  });
  // lineWidth 0: long names stay on one line instead of being folded.
  return doc.toString({ lineWidth: 0 });
}

export type ParsedText = { ok: true; data: unknown } | { ok: false; line: number; column: number };

/**
 * Reads a plan file's text for import. Only the YAML syntax is checked here; the form shows what the
 * plan itself lacks. Aliases are refused outright: a plan file has no use for them.
 */
export function parsePlanText(text: string): ParsedText {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    return { ok: false, line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1 };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 0 }) };
  } catch {
    return { ok: false, line: 1, column: 1 };
  }
}
