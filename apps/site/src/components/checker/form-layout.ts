import { planField, schemaPath, valuesOf } from './form-model.ts';
import type { CheckerState, SubscriptionState } from './state.ts';
import type { CheckerStringKey } from './strings.ts';

/**
 * What the checker form asks, in the steps a partner thinks in: who is involved, the relationship,
 * then each subscription. One entry per field says where and how the form asks it; what the field may
 * hold (patterns, limits, lists, whether it is required) comes from the plan schema (form-model.ts).
 * Field.astro renders an entry, plan.ts reads it into the plan, and the group's summary line reads it
 * back. Adding a question is adding an entry here and its words in strings.ts.
 */

/** One choice of a select. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * A list's choices: each value with its label, after a first choice with the value '': "not stated" for
 * a field the plan may leave out, "Choose…" (not answered yet) for one it requires.
 */
export function choiceList<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  none?: string,
): Choice[] {
  const first = none === undefined ? [] : [{ value: '', label: none }];
  return [...first, ...values.map((value) => ({ value, label: label(value) }))];
}

/** `done`: a list the checklist sets (a line's steps recorded as done); the field itself shows nothing. */
export type FieldKind = 'text' | 'date' | 'count' | 'select' | 'checkbox' | 'offer' | 'done';

/**
 * How a select words the values the schema lists: each value's words are `<prefix>.<value>` in
 * strings.ts, and a field the plan may leave out starts with the choice `none`; one it requires starts
 * with "Choose…" (`choice.choose`), so nothing is chosen until the user chooses.
 */
const CHOICE_WORDS = {
  reseller: { prefix: 'reseller' },
  adminAccess: { prefix: 'admin' },
  channels: { prefix: 'channel' },
  billingAccounts: { prefix: 'billingAccount', none: 'billingAccount.none' },
  terms: { prefix: 'term', none: 'term.none' },
  billing: { prefix: 'billing', none: 'billing.none' },
  endOfTerm: { prefix: 'endOfTerm' },
  paths: { prefix: 'path', none: 'path.propose' },
  partnerModels: { prefix: 'partnerModel', none: 'partnerModel.none' },
  agreementMethods: { prefix: 'agreementMethod', none: 'agreementMethod.none' },
} as const satisfies Record<string, { prefix: string; none?: CheckerStringKey }>;

/**
 * Lists of choices. Those of CHOICE_WORDS hold the values the schema lists for the field; countries
 * are grouped by CSP region (CheckerForm), and an add-on's base is one of the other lines.
 */
export type ChoiceList = keyof typeof CHOICE_WORDS | 'countries' | 'addOnOf';

/**
 * The choices of a select whose values the schema lists, in the page's language; undefined for the
 * lists built elsewhere. `path` is the field's pointer without its line (`/subscriptions/0/term`).
 */
export function schemaChoices(
  spec: FieldSpec,
  pointer: string,
  t: (key: CheckerStringKey) => string,
): Choice[] | undefined {
  if (!spec.choices || !(spec.choices in CHOICE_WORDS)) return undefined;
  const words: { prefix: string; none?: CheckerStringKey } =
    CHOICE_WORDS[spec.choices as keyof typeof CHOICE_WORDS];
  const path = schemaPath(pointer);
  const optional = planField(path).requirement.kind !== 'always';
  if (optional && !words.none) throw new Error(`The checker's list for ${path} has no "not stated" choice`);
  return choiceList(
    valuesOf(path),
    (value) => t(`${words.prefix}.${value}` as CheckerStringKey),
    t(optional && words.none ? words.none : 'choice.choose'),
  );
}

/** What a condition compares: a select's value, or a checkbox's state as 'true' or 'false'. */
type Shown<V> = V extends boolean ? 'true' | 'false' : V;

/** Shown only while a field of the same line holds one of these values. */
export type LineCondition = {
  [F in keyof SubscriptionState]: SubscriptionState[F] extends string | boolean
    ? { field: F; values: readonly Shown<SubscriptionState[F]>[] }
    : never;
}[keyof SubscriptionState];

