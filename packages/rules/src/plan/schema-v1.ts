import type { FromSchema } from 'json-schema-to-ts';
import { PLAN_SCHEMA_V1_URL } from '../site.ts';

/**
 * The plan file, version 1 (DESIGN §3), frozen. Version 1 files keep validating against this schema and
 * are read as version 2 through `upgradeV1` (upgrade.ts), which documents what each field means today.
 * The site serves it at `/schemas/plan-v1.json`. Do not change it: version 2 is in schema.ts.
 */

const date = {
  type: 'string',
  format: 'date',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
} as const;

const offerId = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  minLength: 1,
  maxLength: 120,
} as const;

const country = {
  type: 'string',
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 code as Partner Center uses it (upper case), e.g. DE, TW, XK.',
} as const;

const BILLING_CYCLES = ['monthly', 'annual', 'triennial'] as const;
const RESELLER_STATES = ['not-requested', 'requested', 'accepted'] as const;
const ADMIN_ACCESS = ['none', 'gdap', 'dap'] as const;
export const CHANNELS_V1 = ['web-direct', 'csp', 'enterprise-agreement', 'open', 'other'] as const;
export const EXITS_V1 = ['expire', 'cancel'] as const;

export const planSchemaV1 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: PLAN_SCHEMA_V1_URL,
  title: 'csp-move plan, version 1',
  description:
    'One customer move of license-based subscriptions into a CSP partner account: who moves, the reseller relationship, and every subscription with its target.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'partner', 'customer', 'relationship', 'subscriptions'],
  properties: {
    $schema: { type: 'string', description: 'Optional schema URL for editors.' },
    version: { const: 1, description: 'Plan file format version. Always 1.' },
    asOf: {
      ...date,
      description:
        'The date relative checks use (stale requests, DAP). Default: today; the CLI option --today overrides it.',
    },
    partner: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'country'],
      description: 'The CSP partner who takes the subscriptions over.',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 200, description: 'Partner display name.' },
        partnerId: {
          type: 'string',
          pattern: '^[0-9]{1,12}$',
          description: 'Partner Center PartnerID (digits).',
        },
        country: {
          ...country,
          description: "Country of the partner's CSP tenant / location (decides its CSP region).",
        },
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
            'The customer has accepted the Microsoft Customer Agreement and the partner has attested it.',
        },
      },
    },
    relationship: {
      type: 'object',
      additionalProperties: false,
      required: ['reseller', 'adminAccess'],
      description: 'The reseller relationship and the admin access the partner holds.',
      properties: {
        reseller: {
          enum: [...RESELLER_STATES],
          description: 'State of the reseller relationship request.',
        },
        requestedOn: { ...date, description: 'Date the reseller relationship request was sent.' },
        acceptedOn: { ...date, description: 'Date a Global admin of the customer accepted it.' },
        adminAccess: {
          enum: [...ADMIN_ACCESS],
          description: 'Admin access to the tenant: none, GDAP (granular, time-bound) or legacy DAP.',
        },
        gdapExpiresOn: { ...date, description: 'End date of the GDAP relationship.' },
        gdapRoles: {
          type: 'array',
          uniqueItems: true,
          items: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          description:
            'Microsoft Entra roles granted through GDAP, in kebab-case (e.g. license-administrator).',
        },
      },
      if: { properties: { reseller: { const: 'accepted' } }, required: ['reseller'] },
      then: { required: ['acceptedOn'] },
    },
    subscriptions: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      description: 'Every subscription that moves, one line each.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'offer', 'quantity', 'channel', 'termEnd', 'autoRenew', 'exit', 'target'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-_]*$',
            maxLength: 64,
            description: 'Short id of this line, unique in the file.',
          },
          offer: { ...offerId, description: 'Catalog id of the offer the customer has now.' },
          quantity: {
            type: 'integer',
            minimum: 1,
            maximum: 1000000,
            description: 'Licences on the source subscription.',
          },
          assigned: {
            type: 'integer',
            minimum: 0,
            maximum: 1000000,
            description: 'Licences assigned to users.',
          },
          channel: { enum: [...CHANNELS_V1], description: 'Where the source subscription was bought.' },
          billing: { enum: [...BILLING_CYCLES], description: 'Billing cycle of the source subscription.' },
          termEnd: { ...date, description: 'Natural end of the current term.' },
          autoRenew: {
            type: 'boolean',
            description: 'Whether the source subscription renews automatically.',
          },
          exit: {
            enum: [...EXITS_V1],
            description: 'How the source subscription ends: let it expire, or cancel it.',
          },
          cancelOn: {
            ...date,
            description: 'Date the source subscription is cancelled (when exit = cancel).',
          },
          addOnOf: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-_]*$',
            description: 'Id of the line this add-on belongs to; it moves with that line.',
          },
          target: {
            type: 'object',
            additionalProperties: false,
            required: ['offer', 'quantity', 'provisionOn'],
            description: 'What the partner provisions in CSP to replace it.',
            properties: {
              offer: {
                description: 'Catalog id of the target offer, or a list of ids for a bundle.',
                anyOf: [
                  offerId,
                  { type: 'array', minItems: 1, maxItems: 10, uniqueItems: true, items: offerId },
                ],
              },
              quantity: {
                type: 'integer',
                minimum: 1,
                maximum: 1000000,
                description: 'Licences on the target.',
              },
              provisionOn: { ...date, description: 'Date the target subscription is provisioned.' },
            },
          },
        },
        if: { properties: { exit: { const: 'cancel' } }, required: ['exit'] },
        then: { required: ['cancelOn'] },
      },
    },
  },
} as const;

/** A version 1 plan file after schema validation. */
export type PlanV1 = FromSchema<typeof planSchemaV1>;
export type SubscriptionV1 = PlanV1['subscriptions'][number];
export type ExitV1 = (typeof EXITS_V1)[number];
