import type { FromSchema } from 'json-schema-to-ts';
import { catalogData } from '../generated/catalog-data.ts';
import { PLAN_SCHEMA_URL } from '../site.ts';
import {
  ADMIN_ACCESS_DESCRIPTIONS,
  AGREEMENT_METHOD_DESCRIPTIONS,
  BILLING_ACCOUNT_DESCRIPTIONS,
  BILLING_DESCRIPTIONS,
  CHANNEL_DESCRIPTIONS,
  describedEnum,
  END_OF_TERM_DESCRIPTIONS,
  PARTNER_MODEL_DESCRIPTIONS,
  PATH_DESCRIPTIONS,
  RESELLER_STATE_DESCRIPTIONS,
  TERM_DESCRIPTIONS,
} from './enums.ts';

/**
 * The plan file, version 2 (DESIGN §3 and §9). This object is the single source of truth: the TypeScript
 * types below are derived from it, the validator compiles it ahead of time, and the site serves it at
 * `/schemas/plan-v2.json`. Version 1 (schema-v1.ts) is read through `upgradeV1` (upgrade.ts).
 *
 * What version 2 adds: the end-of-term choice that exists since 2026 (`endOfTerm`, replacing `autoRenew`
 * and `exit`), the facts that decide what a subscription gets after its term (`termStart`, `term`,
 * `billingAccount`, `trial`), a path per line (`path`, and the plan's `transfer`), and what the tenant keeps
 * outside the move (`customer.otherSubscriptions`).
 */

const date = {
  type: 'string',
  format: 'date',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
} as const;

/**
 * Every offer id in the built-in catalog, offered by editors as completions (`examples`). Read from the
 * catalog generated at build time, so the list never drifts from `content/catalog/offers.yaml`; ids a
 * user's catalog extension adds stay valid, since `examples` only suggests.
 */
export const OFFER_ID_EXAMPLES: string[] = catalogData.offers.offers.map((o) => o.id);

const offerId = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  minLength: 1,
  maxLength: 120,
  examples: OFFER_ID_EXAMPLES,
} as const;

const country = {
  type: 'string',
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 code as Partner Center uses it (upper case), e.g. DE, TW, XK.',
} as const;

const quantity = { type: 'integer', minimum: 1, maximum: 1000000 } as const;

