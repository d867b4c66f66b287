import type { Catalog } from '../catalog/index.ts';
import { formatFindingMessage } from '../messages/format.ts';
import type { Locale } from '../messages/locales.ts';
import addOnWithoutBase from './add-on-without-base.ts';
import adminAccessNeeded from './admin-access-needed.ts';
import agreementNotAccepted from './agreement-not-accepted.ts';
import autoRenewOn from './auto-renew-on.ts';
import cancelAtTermEndGap from './cancel-at-term-end-gap.ts';
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
import licenseReassignmentRequired from './license-reassignment-required.ts';
import licenseShortfall from './license-shortfall.ts';
import longOverlap from './long-overlap.ts';
import offerNotEquivalent from './offer-not-equivalent.ts';
import provisionBeforeAcceptance from './provision-before-acceptance.ts';
import regionMismatch from './region-mismatch.ts';
import relationshipRequestStale from './relationship-request-stale.ts';
import renamedOffer from './renamed-offer.ts';
import resellerRelationshipMissing from './reseller-relationship-missing.ts';
import retiredOfferNoEquivalent from './retired-offer-no-equivalent.ts';
import retiredTargetOffer from './retired-target-offer.ts';
import serviceGap from './service-gap.ts';
import subscriptionLimit from './subscription-limit.ts';
import type { Finding, Rule } from './types.ts';
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
  Severity,
  Source,
} from './types.ts';

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
  'extended-term-by-default': extendedTermByDefault,
  'cancel-at-term-end-gap': cancelAtTermEndGap,
  'grace-period-retired': gracePeriodRetired,
  'extended-term-open-ended': extendedTermOpenEnded,
  'direct-extended-term-schedule': directExtendedTermSchedule,
};

/** The message of a finding in the locale. */
export function findingMessage(finding: Finding, locale: Locale, catalog: Catalog): string {
  const rule = rules[finding.rule];
  return rule ? formatFindingMessage(finding, rule.messages, { locale, catalog }) : finding.rule;
}
