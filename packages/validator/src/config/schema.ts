import { catalogExtensionSchema } from '@csp-move/rules/catalog';
import { LOCALES } from '@csp-move/rules/messages';
import { planSchema } from '@csp-move/rules/plan';
import { RULE_IDS } from '@csp-move/rules/rules';
import { SITE_URL } from '@csp-move/rules/site';
import type { FromSchema } from 'json-schema-to-ts';

const planPartner = planSchema.properties.partner.properties;

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const ruleSetting = { enum: ['error', 'warning', 'info', 'off'] } as const;

// The catalog extension as an inline value: the extension schema without its document-level keywords.
const { $schema: _schema, title: _title, ...inlineCatalog } = catalogExtensionSchema;

/**
 * `.csp-move.yaml`, version 1: defaults for every run in a repository. Command-line options win over
 * it. Published as `config-v1.schema.json` next to the plan schema, for editors.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${SITE_URL}/schemas/config-v1.json`,
  title: 'csp-move configuration (.csp-move.yaml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Optional schema URL for editors.' },
    locale: { enum: [...LOCALES], description: 'Language of messages. Default: en.' },
    failOn: {
      enum: [...FAIL_ON],
      description: 'Lowest severity that makes `csp-move validate` exit with 1. Default: error.',
    },
    maxWarnings: {
      type: 'integer',
      minimum: 0,
      description: 'Exit with 1 when there are more warnings than this, whatever failOn says.',
    },
    maxFileSize: {
      description: 'Largest file read, in bytes or with a unit (512KB, 2MB). Default: 1MB.',
      anyOf: [
        { type: 'integer', minimum: 1 },
        { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?(B|KB|MB|KiB|MiB)$' },
      ],
    },
    include: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description:
        'Globs of plan files to check when no path is given. Default: **/*.plan.{yaml,yml} and plans/**/*.{yaml,yml}.',
    },
    exclude: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Globs to leave out (node_modules and dot-folders are always left out).',
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      description: 'Severity overrides per rule id; `off` turns a rule off.',
      properties: Object.fromEntries(RULE_IDS.map((id) => [id, ruleSetting])) as Record<
        (typeof RULE_IDS)[number],
        typeof ruleSetting
      >,
    },
    partner: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'country'],
      description:
        'Your own CSP partner details: `csp-move import` writes them into every plan it creates, and knows a subscription your tenant created as already yours.',
      // The plan's own partner fields, so that what the config names is what a plan may hold.
      properties: {
        name: planPartner.name,
        partnerId: planPartner.partnerId,
        country: {
          ...planPartner.country,
          description: "Country of the partner's CSP tenant (ISO 3166-1 alpha-2, upper case).",
        },
        tenantId: {
          ...planSchema.properties.customer.properties.tenantId,
          description: "Your partner tenant's ID: Graph's ownerTenantId of subscriptions you created.",
        },
      },
    },
    catalog: {
      description:
        'A catalog extension: the path of a YAML or JSON file (relative to this file), or the extension itself.',
      anyOf: [{ type: 'string', minLength: 1 }, inlineCatalog],
    },
  },
} as const;

/** `.csp-move.yaml` after schema validation. */
export type Config = FromSchema<typeof configSchema>;