type Scalars = {
  [G in 'partner' | 'customer' | 'relationship']: {
    [F in keyof CheckerState[G] & string]: CheckerState[G][F] extends string | boolean
      ? { field: `${G}/${F}`; values: readonly Shown<CheckerState[G][F]>[] }
      : never;
  }[keyof CheckerState[G] & string];
};

/** Shown only while a field outside the lines holds one of these values. */
export type RootCondition = Scalars[keyof Scalars];

/** A condition as the page writes it for form-dom.ts: `endOfTerm=cancel`, `path= reprovision`. */
export function conditionText(when: LineCondition | RootCondition): string {
  return `${when.field}=${when.values.join(' ')}`;
}

export interface FieldSpec<When = LineCondition | RootCondition> {
  /** Plan pointer without the leading slash, relative to the scope (a line for line fields). */
  field: string;
  kind: FieldKind;
  label: CheckerStringKey;
  help?: CheckerStringKey;
  /** Site path of the guidance that explains the field. */
  guide?: string;
  /** Shown, and written to the plan, only while another field of the same scope has one of some values. */
  when?: When;
  choices?: ChoiceList;
  autocomplete?: string;
  /** What an empty field shows: an example of what it takes. */
  placeholder?: CheckerStringKey;
}

export interface FieldSection {
  /** A heading inside the group, when the group asks about more than one party. */
  legend?: CheckerStringKey;
  /** Written to the plan only while some line has one of these values (the transfer request). */
  anyLine?: LineCondition;
  fields: FieldSpec<RootCondition>[];
}

export interface FieldGroup {
  id: 'who' | 'relationship';
  title: CheckerStringKey;
  sections: FieldSection[];
}

/** The day the plan is judged on, asked above the groups. */
export const AS_OF: FieldSpec<never> = {
  field: 'asOf',
  kind: 'date',
  label: 'field.asOf',
  help: 'help.asOf',
};

