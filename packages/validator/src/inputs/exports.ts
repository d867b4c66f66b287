import {
  dayOf,
  type FileFacts,
  type GraphSubscriptionFacts,
  GUID,
  type InputProblem,
  type OrganizationFacts,
  type PartnerCenterSubscriptionFacts,
  type SkuFacts,
  type Sourced,
} from './facts.ts';
import { fieldPath, positionOf } from './json.ts';

type Json = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads typed fields of one item and records where each came from; a wrong type is a problem. */
class Reader {
  readonly problems: InputProblem[] = [];
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  problem(code: InputProblem['code'], path: Path, params: Record<string, string> = {}): void {
    this.problems.push({
      file: this.file,
      position: positionOf(this.text, path),
      code,
      params: { field: fieldPath(path), ...params },
    });
  }

  private at(item: Json, path: Path, key: string): { value: unknown; field: string; where: Path } {
    const where = [...path, key];
    return { value: item[key], field: fieldPath(where), where };
  }

  string(item: Json, path: Path, key: string): Sourced<string> | undefined {
    const { value, field, where } = this.at(item, path, key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      this.problem('bad-value', where, { expected: 'text' });
      return undefined;
    }
    return { value: value.trim(), file: this.file, field };
  }

  number(item: Json, path: Path, key: string): Sourced<number> | undefined {
    const { value, field, where } = this.at(item, path, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.problem('bad-value', where, { expected: 'number' });
      return undefined;
    }
    return { value, file: this.file, field };
  }

  boolean(item: Json, path: Path, key: string): Sourced<boolean> | undefined {
    const { value, field, where } = this.at(item, path, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problem('bad-value', where, { expected: 'boolean' });
      return undefined;
    }
    return { value, file: this.file, field };
  }

  /** A timestamp whose day must be a real date; the text is kept as written (for the comment). */
  timestamp(item: Json, path: Path, key: string): Sourced<string> | undefined {
    const text = this.string(item, path, key);
    if (!text) return undefined;
    if (dayOf(text.value) === undefined) {
      this.problem('bad-date', [...path, key], { value: text.value.slice(0, 40) });
      return undefined;
    }
    return text;
  }

  /** The `value` array of a Graph collection, or the object itself for a single-entity GET. */
  items(value: Json): { item: Json; path: Path }[] {
    if (Array.isArray(value.value))
      return (value.value as unknown[]).flatMap((item, index) =>
        isObject(item) ? [{ item, path: ['value', index] as Path }] : [],
      );
    return [{ item: value, path: [] }];
  }
}

/** The last segment of an OData context: `…/$metadata#subscribedSkus` → `subscribedSkus`. */
function odataEntity(value: Json): string | undefined {
  const context = value['@odata.context'];
  if (typeof context !== 'string') return undefined;
  return /#([^()]+?)(?:\/\$entity)?$/.exec(context)?.[1];
}

function sample(value: Json): Json | undefined {
  if (Array.isArray(value.value)) return (value.value as unknown[]).find(isObject);
  if (Array.isArray(value.items)) return (value.items as unknown[]).find(isObject);
  return value;
}

function hasAll(item: Json | undefined, keys: readonly string[]): boolean {
  return item !== undefined && keys.every((key) => key in item);
}

/** One export format of the input table: how it is recognised in a parsed file and what it says. */
export interface ExportFormat {
  id: FileFacts['kind'];
  /** Microsoft's name for it, as its documentation titles it. */
  title: string;
  /** Where Microsoft documents it (the field names are kept exactly as there). */
  documentation: string;
  detect(value: Json): boolean;
  read(value: Json, reader: Reader): FileFacts;
}

function organization(value: Json, r: Reader): FileFacts {
  const organizations: OrganizationFacts[] = [];
  for (const { item, path } of r.items(value)) {
    const tenantId = r.string(item, path, 'id');
    if (!tenantId) {
      r.problem('bad-value', [...path, 'id'], { expected: 'tenant' });
      continue;
    }
    const domains = Array.isArray(item.verifiedDomains) ? (item.verifiedDomains as unknown[]) : [];
    const initial = domains.findIndex((d) => isObject(d) && d.isInitial === true);
    const country = r.string(item, path, 'countryLetterCode');
    organizations.push({
      tenantId,
      name: r.string(item, path, 'displayName'),
      ...(country ? { country: { ...country, value: country.value.toUpperCase() } } : {}),
      ...(initial >= 0
        ? { domain: r.string(domains[initial] as Json, [...path, 'verifiedDomains', initial], 'name') }
        : {}),
    });
  }
  return { kind: 'organization', file: r.file, organizations };
}

