import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { CHANNELS } from '../plan/enums.ts';
import { date, localized } from './schema-atoms.ts';

// Every policy in one table: the schema of its value, how rules read it (its latest value, or every
// dated period) and what a user's catalog extension may set. The policies file schema, the extension
// schema, the list of required policies, the `Policies` type the rules read and its flattening from
// `policies.yaml` are all derived from this table. A new policy is one entry here and its record (with
// a source) in content/catalog/policies.yaml.

const days = { type: 'integer', minimum: 0, maximum: 3650 } as const;
const atLeastOne = { type: 'integer', minimum: 1 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;

/** Days by market: `default`, and markets (ISO codes) where the number differs. */
const marketDays = {
  type: 'object',
  additionalProperties: false,
  required: ['default'],
  properties: { default: days },
  patternProperties: { '^[A-Z]{2}$': days },
} as const;

/** Days by source channel, for the channels Microsoft documents. */
const channelDays = {
  type: 'object',
  additionalProperties: false,
  required: ['web-direct', 'csp', 'enterprise-agreement', 'open', 'other'],
  properties: {
    'web-direct': days,
    csp: days,
    'csp-legacy': days,
    'enterprise-agreement': days,
    'mca-e': days,
    open: days,
    other: days,
  },
} as const;

interface PolicyDeclaration {
  /** The schema of one value. */
  value: JSONSchema;
  /** `plain`: rules read the value of the latest period; `dated`: every period (ask `valueOn`). */
  read: 'plain' | 'dated';
  /**
   * What a catalog extension may set: a plain value (`value`, the default), a value or periods
   * (`periods`), or some keys of a table, merged key by key into the built-in one (`merge`).
   */
  extension?: 'value' | 'periods' | { merge: JSONSchema };
}

/** Every policy of `policies.yaml`, in file order. */
export const POLICIES = {
  /** Free days after the term end, for subscriptions outside extended service terms. */
  graceDays: {
    value: channelDays,
    read: 'plain',
    extension: {
      merge: { type: 'object', additionalProperties: days, propertyNames: { enum: CHANNELS } },
    },
  },
  cancellationWindowDays: { value: days, read: 'plain' },
  gdapRequestExpiryDays: { value: days, read: 'plain' },
  gdapMaxDays: { value: days, read: 'plain' },
  dapEndDate: { value: date, read: 'plain' },
  duplicationThreshold: { value: atLeastOne, read: 'plain' },
  subscriptionsPerTenant: { value: atLeastOne, read: 'plain' },
  earlyCancellationWindowDays: { value: days, read: 'plain' },
  transferRequestExpiryDays: { value: days, read: 'plain' },
  transferMaxLineItems: { value: atLeastOne, read: 'plain' },
  /** Most seats of the Business family (Basic, Standard, Premium, Apps for business) per tenant. */
  businessFamilyCap: { value: atLeastOne, read: 'plain' },
  /** Fewest seats per offer on a three-year term where the offer has that minimum. */
  triennialMinSeats: { value: atLeastOne, read: 'plain' },
  /** By term end: whether a CSP new-commerce subscription gets a paid extended term instead of grace. */
  cspExtendedTerm: { value: { type: 'boolean' }, read: 'dated', extension: 'periods' },
  /** A CSP term bought or renewed before this date keeps the free grace period. */
  cspExtendedTermPurchasedFrom: { value: date, read: 'plain', extension: 'periods' },
  /** By term end: whether a direct MCA subscription has lost the free Expired state. */
  directExtendedTerm: { value: { type: 'boolean' }, read: 'dated', extension: 'periods' },
  extendedTermUpliftPct: { value: percent, read: 'plain', extension: 'periods' },
  extendedTermNoMonthlyUpliftPct: { value: percent, read: 'plain', extension: 'periods' },
  directRefundWindowDays: { value: marketDays, read: 'plain', extension: { merge: marketDays } },
  relationshipRequestLeadDays: { value: days, read: 'plain' },
  /** Days before a transferred line's term end by which the transfer is approved, to leave time to fall back. */
  transferFallbackLeadDays: { value: days, read: 'plain' },
} as const satisfies Record<string, PolicyDeclaration>;

export type PolicyKey = keyof typeof POLICIES;

const POLICY_KEYS = Object.keys(POLICIES) as PolicyKey[];

/** One value of a dated policy and the (inclusive) days it is in force; an absent bound is open. */
export interface Period<T> {
  from?: string;
  until?: string;
  value: T;
}

/** The value of a dated policy in force on `date`, or undefined when no period covers it. */
export function valueOn<T>(periods: readonly Period<T>[], date: string): T | undefined {
  return periods.find((p) => (!p.from || p.from <= date) && (!p.until || date <= p.until))?.value;
}

type ValueOf<K extends PolicyKey> = FromSchema<(typeof POLICIES)[K]['value']>;

/** Policy values as the rules read them, flattened from `policies.yaml`. */
export type Policies = {
  -readonly [K in PolicyKey]: (typeof POLICIES)[K]['read'] extends 'dated'
    ? Period<ValueOf<K>>[]
    : ValueOf<K>;
};

/** Days by market: `default`, and the markets where the number differs. */
export type MarketDays = Policies['directRefundWindowDays'];

/** The days a market table gives `market`: its own number, else the default. */
export function daysIn(table: MarketDays, market: string): number {
  const own: unknown = table[market];
  return typeof own === 'number' ? own : table.default;
}

/**
 * A policy as `policies.yaml` holds it (the schema below checks it): a value, or values by period, with
 * its description and source. `S` is the type of a source.
 */
export interface PolicyRecord<S = unknown> {
  value?: unknown;
  periods?: (Period<unknown> & { source: S; note?: { en: string; 'zh-TW': string } })[];
  description: { en: string; 'zh-TW': string };
  source: S;
  asOf: string;
  history?: { value: unknown; until: string; source: S }[];
}

// A policy holds one value, or values dated by the periods they are in force. A period's `from` and
// `until` are inclusive calendar dates; the policy's description says which date of a subscription
// picks the period (usually its term end), so rules ask what applied to that subscription, not what
// applies on the day the tool runs.
function policyRecordSchema(value: JSONSchema, source: JSONSchema) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['source', 'asOf', 'description'],
    // Either a value or periods; `properties` repeats the names so strict Ajv sees them defined.
    anyOf: [
      { properties: { value: {} }, required: ['value'] },
      { properties: { periods: {} }, required: ['periods'] },
    ],
    properties: {
      value,
      periods: {
        type: 'array',
        minItems: 1,
        description: 'Values by the period they are in force, oldest first; periods do not overlap.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'source'],
          properties: {
            from: { ...date, description: 'First day the value applies; open when absent.' },
            until: { ...date, description: 'Last day the value applies; open when absent.' },
            value,
            source,
            note: localized,
          },
        },
      },
      description: localized,
      source,
      asOf: date,
      history: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'until', 'source'],
          properties: { value: {}, until: date, source },
        },
      },
    },
  } as const;
}

