import type { Locale } from '@csp-move/rules/messages';
import type { InputProblem } from '@csp-move/validator/import';

export type FromExport =
  | { kind: 'plan'; data: unknown; toFill: string[]; leftOut: string[] }
  | { kind: 'problems'; problems: string[] }
  | { kind: 'several'; count: number }
  | { kind: 'nothing'; leftOut: string[] };

type Json = Record<string, unknown>;

/**
 * Takes out every `to-fill-in`, and says where each was (JSON pointers): the form shows those fields
 * empty (a choice unanswered, at "Choose…"), and the page names each one for the partner to fill in.
 */
function withoutFillIns(value: unknown, FILL_IN: string): { data: unknown; toFill: string[] } {
  const toFill: string[] = [];
  const walk = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${pointer}/${i}`));
    if (typeof node !== 'object' || node === null) return node;
    const out: Json = {};
    for (const [key, child] of Object.entries(node as Json)) {
      if (child === FILL_IN) {
        toFill.push(key === 'target' ? `${pointer}/target/offer/0` : `${pointer}/${key}`);
        continue;
      }
      out[key] = walk(child, `${pointer}/${key}`);
    }
    return out;
  };
  return { data: walk(value, ''), toFill };
}

/**
 * The checker's "Start from an export": the same import as `csp-move import` (the validator's import
 * module, loaded on first use), run on files read in the page. One customer's plan comes back as form data
 * with what the exports cannot tell left out, so the form shows those fields empty and asks for them.
 */
export async function planFromExports(
  chosen: readonly { name: string; size: number; text(): Promise<string> }[],
  locale: Locale,
): Promise<FromExport> {
  // Loaded on first use: the plan package's values (and the catalog behind them) stay out of the page's start.
  const [
    { exportSizeProblem, FILL_IN, importWithBuiltInCatalog, INPUT_PROBLEMS, renderPlan },
    { parsePlanText },
  ] = await Promise.all([import('@csp-move/validator/import'), import('./yaml.ts')]);
  const say = (problems: readonly InputProblem[]): FromExport => ({
    kind: 'problems',
    problems: problems.map((p) => {
      const where = p.position ? `${p.file}:${p.position.line}:${p.position.column}` : p.file;
      return `${where}: ${INPUT_PROBLEMS[p.code][locale](p.params ?? {})}`;
    }),
  });
  // The CLI's limit, checked before a file is read into the page.
  const tooLarge = chosen.flatMap((file) => exportSizeProblem(file.name, file.size) ?? []);
  if (tooLarge.length > 0) return say(tooLarge);
  const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
  // The page's catalog is slimmed (no SKU identities); the import module brings the whole built-in one.
  const { customers, problems } = importWithBuiltInCatalog(files);
  if (problems.length > 0) return say(problems);
  const plans = customers.filter((c) => c.kind === 'plan');
  if (plans.length > 1) return { kind: 'several', count: plans.length };
  const leftOut = customers.flatMap((c) => c.plan.leftOut.map((l) => l.name));
  const plan = plans[0]?.plan;
  if (!plan) return { kind: 'nothing', leftOut };
  const parsed = parsePlanText(renderPlan(plan, locale));
  if (!parsed.ok)
    return { kind: 'problems', problems: [`${files[0]?.name ?? ''}:${parsed.line}:${parsed.column}`] };
  const { data, toFill } = withoutFillIns(parsed.data, FILL_IN);
  return { kind: 'plan', data, toFill, leftOut };
}