function subscribedSkus(value: Json, r: Reader): FileFacts {
  const skus: SkuFacts[] = [];
  for (const { item, path } of r.items(value)) {
    const skuId = r.string(item, path, 'skuId');
    const skuPartNumber = r.string(item, path, 'skuPartNumber');
    if (!skuId || !skuPartNumber) {
      r.problem('bad-value', path, { expected: 'sku' });
      continue;
    }
    // Graph writes a subscribedSku's id as {tenantId}_{skuId}: the tenant is what the SKU belongs to.
    const id = typeof item.id === 'string' ? item.id : '';
    const tenant = id.split('_')[0] ?? '';
    const ids = Array.isArray(item.subscriptionIds) ? (item.subscriptionIds as unknown[]) : [];
    skus.push({
      ...(GUID.test(tenant) ? { tenantId: tenant.toLowerCase() } : {}),
      skuId,
      skuPartNumber,
      consumedUnits: r.number(item, path, 'consumedUnits'),
      subscriptionIds: ids.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()),
    });
  }
  return { kind: 'subscribed-skus', file: r.file, skus };
}

function graphSubscriptions(value: Json, r: Reader): FileFacts {
  const subscriptions: GraphSubscriptionFacts[] = [];
  for (const { item, path } of r.items(value)) {
    const id = r.string(item, path, 'id');
    const status = r.string(item, path, 'status');
    if (!id || !status || typeof item.totalLicenses !== 'number') {
      r.problem('bad-value', path, { expected: 'graph-subscription' });
      continue;
    }
    subscriptions.push({
      id: { ...id, value: id.value.toLowerCase() },
      // Older beta responses name the commerce id `ocpSubscriptionId`.
      commerceSubscriptionId:
        r.string(item, path, 'commerceSubscriptionId') ?? r.string(item, path, 'ocpSubscriptionId'),
      skuId: r.string(item, path, 'skuId'),
      skuPartNumber: r.string(item, path, 'skuPartNumber'),
      status,
      totalLicenses: r.number(item, path, 'totalLicenses'),
      isTrial: r.boolean(item, path, 'isTrial'),
      nextLifecycle: r.timestamp(item, path, 'nextLifecycleDateTime'),
      ownerTenantId: r.string(item, path, 'ownerTenantId'),
    });
  }
  return { kind: 'graph-subscriptions', file: r.file, subscriptions };
}

/** The customer a Partner Center link names: `/customers/{id}/subscriptions…`. */
function customerInLinks(item: Json): string | undefined {
  const links = isObject(item.links) ? item.links : undefined;
  const self = links && isObject(links.self) ? links.self.uri : undefined;
  const id = typeof self === 'string' ? /\/customers\/([^/?]+)/i.exec(self)?.[1] : undefined;
  return id !== undefined && GUID.test(id) ? id.toLowerCase() : undefined;
}

function offerInLinks(item: Json, path: Path, file: string): Sourced<string> | undefined {
  const links = isObject(item.links) ? item.links : undefined;
  const uri = links && isObject(links.offer) ? links.offer.uri : undefined;
  const id = typeof uri === 'string' ? /\/offers\/([^/?]+)/i.exec(uri)?.[1] : undefined;
  return id ? { value: id, file, field: fieldPath([...path, 'links', 'offer', 'uri']) } : undefined;
}

function partnerCenterSubscriptions(value: Json, r: Reader): FileFacts {
  const subscriptions: PartnerCenterSubscriptionFacts[] = [];
  const list = Array.isArray(value.items)
    ? (value.items as unknown[]).flatMap((item, index) =>
        isObject(item) ? [{ item, path: ['items', index] as Path }] : [],
      )
    : [{ item: value, path: [] as Path }];
  const collectionCustomer = customerInLinks(value);
  for (const { item, path } of list) {
    const id = r.string(item, path, 'id');
    // Legacy samples leave offerId out and name the offer only in links.offer.uri (/v1/offers/{id}).
    const offerId = r.string(item, path, 'offerId') ?? offerInLinks(item, path, r.file);
    const status = r.string(item, path, 'status');
    if (!id || !offerId || !status || typeof item.quantity !== 'number') {
      r.problem('bad-value', path, { expected: 'partner-center-subscription' });
      continue;
    }
    const productType = isObject(item.productType)
      ? r.string(item.productType, [...path, 'productType'], 'id')
      : undefined;
    const customerId = customerInLinks(item) ?? collectionCustomer;
    subscriptions.push({
      ...(customerId ? { customerId } : {}),
      id: { ...id, value: id.value.toLowerCase() },
      offerId,
      offerName: r.string(item, path, 'offerName') ?? r.string(item, path, 'friendlyName'),
      quantity: r.number(item, path, 'quantity'),
      commitmentEndDate: r.timestamp(item, path, 'commitmentEndDate'),
      autoRenewEnabled: r.boolean(item, path, 'autoRenewEnabled'),
      billingCycle: r.string(item, path, 'billingCycle'),
      termDuration: r.string(item, path, 'termDuration'),
      status: { ...status, value: status.value.toLowerCase() },
      isTrial: r.boolean(item, path, 'isTrial'),
      parentSubscriptionId: r.string(item, path, 'parentSubscriptionId'),
      productType,
    });
  }
  return { kind: 'partner-center-subscriptions', file: r.file, subscriptions };
}