export const FORM_GROUPS: FieldGroup[] = [
  {
    id: 'who',
    title: 'group.who',
    sections: [
      {
        legend: 'group.partner',
        fields: [
          {
            field: 'partner/name',
            kind: 'text',
            label: 'field.partner.name',
            autocomplete: 'organization',
            placeholder: 'placeholder.partner.name',
          },
          {
            field: 'partner/partnerId',
            kind: 'text',
            label: 'field.partner.partnerId',
            help: 'help.partner.partnerId',
          },
          {
            field: 'partner/country',
            kind: 'select',
            label: 'field.partner.country',
            choices: 'countries',
            help: 'help.partner.country',
            guide: '/guide/regions/#same-region',
          },
          {
            field: 'partner/model',
            kind: 'select',
            label: 'field.partner.model',
            choices: 'partnerModels',
            help: 'help.partner.model',
            guide: '/guide/partner-transfers/',
          },
        ],
      },
      {
        legend: 'group.customer',
        fields: [
          {
            field: 'customer/name',
            kind: 'text',
            label: 'field.customer.name',
            placeholder: 'placeholder.customer.name',
          },
          {
            field: 'customer/tenantId',
            kind: 'text',
            label: 'field.customer.tenantId',
            help: 'help.customer.tenantId',
          },
          {
            field: 'customer/domain',
            kind: 'text',
            label: 'field.customer.domain',
            help: 'help.customer.domain',
            placeholder: 'placeholder.domain',
          },
          {
            field: 'customer/country',
            kind: 'select',
            label: 'field.customer.country',
            choices: 'countries',
            help: 'help.customer.country',
            guide: '/guide/regions/#same-region',
          },
          {
            field: 'customer/agreementAccepted',
            kind: 'checkbox',
            label: 'field.customer.agreementAccepted',
            guide: '/guide/move/#customer-agreement',
          },
          {
            field: 'customer/agreementAcceptedOn',
            kind: 'date',
            label: 'field.customer.agreementAcceptedOn',
            when: { field: 'customer/agreementAccepted', values: ['true'] },
          },
          {
            field: 'customer/agreementMethod',
            kind: 'select',
            label: 'field.customer.agreementMethod',
            choices: 'agreementMethods',
            help: 'help.customer.agreementMethod',
            when: { field: 'customer/agreementAccepted', values: ['true'] },
          },
        ],
      },
    ],
  },
  {
    id: 'relationship',
    title: 'group.relationship',
    sections: [
      {
        fields: [
          {
            field: 'relationship/reseller',
            kind: 'select',
            label: 'field.relationship.reseller',
            choices: 'reseller',
            help: 'help.relationship.reseller',
            guide: '/guide/move/#reseller-relationship',
          },
          {
            field: 'relationship/requestedOn',
            kind: 'date',
            label: 'field.relationship.requestedOn',
            when: { field: 'relationship/reseller', values: ['requested', 'accepted'] },
          },
          {
            field: 'relationship/acceptedOn',
            kind: 'date',
            label: 'field.relationship.acceptedOn',
            when: { field: 'relationship/reseller', values: ['accepted'] },
          },
          {
            field: 'relationship/adminAccess',
            kind: 'select',
            label: 'field.relationship.adminAccess',
            choices: 'adminAccess',
            help: 'help.relationship.adminAccess',
            guide: '/guide/relationships/#admin-access',
          },
          {
            field: 'relationship/gdapExpiresOn',
            kind: 'date',
            label: 'field.relationship.gdapExpiresOn',
            when: { field: 'relationship/adminAccess', values: ['gdap'] },
          },
          {
            field: 'relationship/gdapRoles',
            kind: 'text',
            label: 'field.relationship.gdapRoles',
            help: 'help.relationship.gdapRoles',
            guide: '/guide/relationships/#dap-and-gdap',
            when: { field: 'relationship/adminAccess', values: ['gdap'] },
          },
          {
            field: 'relationship/gdapAutoExtend',
            kind: 'checkbox',
            label: 'field.relationship.gdapAutoExtend',
            guide: '/guide/relationships/#dap-and-gdap',
            when: { field: 'relationship/adminAccess', values: ['gdap'] },
          },
        ],
      },
      {
        legend: 'group.transfer',
        anyLine: { field: 'path', values: ['partner-transfer'] },
        fields: [
          {
            field: 'transfer/sourcePartner/name',
            kind: 'text',
            label: 'field.transfer.sourcePartner.name',
            help: 'help.transfer',
            guide: '/guide/partner-transfers/',
          },
          {
            field: 'transfer/sourcePartner/country',
            kind: 'select',
            label: 'field.transfer.sourcePartner.country',
            choices: 'countries',
            guide: '/guide/partner-transfers/#same-region',
          },
          {
            field: 'transfer/sourcePartner/tenantId',
            kind: 'text',
            label: 'field.transfer.sourcePartner.tenantId',
            help: 'help.transfer.sourcePartner.tenantId',
          },
          { field: 'transfer/requestedOn', kind: 'date', label: 'field.transfer.requestedOn' },
          { field: 'transfer/approvedOn', kind: 'date', label: 'field.transfer.approvedOn' },
        ],
      },
    ],
  },
];

