/**
 * The closed lists of values a plan file uses, each value with the sentence an editor shows next to it
 * (`markdownEnumDescriptions`, the convention VS Code and SchemaStore schemas follow). One table per list:
 * the value lists and the descriptions cannot drift apart.
 */

/** Keywords of the plan schemas that only annotate (editors read them); a strict validator must be told. */
export const ANNOTATION_KEYWORDS = ['markdownEnumDescriptions'] as const;

type Described<T extends string> = Readonly<Record<T, string>>;

function values<T extends string>(described: Described<T>): readonly T[] {
  return Object.keys(described) as T[];
}

/** An `enum` with a description for each value. */
export function describedEnum<T extends string>(described: Described<T>, description: string) {
  return {
    enum: [...values(described)],
    description,
    markdownEnumDescriptions: Object.values(described) as string[],
  } as const;
}

export const CHANNEL_DESCRIPTIONS = {
  'web-direct': 'Bought directly from Microsoft online (Microsoft 365 admin center, "buy online").',
  csp: "Bought through another CSP partner, in new commerce (every CSP licence subscription since 2024's renewals).",
  'csp-legacy':
    'Bought through a CSP partner on the legacy (pre-new-commerce) offers; rare after the 2024–2025 migrations.',
  'enterprise-agreement': 'An Enterprise Agreement (volume licensing).',
  'mca-e': 'A Microsoft Customer Agreement for enterprise, bought directly from Microsoft.',
  open: 'Open, Open Value or other volume licensing.',
  other: 'Any other channel.',
} as const;
export const CHANNELS = values(CHANNEL_DESCRIPTIONS);

export const BILLING_DESCRIPTIONS = {
  monthly: 'Billed every month.',
  annual: 'Billed once a year.',
  triennial: 'Billed once for three years.',
} as const;
export const BILLING_CYCLES = values(BILLING_DESCRIPTIONS);

export const TERM_DESCRIPTIONS = {
  monthly: 'A one-month term (P1M).',
  annual: 'A one-year term (P1Y).',
  triennial: 'A three-year term (P3Y).',
} as const;
export const TERMS = values(TERM_DESCRIPTIONS);

export const END_OF_TERM_DESCRIPTIONS = {
  renew: 'Renews for another term (auto-renew, recurring billing on).',
  'auto-renew-off':
    'Auto-renew is off and nothing else is set. In CSP since May 2026 this slides into a paid extended service term.',
  'cancel-at-term-end':
    'Set to end at the term end: "cancel at end of term" in Partner Center, recurring billing off for a direct purchase.',
  'extended-term': 'Runs on a paid extended service term (EST) after the term end, until `extendedUntil`.',
  cancel:
    'Cancelled on `cancelOn`: possible in new commerce only within the cancellation window after purchase or renewal.',
} as const;
export const END_OF_TERM = values(END_OF_TERM_DESCRIPTIONS);

export const BILLING_ACCOUNT_DESCRIPTIONS = {
  mca: 'A Microsoft Customer Agreement billing account (the admin center shows it under Billing accounts).',
  mosa: 'A Microsoft Online Subscription Agreement billing account (the older type).',
} as const;
export const BILLING_ACCOUNTS = values(BILLING_ACCOUNT_DESCRIPTIONS);

export const PATH_DESCRIPTIONS = {
  reprovision:
    'Buy the target in CSP, move users onto it, and let the source end (the only path for a direct purchase).',
  'partner-transfer':
    'Transfer the new-commerce subscription from the current CSP partner to this one: billing ownership moves, nothing is bought again.',
  'channel-transfer':
    'Enterprise Agreement: schedule CSP subscriptions in Partner Center to start when the agreement ends ("channel transfers renew to CSP").',
} as const;
export const PATHS = values(PATH_DESCRIPTIONS);

/** The steps of a line that are deeds: done only when the plan lists them, never because a date passed. */
export const DONE_STEP_DESCRIPTIONS = {
  'schedule-channel-transfer':
    'The CSP subscription is scheduled in Partner Center (path: channel-transfer).',
  provision: 'The target subscription is provisioned.',
  'reassign-licences': "Users' licences are reassigned from the source to the target.",
  'choose-end-of-term': 'The end-of-term choice (endOfTerm) is set on the source subscription.',
  cancel: 'The source subscription is cancelled (endOfTerm: cancel).',
  'request-credit': 'The credit for the unused time of the cancelled source is asked for.',
  'cancel-extended-term': 'The paid extended service term is cancelled (extendedUntil).',
} as const;
export const DONE_STEPS = values(DONE_STEP_DESCRIPTIONS);

export const PARTNER_MODEL_DESCRIPTIONS = {
  'direct-bill': 'A direct-bill CSP partner, billed by Microsoft.',
  'indirect-provider': 'An indirect provider (distributor) that sells through resellers.',
  'indirect-reseller': 'An indirect reseller, who buys through an indirect provider.',
} as const;
export const PARTNER_MODELS = values(PARTNER_MODEL_DESCRIPTIONS);

export const AGREEMENT_METHOD_DESCRIPTIONS = {
  'admin-center': 'A billing administrator of the customer accepted it in the Microsoft 365 admin center.',
  'partner-attestation':
    'The partner confirmed the acceptance through the Partner Center API (the only attestation route since 2026-01-05).',
} as const;
export const AGREEMENT_METHODS = values(AGREEMENT_METHOD_DESCRIPTIONS);

export const RESELLER_STATE_DESCRIPTIONS = {
  'not-requested': 'The partner has not sent the reseller relationship request yet.',
  requested: 'The request was sent and is waiting for the customer.',
  accepted: 'The customer accepted the reseller relationship.',
} as const;
export const RESELLER_STATES = values(RESELLER_STATE_DESCRIPTIONS);

export const ADMIN_ACCESS_DESCRIPTIONS = {
  none: 'No admin access to the tenant.',
  gdap: 'Granular delegated admin privileges: chosen roles, for a limited time.',
  dap: 'Legacy delegated admin privileges: no longer granted since 2023.',
} as const;
export const ADMIN_ACCESS = values(ADMIN_ACCESS_DESCRIPTIONS);
