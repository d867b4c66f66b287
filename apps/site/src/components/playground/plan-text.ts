import { planFileNameFor } from '@csp-move/rules/file-name';
import { closest } from '@csp-move/rules/suggest';

/**
 * What the playground reads straight from a plan's text, valid or not: the customer's name for the
 * file name, and the id a "did you mean" finding suggests, as a fix the editor can apply.
 */

/** `fabrikam-gmbh.plan.yaml` from `customer: name: Fabrikam GmbH`, as the checker names its files (`@csp-move/rules/file-name`). */
export function planFileNameOf(text: string): string {
  const customer = /^customer:[ \t]*\r?\n((?:[ \t]+.*\r?\n?|[ \t]*\r?\n)*)/m.exec(text)?.[1] ?? '';
  const raw = /^[ \t]+name:[ \t]*(.+?)[ \t]*$/m.exec(customer)?.[1] ?? '';
  const name = raw.replace(/^(['"])(.*)\1$/, '$2').replace(/[ \t]+#.*$/, '');
  return planFileNameFor(name, 'plan');
}

/** The catalog id closest to an unknown one, when there is one close enough. */
export function suggestedOffer(unknown: string, ids: readonly string[]): string | undefined {
  return closest(unknown, ids);
}

/**
 * The playground's starting plan in the page's language: the example file with its opening comment
 * (the lines after the editor modeline) replaced by `comment`, one `# ` line per line of it.
 */
export function withOpeningComment(text: string, comment: string): string {
  const lines = text.split('\n');
  const modeline = lines[0]?.startsWith('# yaml-language-server:') ? 1 : 0;
  let end = modeline;
  while (lines[end]?.startsWith('#')) end++;
  const written = comment.split('\n').map((line) => `# ${line}`);
  return [...lines.slice(0, modeline), ...written, ...lines.slice(end)].join('\n');
}
