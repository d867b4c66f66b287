import type { Catalog } from '@csp-move/rules/catalog';
import type { SeverityOverrides } from '@csp-move/rules/evaluate';
import type { Locale } from '@csp-move/rules/messages';
import { type Finding, findingMessage, rules } from '@csp-move/rules/rules';
import { ruleUrl } from '@csp-move/rules/site';
import type { Diagnostic } from '../types.ts';
import type { LineIndex } from './lines.ts';
import { locate, type Source } from './locate.ts';
import { toRange } from './span.ts';

/**
 * Unknown offer ids in a plan the schema rejects. The rules run only on a valid plan, so a misspelt
 * offer id used to surface only after every schema error was fixed; it is looked for here in every
 * subscription whose offers are written as ids, so one pass reports every problem. Pointers the
 * schema already reports are left to the schema's diagnostic.
 */
export function unknownOffersAnyway(
  value: unknown,
  context: { catalog: Catalog; locale: Locale; overrides?: SeverityOverrides | undefined },
  source: Source,
  lines: LineIndex,
  reported: ReadonlySet<string>,
): Diagnostic[] {
  const rule = rules['unknown-offer'];
  const override = (context.overrides as Record<string, string> | undefined)?.[rule.id];
  if (override === 'off') return [];
  const subscriptions = (value as { subscriptions?: unknown } | null)?.subscriptions;
  if (!Array.isArray(subscriptions)) return [];
  const ruleLines = subscriptions.flatMap((sub, i) => {
    const offer = (sub as { offer?: unknown } | null)?.offer;
    const target = (sub as { target?: { offer?: unknown } } | null)?.target?.offer;
    const targets = typeof target === 'string' ? [target] : Array.isArray(target) ? target : [];
    if (typeof offer !== 'string' || !targets.every((t) => typeof t === 'string')) return [];
    return [{ sub: { offer, target: { offer: target } }, pointer: `/subscriptions/${i}`, targets }];
  });
  // The rule reads only the catalog and each line's offers, which is all a partial plan can give.
  const inputs = [...rule.check({ catalog: context.catalog, lines: ruleLines } as never)];
  return inputs
    .filter((input) => !reported.has(input.pointer))
    .map((input) => {
      const finding: Finding = {
        rule: rule.id,
        severity: (override as Finding['severity'] | undefined) ?? input.severity ?? rule.severity,
        pointer: input.pointer,
        params: input.params,
        ...(input.variant ? { variant: input.variant } : {}),
      };
      return {
        rule: finding.rule,
        severity: finding.severity,
        message: findingMessage(finding, context.locale, context.catalog),
        pointer: finding.pointer,
        range: toRange(lines, locate(source, finding.pointer, 'value')),
        help: ruleUrl(finding.rule, context.locale),
      };
    });
}
