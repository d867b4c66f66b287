import { closest } from '@csp-move/rules/suggest';

/**
 * What the playground reads straight from a plan's text, valid or not: the customer's name for the
 * file name, and the id a "did you mean" finding suggests, as a fix the editor can apply.
 */

/** `fabrikam-gmbh.plan.yaml` from `customer: name: Fabrikam GmbH`, as the checker names its files. */
export function planFileNameOf(text: string): string {
  const customer = /^customer:[ \t]*\r?\n((?:[ \t]+.*\r?\n?|[ \t]*\r?\n)*)/m.exec(text)?.[1] ?? '';
  const raw = /^[ \t]+name:[ \t]*(.+?)[ \t]*$/m.exec(customer)?.[1] ?? '';
  const name = raw.replace(/^(['"])(.*)\1$/, '$2').replace(/[ \t]+#.*$/, '');
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'plan'}.plan.yaml`;
}

/** The catalog id closest to an unknown one, when there is one close enough. */
export function suggestedOffer(unknown: string, ids: readonly string[]): string | undefined {
  return closest(unknown, ids);
}