/** The fields of a subscription line: what the customer has, then what the partner provisions. */
export const LINE_SECTIONS: { source: FieldSpec<LineCondition>[]; target: FieldSpec<LineCondition>[] } = {
  source: [
    {
      field: 'offer',
      kind: 'offer',
      label: 'field.sub.offer',
      help: 'help.sub.offer',
      placeholder: 'placeholder.offer',
      guide: '/reference/offers/',
    },
    { field: 'id', kind: 'text', label: 'field.sub.id', help: 'help.sub.id' },
    {
      field: 'subscriptionId',
      kind: 'text',
      label: 'field.sub.subscriptionId',
      help: 'help.sub.subscriptionId',
      placeholder: 'placeholder.subscriptionId',
    },
    { field: 'quantity', kind: 'count', label: 'field.sub.quantity', placeholder: 'placeholder.quantity' },
    { field: 'assigned', kind: 'count', label: 'field.sub.assigned', guide: '/guide/move/#licences' },
    {
      field: 'channel',
      kind: 'select',
      label: 'field.sub.channel',
      choices: 'channels',
      help: 'help.sub.channel',
      guide: '/guide/credits/',
    },
    {
      field: 'path',
      kind: 'select',
      label: 'field.sub.path',
      choices: 'paths',
      help: 'help.sub.path',
      guide: '/guide/paths/',
    },
    {
      field: 'billingAccount',
      kind: 'select',
      label: 'field.sub.billingAccount',
      choices: 'billingAccounts',
      help: 'help.sub.billingAccount',
      when: { field: 'channel', values: ['web-direct'] },
    },
    { field: 'trial', kind: 'checkbox', label: 'field.sub.trial', guide: '/guide/timing/#grace-period' },
    { field: 'term', kind: 'select', label: 'field.sub.term', choices: 'terms' },
    { field: 'billing', kind: 'select', label: 'field.sub.billing', choices: 'billing' },
    { field: 'termStart', kind: 'date', label: 'field.sub.termStart', help: 'help.sub.termStart' },
    { field: 'termEnd', kind: 'date', label: 'field.sub.termEnd', guide: '/guide/timing/#grace-period' },
    {
      field: 'endOfTerm',
      kind: 'select',
      label: 'field.sub.endOfTerm',
      choices: 'endOfTerm',
      help: 'help.sub.endOfTerm',
      guide: '/guide/timing/#cancel-or-expire',
    },
    {
      field: 'cancelOn',
      kind: 'date',
      label: 'field.sub.cancelOn',
      when: { field: 'endOfTerm', values: ['cancel'] },
    },
    {
      field: 'extendedUntil',
      kind: 'date',
      label: 'field.sub.extendedUntil',
      help: 'help.sub.extendedUntil',
      when: { field: 'endOfTerm', values: ['extended-term'] },
    },
    {
      field: 'addOnOf',
      kind: 'select',
      label: 'field.sub.addOnOf',
      choices: 'addOnOf',
      guide: '/guide/move/#add-ons',
    },
    // Asked in the checklist: a step whose date has passed asks "was this done?" (results-dom.ts).
    { field: 'done', kind: 'done', label: 'field.sub.done' },
  ],
  target: [
    { field: 'target/quantity', kind: 'count', label: 'field.sub.target.quantity' },
    {
      field: 'target/provisionOn',
      when: { field: 'path', values: ['', 'reprovision', 'channel-transfer'] },
      kind: 'date',
      label: 'field.sub.target.provisionOn',
      help: 'help.sub.target.provisionOn',
      guide: '/guide/timing/#order-of-steps',
    },
    {
      field: 'target/assignOn',
      when: { field: 'path', values: ['', 'reprovision', 'channel-transfer'] },
      kind: 'date',
      label: 'field.sub.target.assignOn',
      help: 'help.sub.target.assignOn',
      guide: '/guide/timing/#order-of-steps',
    },
    { field: 'target/term', kind: 'select', label: 'field.sub.target.term', choices: 'terms' },
    { field: 'target/billing', kind: 'select', label: 'field.sub.target.billing', choices: 'billing' },
  ],
};

/** The target's first offer; a bundle adds more (`target/offer/1`, …) below it. */
export const LINE_BUNDLE: FieldSpec<never> = {
  field: 'target/offer/0',
  kind: 'offer',
  label: 'field.sub.target.offer',
  help: 'help.sub.target.offer',
  guide: '/guide/offers/#same-or-equivalent',
};

/** A subscription the tenant keeps outside the move (`customer.otherSubscriptions`). */
export const KEPT_FIELDS: FieldSpec<never>[] = [
  { field: 'offer', kind: 'offer', label: 'field.kept.offer', placeholder: 'placeholder.offer' },
  { field: 'quantity', kind: 'count', label: 'field.kept.quantity', placeholder: 'placeholder.quantity' },
];

/**
 * Plan fields the form does not ask, each with why. The coverage test fails when a schema field is
 * neither asked nor listed here.
 */
export const NOT_ASKED: Readonly<Record<string, string>> = {
  $schema: 'The editor modeline; the export writes it as a comment.',
  version: 'The export always writes version 2.',
};
