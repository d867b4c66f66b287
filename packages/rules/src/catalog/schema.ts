import type { FromSchema } from 'json-schema-to-ts';
import { policiesExtensionSchema, policiesSchema } from './policies.ts';
import { date, localized } from './schema-atoms.ts';

/**
 * JSON Schemas of the three catalog files in `content/catalog`. The build validates every file against
 * them (a bad record fails the build), the types below are derived from them, and a user's own catalog
 * extension (`--catalog`, or `catalog:` in `.csp-move.yaml`) is checked against `catalogExtensionSchema`.
 */

const looseSource = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'url'],
  properties: {
    title: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^https://' },
    date: { ...date, description: 'Date of the source document (ms.date or publication date).' },
    publisher: {
      enum: ['microsoft', 'third-party'],
      description: "Who published it: Microsoft's own documentation, or a third party.",
    },
    checked: {
      ...date,
      description: 'The day the source was last read to check the record still rests on it.',
    },
  },
} as const;

/**
 * A source in the shipped catalog: it must say who published it and when it was last checked. A user's
 * catalog extension may leave both out (`looseSource`), as extensions written before 2026-12 do.
 */
export const source = {
  ...looseSource,
  required: ['title', 'url', 'publisher', 'checked'],
} as const;

const offerIdPattern = '^[a-z0-9][a-z0-9-]*$';

export const marketSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'alpha3', 'name', 'currency'],
  properties: {
    code: {
      type: 'string',
      pattern: '^[A-Z]{2}$',
      description: 'ISO 3166-1 alpha-2, or the code Partner Center uses.',
    },
    alpha3: { type: 'string', pattern: '^[A-Z]{3}$' },
    name: localized,
    currency: {
      description: 'Billing currency; null where the source leaves it blank.',
      anyOf: [{ type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'null' }],
    },
    note: localized,
  },
} as const;

export const regionsFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'csp-move catalog: CSP regions and markets',
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'source', 'regions'],
  properties: {
    $schema: { type: 'string' },
    asOf: date,
    source,
    regions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'markets'],
        properties: {
          id: { type: 'string', pattern: '^[a-z][a-z-]*$' },
          name: localized,
          markets: { type: 'array', minItems: 1, items: marketSchema },
        },
      },
    },
    formerMarkets: {
      type: 'array',
      description: 'Markets that were once in a CSP region and are no longer.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name', 'until', 'note'],
        properties: {
          code: { type: 'string', pattern: '^[A-Z]{2}$' },
          name: localized,
          until: { ...date, description: 'Last date the market is known to have been listed.' },
          note: localized,
        },
      },
    },
    changes: {
      type: 'array',
      description: 'How the mapping has changed over time.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['between', 'note'],
        properties: {
          between: { type: 'array', items: date, minItems: 2, maxItems: 2 },
          note: localized,
        },
      },
    },
  },
} as const;

const replacementFor = <S extends object>(source: S) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['offers', 'kind', 'source'],
    properties: {
      offers: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: offerIdPattern },
      },
      kind: {
        enum: ['same', 'equivalent', 'superset'],
        description:
          'same = renamed, same product; equivalent = no data loss, licences reassigned; superset = a larger plan that contains it.',
      },
      source,
      note: localized,
    },
  }) as const;

/** What an add-on needs in the tenant before it can be bought. */
const prerequisitesFor = <S extends object>(source: S) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['bases', 'source'],
    properties: {
      bases: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: offerIdPattern },
        description:
          'Offers that qualify as a base, one licence per add-on licence (a plan that includes one qualifies too).',
      },
      seatCap: {
        type: 'integer',
        minimum: 1,
        description: 'Most licences of the add-on one tenant may hold.',
      },
      from: {
        ...date,
        description:
          'First day the bases are required: an add-on provisioned before it was bought without them.',
      },
      terms: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', enum: ['monthly', 'annual', 'triennial'] },
        description: 'The only terms the add-on is sold with.',
      },
      note: localized,
      source,
    },
  }) as const;

/**
 * How Microsoft identifies the SKUs an offer is sold as: the GUIDs (Graph's `skuId`), the String IDs (Graph's
 * `skuPartNumber`) and the display names of Microsoft's licensing CSV ("Product names and service plan
 * identifiers for licensing"), and, where Microsoft documents them, Partner Center product ids. One offer
 * may be sold as several SKUs (Business Basic has two). The catalog build checks every id and name against
 * the snapshot of that CSV in `content/catalog/microsoft/`.
 */
const identityFor = <S extends object>(source: S) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['skuIds', 'stringIds', 'names', 'source'],
    properties: {
      skuIds: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
        description: "GUIDs of the offer's SKUs in lower case (Graph's skuId, the CSV's GUID column).",
      },
      stringIds: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1, maxLength: 120 },
        description:
          "String IDs of the offer's SKUs as Microsoft writes them (Graph's skuPartNumber), e.g. SPB.",
      },
      names: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', minLength: 1, maxLength: 200 },
        description: "Display names of the offer's SKUs as Microsoft's licensing CSV writes them.",
      },
      productIds: {
        type: 'object',
        additionalProperties: false,
        required: ['ids', 'source'],
        description: 'Partner Center product ids, where Microsoft documents them, with their own source.',
        properties: {
          ids: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[A-Z0-9]{12}$' },
          },
          source,
        },
      },
      source,
    },
  }) as const;