/**
 * The export formats `csp-move import` reads, recognised from content, never from the file name. Adding a
 * format is adding an entry here and joining its facts in `tenants.ts`.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'organization',
    title: 'Microsoft Graph: GET /organization',
    documentation: 'https://learn.microsoft.com/graph/api/organization-get',
    detect: (v) =>
      /^organization$/.test(odataEntity(v) ?? '') || hasAll(sample(v), ['verifiedDomains', 'id']),
    read: organization,
  },
  {
    id: 'subscribed-skus',
    title: 'Microsoft Graph: GET /subscribedSkus',
    documentation: 'https://learn.microsoft.com/graph/api/subscribedsku-list',
    detect: (v) =>
      /^subscribedSkus$/.test(odataEntity(v) ?? '') || hasAll(sample(v), ['skuPartNumber', 'prepaidUnits']),
    read: subscribedSkus,
  },
  {
    id: 'graph-subscriptions',
    title: 'Microsoft Graph: GET /directory/subscriptions',
    documentation: 'https://learn.microsoft.com/graph/api/directory-list-subscriptions',
    detect: (v) =>
      /^(directory\/subscriptions|companySubscriptions)$/.test(odataEntity(v) ?? '') ||
      hasAll(sample(v), ['skuPartNumber', 'totalLicenses', 'status']),
    read: graphSubscriptions,
  },
  {
    id: 'partner-center-subscriptions',
    title: 'Partner Center: GET /v1/customers/{id}/subscriptions',
    documentation:
      'https://learn.microsoft.com/partner-center/developer/get-all-of-a-customer-s-subscriptions',
    detect: (v) => {
      const item = sample(v);
      const type = isObject(item?.attributes) ? item.attributes.objectType : undefined;
      return type === 'Subscription' || hasAll(item, ['offerId', 'quantity', 'status']);
    },
    read: partnerCenterSubscriptions,
  },
];

/** Says why a parsed JSON value is not an export csp-move reads, or undefined when it may be one. */
function refusal(value: unknown, file: string, text: string): InputProblem | undefined {
  if (!isObject(value)) return { file, code: 'unknown-shape', position: { line: 1, column: 1 } };
  // Graph: { error: { code, message } }; Partner Center: { code, description }.
  const error = isObject(value.error) ? value.error : undefined;
  if (error || (typeof value.code !== 'undefined' && typeof value.description === 'string')) {
    const code = String(error?.code ?? value.code);
    const message = String(error?.message ?? value.description ?? '');
    return {
      file,
      code: 'error-response',
      position: { line: 1, column: 1 },
      params: { code, message: message.slice(0, 200) },
    };
  }
  if (typeof value['@odata.nextLink'] === 'string')
    return {
      file,
      code: 'partial',
      position: positionOf(text, ['@odata.nextLink']),
      params: { field: '@odata.nextLink' },
    };
  const links = isObject(value.links) ? value.links : undefined;
  if (links && isObject(links.next))
    return {
      file,
      code: 'partial',
      position: positionOf(text, ['links', 'next']),
      params: { field: 'links.next' },
    };
  if (
    typeof value.totalCount === 'number' &&
    Array.isArray(value.items) &&
    value.totalCount > (value.items as unknown[]).length
  )
    return {
      file,
      code: 'partial',
      position: positionOf(text, ['totalCount']),
      params: {
        field: 'totalCount',
        count: String(value.totalCount),
        items: String((value.items as unknown[]).length),
      },
    };
  return undefined;
}

/** What one parsed JSON export says, or why it cannot be read. */
export function readExport(
  value: unknown,
  file: string,
  text: string,
): { facts: FileFacts } | { problems: InputProblem[] } {
  const refused = refusal(value, file, text);
  if (refused) return { problems: [refused] };
  const json = value as Json;
  const format = EXPORT_FORMATS.find((f) => f.detect(json));
  if (!format) return { problems: [{ file, code: 'unknown-shape', position: { line: 1, column: 1 } }] };
  const reader = new Reader(file, text);
  const facts = format.read(json, reader);
  return reader.problems.length > 0 ? { problems: reader.problems } : { facts };
}
