import type { Plan } from '@csp-move/rules/plan';
import { PLAN_SCHEMA_URL } from '@csp-move/rules/site';
import { parseYaml } from '@csp-move/validator/browser';
import { Document, isSeq } from 'yaml';
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
  plan.subscriptions.forEach((line, i) => {
    // A target left to fill in is the word `to-fill-in`, not an object with offers.
    if (typeof line.target === 'object') flow(['subscriptions', i, 'target', 'offer']);
    flow(['subscriptions', i, 'done']);
  });
  // lineWidth 0: long names stay on one line instead of being folded.
  return doc.toString({ lineWidth: 0 });
}

export type ParsedText = { ok: true; data: unknown } | { ok: false; line: number; column: number };

/**
 * Reads a plan file's text for import with the validator's own YAML reader (duplicate keys found in
 * linear time, nesting and alias limits), so the checker refuses what `csp-move validate` refuses. Only
 * the YAML is checked here; the form shows what the plan itself lacks. Aliases are refused outright: a
 * plan file has no use for them.
 */
export function parsePlanText(text: string): ParsedText {
  const { value, drafts, lines } = parseYaml(text, { maxAliasCount: 0 });
  const problem = drafts[0];
  if (problem || value === undefined) {
    const { line, col } = lines.linePos(problem?.span[0] ?? 0);
    return { ok: false, line, column: col };
  }
  return { ok: true, data: value };
}
