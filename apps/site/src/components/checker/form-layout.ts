import type { CheckerStringKey } from './strings.ts';

/**
 * What the checker form asks, in the steps a partner thinks in: who is involved, the relationship,
 * then each subscription. One entry per field: Field.astro renders it, fields.ts names it by its plan
 * pointer, and the group's summary line reads it back. Adding a question is adding an entry here.
 */

/** One choice of a select. */
export interface Choice {
  value: string;
  label: string;
}

/** A list's choices: each value with its label, after a first choice for "not stated" (value '') if given. */
export function choiceList<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  none?: string,
): Choice[] {
  const first = none === undefined ? [] : [{ value: '', label: none }];
  return [...first, ...values.map((value) => ({ value, label: label(value) }))];
}

export type FieldKind = 'text' | 'date' | 'count' | 'select' | 'checkbox' | 'offer';

/** Lists of choices, built in the page's language by CheckerForm / LineFields. */
export type ChoiceList =
  | 'countries'
  | 'reseller'
  | 'adminAccess'
  | 'channels'
  | 'billingAccounts'
  | 'terms'
  | 'billing'
  | 'endOfTerm'
  | 'paths'
  | 'addOnOf'
  | 'partnerModels'
  | 'agreementMethods';

export interface FieldSpec {
  /** Plan pointer without the leading slash, relative to the scope (a line for line fields). */
  field: string;
  kind: FieldKind;
  label: CheckerStringKey;
  help?: CheckerStringKey;
  /** Site path of the guidance that explains the field. */
  guide?: string;
  /** Shown only while another field of the same scope has one of these values (`endOfTerm=cancel`). */
  when?: string;
  choices?: ChoiceList;
  autocomplete?: string;
}

export interface FieldSection {
  /** A heading inside the group, when the group asks about more than one party. */
  legend?: CheckerStringKey;
  fields: FieldSpec[];
}

export interface FieldGroup {
  id: 'who' | 'relationship';
  title: CheckerStringKey;
  sections: FieldSection[];
}

export const FORM_GROUPS: FieldGroup[] = [
  {
    id: 'who',
    title: 'group.who',
    sections: [
      {
        legend: 'group.partner',
        fields: [
          { field: 'partner/name', kind: 'text', label: 'field.partner.name', autocomplete: 'organization' },
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
          { field: 'customer/name', kind: 'text', label: 'field.customer.name' },
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
            when: 'customer/agreementAccepted=true',
          },
          {
            field: 'customer/agreementMethod',
            kind: 'select',
            label: 'field.customer.agreementMethod',
            choices: 'agreementMethods',
            help: 'help.customer.agreementMethod',
            when: 'customer/agreementAccepted=true',
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
            when: 'relationship/reseller=requested accepted',
          },
          {
            field: 'relationship/acceptedOn',
            kind: 'date',
            label: 'field.relationship.acceptedOn',
            when: 'relationship/reseller=accepted',
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
            when: 'relationship/adminAccess=gdap',
          },
          {
            field: 'relationship/gdapRoles',
            kind: 'text',
            label: 'field.relationship.gdapRoles',
            help: 'help.relationship.gdapRoles',
            guide: '/guide/relationships/#dap-and-gdap',
            when: 'relationship/adminAccess=gdap',
          },
          {
            field: 'relationship/gdapAutoExtend',
            kind: 'checkbox',
            label: 'field.relationship.gdapAutoExtend',
            guide: '/guide/relationships/#dap-and-gdap',
            when: 'relationship/adminAccess=gdap',
          },
        ],
      },
      {
        legend: 'group.transfer',
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
export const LINE_SECTIONS: { source: FieldSpec[]; target: FieldSpec[] } = {
  source: [
    {
      field: 'offer',
      kind: 'offer',
      label: 'field.sub.offer',
      help: 'help.sub.offer',
      guide: '/reference/offers/',
    },
    { field: 'id', kind: 'text', label: 'field.sub.id', help: 'help.sub.id' },
    { field: 'quantity', kind: 'count', label: 'field.sub.quantity' },
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
      when: 'channel=web-direct',
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
    { field: 'cancelOn', kind: 'date', label: 'field.sub.cancelOn', when: 'endOfTerm=cancel' },
    {
      field: 'extendedUntil',
      kind: 'date',
      label: 'field.sub.extendedUntil',
      help: 'help.sub.extendedUntil',
      when: 'endOfTerm=extended-term',
    },
    {
      field: 'addOnOf',
      kind: 'select',
      label: 'field.sub.addOnOf',
      choices: 'addOnOf',
      guide: '/guide/move/#add-ons',
    },
  ],
  target: [
    { field: 'target/quantity', kind: 'count', label: 'field.sub.target.quantity' },
    {
      field: 'target/provisionOn',
      when: 'path= reprovision channel-transfer',
      kind: 'date',
      label: 'field.sub.target.provisionOn',
      help: 'help.sub.target.provisionOn',
      guide: '/guide/timing/#order-of-steps',
    },
    {
      field: 'target/assignOn',
      when: 'path= reprovision channel-transfer',
      kind: 'date',
      label: 'field.sub.target.assignOn',
      help: 'help.sub.target.assignOn',
      guide: '/guide/timing/#order-of-steps',
    },
    { field: 'target/term', kind: 'select', label: 'field.sub.target.term', choices: 'terms' },
    { field: 'target/billing', kind: 'select', label: 'field.sub.target.billing', choices: 'billing' },
  ],
};