/** The `policies` object of the policies file, every record carrying `source`. */
export function policiesSchema(source: JSONSchema) {
  return {
    type: 'object',
    additionalProperties: false,
    required: POLICY_KEYS,
    properties: Object.fromEntries(
      POLICY_KEYS.map((key) => [key, policyRecordSchema(POLICIES[key].value, source)]),
    ),
  } as const;
}

/** A policy value a catalog extension sets by period (it then applies only in those periods). */
function valueOrPeriods<V extends JSONSchema>(value: V) {
  return {
    anyOf: [
      value,
      {
        type: 'object',
        additionalProperties: false,
        required: ['periods'],
        properties: {
          periods: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['value'],
              properties: { from: date, until: date, value },
            },
          },
        },
      },
    ],
  } as const;
}

type Declared = (typeof POLICIES)[PolicyKey];

/** What a catalog extension may set for one policy, by its declaration. */
type ExtensionSchemaOf<D extends Declared> = D extends { extension: { merge: infer M } }
  ? M
  : D extends { extension: 'periods' }
    ? ReturnType<typeof valueOrPeriods<D['value']>>
    : D['value'];

function extensionSchemaOf(declared: PolicyDeclaration): JSONSchema {
  const { extension = 'value' } = declared;
  if (typeof extension === 'object') return extension.merge;
  return extension === 'periods' ? valueOrPeriods(declared.value) : declared.value;
}

/** The `policies` object of a catalog extension: any policy, each as its declaration allows. */
export const policiesExtensionSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(POLICY_KEYS.map((key) => [key, extensionSchemaOf(POLICIES[key])])) as {
    [K in PolicyKey]: ExtensionSchemaOf<(typeof POLICIES)[K]>;
  },
} as const;

/** True when an extension's value for `key` is merged key by key into the built-in table. */
export function mergesByKey(key: string): boolean {
  const declared: PolicyDeclaration | undefined = POLICIES[key as PolicyKey];
  return typeof declared?.extension === 'object';
}

/** A policy's dated values; a plain value is one period without bounds. */
export function periodsOf<T>(entry: PolicyRecord): Period<T>[] {
  if (entry.periods) {
    return entry.periods.map(({ from, until, value }) => ({
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
      value: value as T,
    }));
  }
  return [{ value: entry.value as T }];
}

/** A policy's single value; for a dated policy, the value of its latest period. */
export function plainOf<T>(entry: PolicyRecord): T {
  const periods = periodsOf<T>(entry);
  return (periods[periods.length - 1] as Period<T>).value;
}

/** The policies as the rules read them: each plain or dated, as declared. */
export function flattenPolicies(file: { policies: Record<PolicyKey, PolicyRecord> }): Policies {
  return Object.fromEntries(
    POLICY_KEYS.map((key) => {
      const entry = file.policies[key];
      return [key, POLICIES[key].read === 'dated' ? periodsOf(entry) : plainOf(entry)];
    }),
  ) as Policies;
}
