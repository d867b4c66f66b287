import type { Catalog } from '../catalog/index.ts';
import { formatFindingMessage } from '../messages/format.ts';
import type { Locale } from '../messages/locales.ts';
import type { RuleId } from './ids.ts';
import regionMismatch from './region-mismatch.ts';
import type { Finding, Rule } from './types.ts';
import unknownMarket from './unknown-market.ts';

export { isRuleId, RULE_IDS, type RuleId } from './ids.ts';
export type {
  Category,
  Finding,
  FindingInput,
  Line,
  Param,
  Rule,
  RuleContext,
  Severity,
  Source,
} from './types.ts';

/** Every rule, keyed by id, in RULE_IDS order. */
// TODO(rules): becomes Record<RuleId, Rule> once every rule file exists.
export const rules: Partial<Record<RuleId, Rule>> = {
  'unknown-market': unknownMarket,
  'region-mismatch': regionMismatch,
};

/** The message of a finding in the locale. */
export function findingMessage(finding: Finding, locale: Locale, catalog: Catalog): string {
  const rule = rules[finding.rule];
  return rule ? formatFindingMessage(finding, rule.messages, { locale, catalog }) : finding.rule;
}
