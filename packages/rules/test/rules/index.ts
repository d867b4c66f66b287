import type { RuleId } from '../../src/rules/ids.ts';
import type { RuleCase } from '../helpers/cases.ts';
import addOnLimits from './add-on-limits.cases.ts';
import addOnPrerequisite from './add-on-prerequisite.cases.ts';
import addOnWithoutBase from './add-on-without-base.cases.ts';
import adminAccessNeeded from './admin-access-needed.cases.ts';
import agreementNotAccepted from './agreement-not-accepted.cases.ts';
import autoRenewOn from './auto-renew-on.cases.ts';
import businessFamilyCap from './business-family-cap.cases.ts';
import cancelAtTermEndGap from './cancel-at-term-end-gap.cases.ts';
import catalogMayBeStale from './catalog-may-be-stale.cases.ts';
import channelTransferAvailable from './channel-transfer-available.cases.ts';
import dapDeprecated from './dap-deprecated.cases.ts';
import dateOrder from './date-order.cases.ts';
import directExtendedTermSchedule from './direct-extended-term-schedule.cases.ts';
import directPurchaseCredit from './direct-purchase-credit.cases.ts';
import duplicateSubscriptionId from './duplicate-subscription-id.cases.ts';
import earlyCancellation from './early-cancellation.cases.ts';
import extendedTermByDefault from './extended-term-by-default.cases.ts';
import extendedTermOpenEnded from './extended-term-open-ended.cases.ts';
import gdapExpiresDuringMove from './gdap-expires-during-move.cases.ts';
import gracePeriodRetired from './grace-period-retired.cases.ts';
import implausibleTermEnd from './implausible-term-end.cases.ts';
import legacyCspSource from './legacy-csp-source.cases.ts';
import licenseReassignmentRequired from './license-reassignment-required.cases.ts';
import licenseShortfall from './license-shortfall.cases.ts';
import longOverlap from './long-overlap.cases.ts';
import offerNotEquivalent from './offer-not-equivalent.cases.ts';
import partnerTransferAvailable from './partner-transfer-available.cases.ts';
import provisionBeforeAcceptance from './provision-before-acceptance.cases.ts';
import regionMismatch from './region-mismatch.cases.ts';
import relationshipRequestStale from './relationship-request-stale.cases.ts';
import renamedOffer from './renamed-offer.cases.ts';
import resellerRelationshipMissing from './reseller-relationship-missing.cases.ts';
import retiredOfferNoEquivalent from './retired-offer-no-equivalent.cases.ts';
import retiredTargetOffer from './retired-target-offer.cases.ts';
import serviceGap from './service-gap.cases.ts';
import subscriptionLimit from './subscription-limit.cases.ts';
import teamsSplitIncomplete from './teams-split-incomplete.cases.ts';
import transferAddOnSplit from './transfer-add-on-split.cases.ts';
import transferChangesNotAllowed from './transfer-changes-not-allowed.cases.ts';
import transferChannelUnsupported from './transfer-channel-unsupported.cases.ts';
import transferInitiator from './transfer-initiator.cases.ts';
import transferNeedsRelationship from './transfer-needs-relationship.cases.ts';
import transferRegionMismatch from './transfer-region-mismatch.cases.ts';
import transferRequestExpired from './transfer-request-expired.cases.ts';
import transferTooManyLines from './transfer-too-many-lines.cases.ts';
import triennialMinimum from './triennial-minimum.cases.ts';
import unknownMarket from './unknown-market.cases.ts';
import unknownOffer from './unknown-offer.cases.ts';

/** Every rule's table of cases; a rule without a table does not compile. */
export const CASES: Record<RuleId, RuleCase[]> = {
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
};