const partnerName = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const planSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: PLAN_SCHEMA_URL,
  title: 'csp-move plan, version 2',
  description:
    'One customer move of license-based subscriptions into a CSP partner account: who moves, the reseller relationship, and every subscription with what happens at its term end and its target.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'partner', 'customer', 'relationship', 'subscriptions'],
  properties: {
    $schema: { type: 'string', description: 'Optional schema URL for editors.' },
    version: {
      const: 2,
      description:
        'Plan file format version: 2. Version 1 files still validate; `csp-move migrate` upgrades them.',
    },
    asOf: {
      ...date,
      description:
        'The date the plan is judged on (what is done, due or overdue). Default: today; the CLI option --today overrides it.',
    },
    partner: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'country'],
      description: 'The CSP partner who takes the subscriptions over.',
      properties: {
        name: { ...partnerName, description: 'Partner display name.' },
        partnerId: {
          type: 'string',
          pattern: '^[0-9]{1,12}$',
          description: 'Partner Center PartnerID (digits).',
        },
        country: {
          ...country,
          description: "Country of the partner's CSP tenant / location (decides its CSP region).",
        },
        model: describedEnum(PARTNER_MODEL_DESCRIPTIONS, 'How the partner transacts in CSP.'),
      },
    },
    customer: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'country'],
      description: 'The customer whose subscriptions move.',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200, description: 'Customer display name.' },
        tenantId: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          description: 'Microsoft Entra tenant ID (GUID).',
        },
        domain: {
          type: 'string',
          pattern: '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$',
          description: 'A domain of the tenant, e.g. fabrikam.onmicrosoft.com.',
        },
        country: {
          ...country,
          description: "The country set in the customer's tenant (not the head-office address).",
        },
        agreementAccepted: {
          type: 'boolean',
          default: false,
          description:
            'The customer has accepted the Microsoft Customer Agreement, and the acceptance is confirmed.',
        },
        agreementAcceptedOn: { ...date, description: 'Date the Microsoft Customer Agreement was accepted.' },
        agreementMethod: describedEnum(
          AGREEMENT_METHOD_DESCRIPTIONS,
          'How the acceptance of the Microsoft Customer Agreement was confirmed.',
        ),
        otherSubscriptions: {
          type: 'array',
          maxItems: 1000,
          description:
            'Subscriptions the tenant keeps that this plan does not move (any channel): they count for add-on prerequisites and tenant-wide seat caps.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['offer', 'quantity'],
            properties: {
              offer: { ...offerId, description: 'Catalog id of the offer.' },
              quantity: { ...quantity, description: 'Licences on it.' },
            },
          },
        },
      },
    },
    relationship: {
      type: 'object',
      additionalProperties: false,
      required: ['reseller', 'adminAccess'],
      description: 'The reseller relationship and the admin access the partner holds.',
      properties: {
        reseller: describedEnum(RESELLER_STATE_DESCRIPTIONS, 'State of the reseller relationship request.'),
        requestedOn: { ...date, description: 'Date the reseller relationship request was sent.' },
        acceptedOn: { ...date, description: 'Date an admin of the customer accepted it.' },
        adminAccess: describedEnum(
          ADMIN_ACCESS_DESCRIPTIONS,
          'Admin access to the tenant: none, GDAP (granular, time-bound) or legacy DAP.',
        ),
        gdapExpiresOn: { ...date, description: 'End date of the GDAP relationship.' },
        gdapAutoExtend: {
          type: 'boolean',
          description:
            'The GDAP relationship extends itself by six months before it ends (not possible with Global Administrator).',
        },
        gdapRoles: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          description:
            'Microsoft Entra roles granted through GDAP, in kebab-case (e.g. license-administrator).',
        },
      },
      if: { properties: { reseller: { const: 'accepted' } }, required: ['reseller'] },
      // `properties` names what `required` lists, as Ajv's strict mode (SchemaStore) asks.
      then: { properties: { acceptedOn: {} }, required: ['acceptedOn'] },
    },
    transfer: {
      type: 'object',
      additionalProperties: false,
      required: ['sourcePartner'],
      description: 'The partner transfer request, for lines whose path is partner-transfer.',
      properties: {
        sourcePartner: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'country'],
          description: 'The CSP partner the customer buys from today.',
          properties: {
            name: { ...partnerName, description: 'Its display name.' },
            country: { ...country, description: 'Country of its CSP tenant (decides its CSP region).' },
            tenantId: {
              type: 'string',
              pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
              description: 'Its Partner Center tenant ID (GUID), which the transfer request names.',
            },
          },
        },
        requestedOn: { ...date, description: 'Date this partner created the transfer request.' },
        approvedOn: { ...date, description: 'Date the current partner approved it.' },
      },
    },
    subscriptions: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      description: 'Every subscription that moves, one line each.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'offer', 'quantity', 'channel', 'termEnd', 'endOfTerm', 'target'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-_]*$',
            maxLength: 64,
            description: 'Short id of this line, unique in the file.',
          },
          offer: { ...offerId, description: 'Catalog id of the offer the customer has now.' },
          subscriptionId: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description:
              "The source subscription's id in Microsoft's records (Microsoft Graph, Partner Center), as `csp-move import` writes it; importing again matches lines by it.",
          },
          quantity: { ...quantity, description: 'Licences on the source subscription.' },
          assigned: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
            description: 'Licences assigned to users.',
          },
          channel: describedEnum(CHANNEL_DESCRIPTIONS, 'Where the source subscription was bought.'),
          billingAccount: describedEnum(
            BILLING_ACCOUNT_DESCRIPTIONS,
            'For a direct purchase: the type of billing account it is billed to.',
          ),
          trial: { type: 'boolean', description: 'The source subscription is a trial.' },
          term: describedEnum(TERM_DESCRIPTIONS, 'Length of the current term of the source subscription.'),
          billing: describedEnum(BILLING_DESCRIPTIONS, 'How often the source subscription is billed.'),
          termStart: {
            ...date,
            description: 'Start of the current term: the purchase date, or the last renewal.',
          },
          termEnd: { ...date, description: 'Last day of the current term.' },
          endOfTerm: describedEnum(
            END_OF_TERM_DESCRIPTIONS,
            'What happens to the source subscription at its term end.',
          ),
          cancelOn: {
            ...date,
            description: 'Date the source subscription is cancelled (endOfTerm: cancel).',
          },
          extendedUntil: {
            ...date,
            description:
              'Last day of the paid extended service term, when it is cancelled (endOfTerm: extended-term).',
          },
          addOnOf: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-_]*$',
            description: 'Id of the line this add-on belongs to; it moves with that line.',
          },
          path: describedEnum(PATH_DESCRIPTIONS, 'How this subscription moves. Default: reprovision.'),
          target: {
            type: 'object',
            additionalProperties: false,
            required: ['offer', 'quantity'],
            description: 'What the partner has in CSP after the move.',
            properties: {
              offer: {
                description: 'Catalog id of the target offer, or a list of ids for a bundle.',
                anyOf: [
                  offerId,
                  { type: 'array', minItems: 1, maxItems: 10, uniqueItems: true, items: offerId },
                ],
              },
              quantity: { ...quantity, description: 'Licences on the target.' },
              provisionOn: {
                ...date,
                description: 'Date the target subscription is provisioned (or starts).',
              },
              assignOn: {
                ...date,
                description: 'Date users get the target licences. Default: the day it is provisioned.',
              },
              term: describedEnum(TERM_DESCRIPTIONS, 'Term of the target subscription.'),
              billing: describedEnum(BILLING_DESCRIPTIONS, 'How often the target subscription is billed.'),
            },
          },
        },
        allOf: [
          {
            if: { properties: { endOfTerm: { const: 'cancel' } }, required: ['endOfTerm'] },
            then: { properties: { cancelOn: {} }, required: ['cancelOn'] },
          },
          {
            if: { properties: { path: { const: 'partner-transfer' } }, required: ['path'] },
            else: {
              properties: {
                target: { type: 'object', properties: { provisionOn: {} }, required: ['provisionOn'] },
              },
            },
          },
        ],
      },
    },
  },
} as const;

/** A plan file (version 2) after schema validation. */
export type Plan = FromSchema<typeof planSchema>;
export type Partner = Plan['partner'];
export type Customer = Plan['customer'];
export type Relationship = Plan['relationship'];
export type Transfer = NonNullable<Plan['transfer']>;
export type Subscription = Plan['subscriptions'][number];
export type Target = Subscription['target'];
export type Channel = keyof typeof CHANNEL_DESCRIPTIONS;
export type BillingCycle = keyof typeof BILLING_DESCRIPTIONS;
export type Term = keyof typeof TERM_DESCRIPTIONS;
export type EndOfTerm = keyof typeof END_OF_TERM_DESCRIPTIONS;
export type BillingAccount = keyof typeof BILLING_ACCOUNT_DESCRIPTIONS;
export type MovePath = keyof typeof PATH_DESCRIPTIONS;
export type PartnerModel = keyof typeof PARTNER_MODEL_DESCRIPTIONS;
export type AgreementMethod = keyof typeof AGREEMENT_METHOD_DESCRIPTIONS;
export type ResellerState = keyof typeof RESELLER_STATE_DESCRIPTIONS;
export type AdminAccess = keyof typeof ADMIN_ACCESS_DESCRIPTIONS;
