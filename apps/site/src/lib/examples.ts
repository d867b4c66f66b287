import { defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import type { Locale } from '@csp-move/rules/messages';
import type { Plan } from '@csp-move/rules/plan';
import { type Finding, isRuleId, type RuleId } from '@csp-move/rules/rules';
import { parse } from 'yaml';

/**
 * The example plans in `content/examples`, evaluated once at build time, so that a rule page shows a
 * plan that really triggers the rule and one that really does not.
 */

export interface Example {
  /** File name in content/examples, e.g. `region-mismatch.plan.yaml`. */
  file: string;
  text: string;
  verdict: ReturnType<typeof evaluate>['verdict'];
  findings: Finding[];
}

// Bundled at build time; the pattern is relative to this file (apps/site/src/lib).
const files = import.meta.glob<string>('../../../../content/examples/*.plan.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The example a rule page shows as passing when there is one: a plan for an ordinary move. */
export const PREFERRED_PASSING_EXAMPLE = 'small-business.plan.yaml';

function load(): Example[] {
  return Object.entries(files)
    .map(([path, text]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const plan = parse(text) as Plan;
      try {
        const { verdict, findings } = evaluate(plan, { catalog: defaultCatalog() });
        return { file, text, verdict, findings };
      } catch (error) {
        throw new Error(`content/examples/${file} cannot be evaluated: ${String(error)}`);
      }
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

let cache: Example[] | undefined;

/** Every example plan with its evaluation, by file name. */
export function examples(): Example[] {
  cache ??= load();
  return cache;
}

const fires = (example: Example, rule: RuleId) => example.findings.some((f) => f.rule === rule);

/**
 * The example named after the rule (`<id>.plan.yaml`). It must trigger the rule: a page that shows a
 * plan as triggering a rule it does not trigger would be wrong, so that fails the build.
 */
export function firingExample(rule: RuleId): Example | undefined {
  const example = examples().find((e) => e.file === `${rule}.plan.yaml`);
  if (example && !fires(example, rule)) {
    throw new Error(`content/examples/${example.file} is named after ${rule} but does not trigger it`);
  }
  return example;
}

/**
 * A plan that does not trigger the rule: the small-business example when it qualifies, else the first
 * general (not rule-named) example that does, preferring plans that are ready to go.
 */
export function passingExample(rule: RuleId): Example | undefined {
  const general = examples().filter((e) => !isRuleId(e.file.replace(/\.plan\.yaml$/, '')));
  const candidates = general
    .filter((e) => !fires(e, rule))
    .sort(
      (a, b) =>
        Number(b.file === PREFERRED_PASSING_EXAMPLE) - Number(a.file === PREFERRED_PASSING_EXAMPLE) ||
        Number(b.verdict === 'ready') - Number(a.verdict === 'ready'),
    );
  return candidates[0];
}

/** Whether a page in the locale shows the example files' comments, which are written in English. */
const SHOWS_FILE_COMMENTS: Record<Locale, boolean> = { en: true, 'zh-TW': false };

/**
 * An example's text as a page in `locale` shows it. The files explain themselves in English comments;
 * a Chinese page leaves those out rather than mix languages (the page around the example explains
 * it), and keeps the comments that do something: the schema modeline and csp-move directives.
 */
export function exampleText(text: string, locale: Locale): string {
  if (SHOWS_FILE_COMMENTS[locale]) return text;
  return text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line) || /yaml-language-server|csp-move-/.test(line))
    .join('\n');
}
