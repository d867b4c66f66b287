import type { Catalog } from '../catalog/index.ts';
import { formatFindingMessage } from '../messages/format.ts';
import { type Locale, type Localized, punctuation } from '../messages/locales.ts';
import addOnLimits from './add-on-limits.ts';
import addOnPrerequisite from './add-on-prerequisite.ts';
import addOnWithoutBase from './add-on-without-base.ts';
import adminAccessNeeded from './admin-access-needed.ts';
import agreementNotAccepted from './agreement-not-accepted.ts';
import autoRenewOn from './auto-renew-on.ts';
import businessFamilyCap from './business-family-cap.ts';
import cancelAtTermEndGap from './cancel-at-term-end-gap.ts';
import catalogMayBeStale from './catalog-may-be-stale.ts';
import channelTransferAvailable from './channel-transfer-available.ts';
import dapDeprecated from './dap-deprecated.ts';
import dateOrder from './date-order.ts';
import directExtendedTermSchedule from './direct-extended-term-schedule.ts';
import directPurchaseCredit from './direct-purchase-credit.ts';
import duplicateSubscriptionId from './duplicate-subscription-id.ts';
import earlyCancellation from './early-cancellation.ts';
import extendedTermByDefault from './extended-term-by-default.ts';
import extendedTermOpenEnded from './extended-term-open-ended.ts';
import gdapExpiresDuringMove from './gdap-expires-during-move.ts';
import gracePeriodRetired from './grace-period-retired.ts';
import type { RuleId } from './ids.ts';
import implausibleTermEnd from './implausible-term-end.ts';
import legacyCspSource from './legacy-csp-source.ts';
import licenseReassignmentRequired from './license-reassignment-required.ts';
import licenseShortfall from './license-shortfall.ts';
import longOverlap from './long-overlap.ts';
import offerNotEquivalent from './offer-not-equivalent.ts';
import partnerTransferAvailable from './partner-transfer-available.ts';
import provisionBeforeAcceptance from './provision-before-acceptance.ts';
import regionMismatch from './region-mismatch.ts';
import relationshipRequestStale from './relationship-request-stale.ts';
import renamedOffer from './renamed-offer.ts';
import resellerRelationshipMissing from './reseller-relationship-missing.ts';
import retiredOfferNoEquivalent from './retired-offer-no-equivalent.ts';
import retiredTargetOffer from './retired-target-offer.ts';
import serviceGap from './service-gap.ts';
import sourceTermEnded from './source-term-ended.ts';
import subscriptionLimit from './subscription-limit.ts';
import teamsSplitIncomplete from './teams-split-incomplete.ts';
import transferAddOnSplit from './transfer-add-on-split.ts';
import transferChangesNotAllowed from './transfer-changes-not-allowed.ts';
import transferChannelUnsupported from './transfer-channel-unsupported.ts';
import transferInitiator from './transfer-initiator.ts';
import transferNeedsRelationship from './transfer-needs-relationship.ts';
import transferRegionMismatch from './transfer-region-mismatch.ts';
import transferRequestExpired from './transfer-request-expired.ts';
import transferTooManyLines from './transfer-too-many-lines.ts';
import triennialMinimum from './triennial-minimum.ts';
import { type Finding, type Rule, type RuleGroup, restsOnThirdPartiesOnly } from './types.ts';
import unknownMarket from './unknown-market.ts';
import unknownOffer from './unknown-offer.ts';

export { isRuleId, RULE_IDS, type RuleId } from './ids.ts';
export type {
  Category,
  Finding,
  FindingInput,
  Line,
  Param,
  Rule,
  RuleContext,
  RuleGroup,
  Severity,
  Source,
  SourcePublisher,
} from './types.ts';
export { RULE_GROUPS, restsOnThirdPartiesOnly } from './types.ts';