const offerFor = <S extends object>(source: S) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'names', 'kind', 'status', 'source', 'asOf'],
    properties: {
      id: { type: 'string', pattern: offerIdPattern },
      names: {
        type: 'array',
        minItems: 1,
        description: 'Names over time, oldest first; `to`/`from` bound each name.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['en', 'zh-TW'],
          properties: {
            en: { type: 'string', minLength: 1 },
            'zh-TW': { type: 'string', minLength: 1 },
            from: date,
            to: date,
          },
        },
      },
      kind: { enum: ['suite', 'standalone', 'add-on'] },
      family: { type: 'string', description: 'Grouping for tables, e.g. "Microsoft 365 for business".' },
      skuPartNumber: {
        type: 'string',
        pattern: '^[A-Za-z0-9_()]+$',
        description:
          'String ID (skuPartNumber) in Microsoft Entra, e.g. SPE_E3. Kept for catalog extensions; the shipped catalog writes `identity`.',
      },
      identity: identityFor(source),
      status: { enum: ['active', 'end-of-sale', 'retired'] },
      statusDate: { ...date, description: 'Date the offer reached end-of-sale or retirement.' },
      renamedTo: {
        type: 'string',
        pattern: offerIdPattern,
        description: 'For an id kept for an old name: the id of the current name.',
      },
      renamedOn: date,
      includes: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', pattern: offerIdPattern },
        description: 'Plans whose every service this plan also contains (moving up to it keeps all data).',
      },
      replacements: { type: 'array', items: replacementFor(source) },
      regionNote: localized,
      note: localized,
      endOfSaleConversion: {
        type: 'boolean',
        description:
          'For an end-of-sale offer: Microsoft still sells it "with conversions" (existing subscriptions may change term or billing).',
      },
      abbreviations: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1, maxLength: 60 },
        description: 'Short names people search with, e.g. "E3", "M365 E3", "BP".',
      },
      prerequisites: prerequisitesFor(source),
      withoutTeamsOf: {
        type: 'string',
        pattern: offerIdPattern,
        description: 'For a "(no Teams)" suite: the id of the same suite with Teams.',
      },
      teamsStandalone: {
        type: 'boolean',
        description: 'A Teams licence sold on its own, which gives a "(no Teams)" suite back its Teams.',
      },
      seatRules: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: ['business-family', 'triennial-minimum'] },
        description:
          'Tenant-wide seat rules the offer counts for: the Business family cap, the minimum seats of a three-year term.',
      },
      source,
      asOf: date,
    },
  }) as const;

export const replacementSchema = replacementFor(source);
export const prerequisitesSchema = prerequisitesFor(source);
export const offerSchema = offerFor(source);

export const offersFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'csp-move catalog: offers',
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'offers'],
  properties: {
    $schema: { type: 'string' },
    asOf: date,
    offers: { type: 'array', minItems: 1, items: offerSchema },
    leftOut: {
      type: 'array',
      description:
        "SKUs of Microsoft's licensing CSV that the catalog leaves out on purpose, so `csp-move catalog drift` does not report them as missing from a family the catalog has.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['skuIds', 'names', 'note'],
        properties: {
          skuIds: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: {
              type: 'string',
              pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
            },
          },
          names: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          note: localized,
        },
      },
    },
    selfService: {
      type: 'object',
      description:
        "Free SKUs that appear in a tenant without anyone buying them (self-service sign-ups, viral trials): String IDs of Microsoft's licensing CSV. `csp-move import` leaves them out of a plan, and says so: there is nothing to move.",
      additionalProperties: false,
      required: ['stringIds', 'note', 'source'],
      properties: {
        stringIds: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[A-Za-z0-9_]+$' },
        },
        note: localized,
        source,
      },
    },
  },
} as const;

export const policiesFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'csp-move catalog: policies (time windows and limits)',
  type: 'object',
  additionalProperties: false,
  required: ['asOf', 'policies'],
  properties: {
    $schema: { type: 'string' },
    asOf: date,
    policies: policiesSchema(source),
  },
} as const;

/**
 * A user's catalog extension: extra or overriding offers, policy values and markets. Records with an
 * existing id replace the built-in record; new ids are added.
 */
export const catalogExtensionSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'csp-move catalog extension',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    offers: { type: 'array', items: offerFor(looseSource) },
    policies: policiesExtensionSchema,
    markets: {
      type: 'array',
      description: 'Markets to add to (or move into) a region.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['region', 'market'],
        properties: { region: { type: 'string', pattern: '^[a-z][a-z-]*$' }, market: marketSchema },
      },
    },
  },
} as const;

export type RegionsFile = FromSchema<typeof regionsFileSchema>;
export type OffersFile = FromSchema<typeof offersFileSchema>;
export type CatalogExtension = FromSchema<typeof catalogExtensionSchema>;
export type Region = RegionsFile['regions'][number];
export type Market = Region['markets'][number];
export type Offer = OffersFile['offers'][number];
export type Replacement = NonNullable<Offer['replacements']>[number];
export type ReplacementKind = Replacement['kind'];
export type Localized = { en: string; 'zh-TW': string };
export type Source = Offer['source'];
export type Prerequisites = NonNullable<Offer['prerequisites']>;
export type OfferIdentity = NonNullable<Offer['identity']>;
/** An offer in a user's catalog extension: its sources may leave out publisher and checked. */
export type ExtensionOffer = NonNullable<CatalogExtension['offers']>[number];
