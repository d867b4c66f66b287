import { endOfTermOfV1, type PlanV1, type SubscriptionV1 } from '@csp-move/rules/plan';
import type { FileResult } from '../types.ts';
import { LineIndex } from './lines.ts';
import { locate } from './locate.ts';
import { applyEdits, commentsOf, type ManualReason, planEdits, upgradeModeline } from './migrate-edits.ts';
import { parseYaml } from './parse.ts';
import { analyzeText, type ValidateOptions } from './validate.ts';

export type { ManualReason } from './migrate-edits.ts';

/**
 * What `csp-move migrate` does with one file's text:
 * - `migrated`: a valid version 1 plan, and its version 2 text (only the lines the upgrade needs differ);
 * - `current`: a valid version 2 plan, to be left exactly as it is;
 * - `invalid`: not a valid plan; the validator's diagnostics say why, and nothing may be written;
 * - `manual`: a valid version 1 plan whose layout the text edits cannot handle without changing its
 *   meaning or losing a comment (an anchor other keys refer to, for example): it is left alone.
 */
export type MigrateOutcome =
  | { kind: 'migrated'; text: string }
  | { kind: 'current' }
  | { kind: 'invalid'; result: FileResult }
  | { kind: 'manual'; reason: ManualReason; pointer: string; line: number };

/** The version 2 value a version 1 plan upgrades to, keys in the file's order (the mapping of upgrade.ts). */
export function expectedUpgrade(plan: PlanV1): unknown {
  const upgradeLine = (sub: SubscriptionV1) => {
    const line: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(sub)) {
      if (key === 'autoRenew' || key === 'exit') {
        if (!('endOfTerm' in line)) line.endOfTerm = endOfTermOfV1(sub);
      } else {
        line[key] = value;
      }
    }
    return line;
  };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plan)) {
    if (key === 'version') result[key] = 2;
    else if (key === '$schema' && typeof value === 'string')
      result[key] = value.replace(/plan-v1\.json$/, 'plan-v2.json');
    else if (key === 'subscriptions') result[key] = plan.subscriptions.map(upgradeLine);
    else result[key] = value;
  }
  return result;
}

function sortedComments(text: string, upgrade: boolean): string[] {
  return commentsOf(text)
    .map((c) => (upgrade ? upgradeModeline(c.source) : c.source))
    .sort();
}

/**
 * The edits are checked rather than trusted: the new text must parse cleanly, mean exactly the upgraded
 * plan (same keys in the same order) and keep every comment.
 */
function keepsMeaning(before: string, after: string, plan: PlanV1): boolean {
  const parsed = parseYaml(after);
  if (parsed.drafts.length > 0) return false;
  if (JSON.stringify(parsed.value) !== JSON.stringify(expectedUpgrade(plan))) return false;
  return JSON.stringify(sortedComments(before, true)) === JSON.stringify(sortedComments(after, false));
}

/**
 * Upgrades one plan file's text from version 1 to version 2, keeping comments, key order and formatting
 * (mapping in @csp-move/rules upgrade.ts). Pure: the caller reads and writes files. Never throws for
 * any input; `options` are the validator's (locale, catalog and size limit of the diagnostics).
 */
export function migrateText(text: string, options: ValidateOptions = {}): MigrateOutcome {
  const { result } = analyzeText(text, options);
  if (result.verdict === 'invalid' || result.diagnostics.some((d) => d.rule === 'internal-error')) {
    return { kind: 'invalid', result };
  }
  const parsed = parseYaml(text);
  const plan = parsed.value as PlanV1 | { version: 2 };
  if (plan.version !== 1) return { kind: 'current' };
  const manual = (reason: ManualReason, pointer: string): MigrateOutcome => {
    const at = locate({ doc: parsed.doc, text }, pointer, 'value')[0];
    return { kind: 'manual', reason, pointer, line: new LineIndex(text).linePos(at).line };
  };
  const edits = planEdits(text, parsed.doc, plan);
  if ('manual' in edits) return manual(edits.manual, edits.pointer);
  const migrated = applyEdits(text, edits.edits);
  if (!keepsMeaning(text, migrated, plan)) return manual('layout', '');
  return { kind: 'migrated', text: migrated };
}