/** Every rule, keyed by id, in RULE_IDS order (evaluate runs them, and lists findings, in this order). */
export const rules: Record<RuleId, Rule> = {
  'unknown-market': unknownMarket,
  'region-mismatch': regionMismatch,
  'reseller-relationship-missing': resellerRelationshipMissing,
  'provision-before-acceptance': provisionBeforeAcceptance,
  'agreement-not-accepted': agreementNotAccepted,
  'unknown-offer': unknownOffer,
  'offer-not-equivalent': offerNotEquivalent,
  'retired-target-offer': retiredTargetOffer,
  'retired-offer-no-equivalent': retiredOfferNoEquivalent,
  'license-shortfall': licenseShortfall,
  'service-gap': serviceGap,
  'add-on-without-base': addOnWithoutBase,
  'duplicate-subscription-id': duplicateSubscriptionId,
  'date-order': dateOrder,
  'early-cancellation': earlyCancellation,
  'auto-renew-on': autoRenewOn,
  'license-reassignment-required': licenseReassignmentRequired,
  'admin-access-needed': adminAccessNeeded,
  'dap-deprecated': dapDeprecated,
  'gdap-expires-during-move': gdapExpiresDuringMove,
  'relationship-request-stale': relationshipRequestStale,
  'subscription-limit': subscriptionLimit,
  'long-overlap': longOverlap,
  'direct-purchase-credit': directPurchaseCredit,
  'renamed-offer': renamedOffer,
  'transfer-needs-relationship': transferNeedsRelationship,
  'transfer-region-mismatch': transferRegionMismatch,
  'transfer-channel-unsupported': transferChannelUnsupported,
  'transfer-changes-not-allowed': transferChangesNotAllowed,
  'transfer-add-on-split': transferAddOnSplit,
  'transfer-request-expired': transferRequestExpired,
  'transfer-initiator': transferInitiator,
  'transfer-too-many-lines': transferTooManyLines,
  'partner-transfer-available': partnerTransferAvailable,
  'legacy-csp-source': legacyCspSource,
  'channel-transfer-available': channelTransferAvailable,
  'teams-split-incomplete': teamsSplitIncomplete,
  'add-on-prerequisite': addOnPrerequisite,
  'add-on-limits': addOnLimits,
  'business-family-cap': businessFamilyCap,
  'triennial-minimum': triennialMinimum,
  'catalog-may-be-stale': catalogMayBeStale,
  'extended-term-by-default': extendedTermByDefault,
  'cancel-at-term-end-gap': cancelAtTermEndGap,
  'grace-period-retired': gracePeriodRetired,
  'extended-term-open-ended': extendedTermOpenEnded,
  'direct-extended-term-schedule': directExtendedTermSchedule,
  'implausible-term-end': implausibleTermEnd,
  'source-term-ended': sourceTermEnded,
};

/** True when the rule with this id is in `group` (an unknown id is in none). */
export function inRuleGroup(id: string, group: RuleGroup): boolean {
  return (rules as Record<string, Rule | undefined>)[id]?.groups?.includes(group) ?? false;
}

/** The ids of the rules in `group`, in rule order. */
export function ruleGroup(group: RuleGroup): RuleId[] {
  return (Object.values(rules) as Rule[]).filter((rule) => rule.groups?.includes(group)).map((r) => r.id);
}

/** Added to the message of a finding whose rule rests on third-party sources only. */
export const THIRD_PARTY_CLAUSE: Localized = {
  en: '(Based on third-party sources only; not confirmed in Microsoft documentation.)',
  'zh-TW': '（僅根據第三方資料，未經 Microsoft 文件證實。）',
};

/** The message of a finding from `rule`, in the locale, with the third-party clause where it applies. */
export function ruleFindingMessage(
  rule: Pick<Rule, 'messages' | 'sources'>,
  finding: Pick<Finding, 'params' | 'variant'>,
  locale: Locale,
  catalog: Catalog,
): string {
  const text = formatFindingMessage(finding, rule.messages, { locale, catalog });
  if (!restsOnThirdPartiesOnly(rule.sources)) return text;
  return `${text}${punctuation(locale).space}${THIRD_PARTY_CLAUSE[locale]}`;
}

/** The message of a finding in the locale. */
export function findingMessage(finding: Finding, locale: Locale, catalog: Catalog): string {
  const rule = rules[finding.rule];
  return rule ? ruleFindingMessage(rule, finding, locale, catalog) : finding.rule;
}
