import type {
  FileFacts,
  GraphSubscriptionFacts,
  InputProblem,
  OrganizationFacts,
  PartnerCenterSubscriptionFacts,
  SkuFacts,
} from './facts.ts';

/**
 * One customer tenant as the exports describe it: its organization, its SKUs and the subscriptions of
 * Graph and of Partner Center, joined. Graph's subscriptions are tied to a tenant through
 * `subscribedSku.subscriptionIds` (never through skuId alone: during a move one SKU often has a direct and
 * a CSP subscription side by side); Partner Center's through the customer its links name, or through
 * Graph's `commerceSubscriptionId`. A file that names no tenant belongs to the tenant of its folder when
 * that folder holds exactly one.
 */
export interface TenantFacts {
  tenantId?: string;
  organization?: OrganizationFacts;
  skus: SkuFacts[];
  graph: GraphSubscriptionFacts[];
  partnerCenter: PartnerCenterSubscriptionFacts[];
  /** Every file that said something about this tenant, in the order read. */
  files: string[];
  /** The folders of those files (a broken file there blocks this tenant: nothing is written for it). */
  folders: Set<string>;
}

/** The folder part of a `/`-separated path (inputs are shown with `/` on every system). */
function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? '.' : path.slice(0, at);
}

function tenantOf(map: Map<string, TenantFacts>, id: string): TenantFacts {
  let tenant = map.get(id);
  if (!tenant) {
    tenant = { tenantId: id, skus: [], graph: [], partnerCenter: [], files: [], folders: new Set() };
    map.set(id, tenant);
  }
  return tenant;
}

function addFile(tenant: TenantFacts, file: string): void {
  if (!tenant.files.includes(file)) tenant.files.push(file);
  tenant.folders.add(dirname(file));
}

/** Joins what every file said into tenants; files whose tenant cannot be told are problems. */
export function joinTenants(all: readonly FileFacts[]): { tenants: TenantFacts[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const byId = new Map<string, TenantFacts>();
  const subscriptionTenant = new Map<string, string>();
  const commerceTenant = new Map<string, string>();
  const folderTenants = new Map<string, Set<string>>();
  const noteFolder = (file: string, id: string) => {
    const folder = dirname(file);
    const set = folderTenants.get(folder) ?? new Set<string>();
    set.add(id);
    folderTenants.set(folder, set);
  };
  const oneTenant = (file: string, ids: Set<string | undefined>): string | undefined | false => {
    const known = [...ids].filter((id): id is string => id !== undefined);
    if (known.length > 1) {
      problems.push({ file, code: 'mixed-tenants', params: { tenants: known.join(', ') } });
      return false;
    }
    return known[0];
  };

  // First what names its tenant: organizations and SKUs.
  for (const facts of all) {
    if (facts.kind === 'organization') {
      const ids = new Set(facts.organizations.map((o) => o.tenantId.value.toLowerCase()));
      if (oneTenant(facts.file, ids) === false) continue;
      for (const organization of facts.organizations) {
        const id = organization.tenantId.value.toLowerCase();
        const tenant = tenantOf(byId, id);
        tenant.organization = organization;
        addFile(tenant, facts.file);
        noteFolder(facts.file, id);
      }
    } else if (facts.kind === 'subscribed-skus') {
      const id = oneTenant(facts.file, new Set(facts.skus.map((s) => s.tenantId)));
      if (id === false) continue;
      if (id === undefined) continue;
      const tenant = tenantOf(byId, id);
      tenant.skus.push(...facts.skus);
      addFile(tenant, facts.file);
      noteFolder(facts.file, id);
      for (const sku of facts.skus) for (const sub of sku.subscriptionIds) subscriptionTenant.set(sub, id);
    } else if (facts.kind === 'partner-center-subscriptions') {
      const id = oneTenant(facts.file, new Set(facts.subscriptions.map((s) => s.customerId)));
      if (id === false || id === undefined) continue;
      noteFolder(facts.file, id);
    }
  }
  const folderTenant = (file: string): string | undefined => {
    const ids = folderTenants.get(dirname(file));
    return ids && ids.size === 1 ? [...ids][0] : undefined;
  };

  // The tenant of a file whose items name it only through others: the one tenant they name, else the
  // folder's; a problem when neither tells.
  const tenantOfFile = (file: string, named: (string | undefined)[]): TenantFacts | undefined => {
    const ids = new Set(named);
    ids.delete(undefined);
    const found = oneTenant(file, ids);
    if (found === false) return undefined;
    const id = found ?? folderTenant(file);
    if (id === undefined) {
      problems.push({ file, code: 'no-tenant' });
      return undefined;
    }
    const tenant = tenantOf(byId, id);
    addFile(tenant, file);
    return tenant;
  };

  // Then Graph's subscriptions, through the SKUs that list them.
  for (const facts of all) {
    if (facts.kind !== 'graph-subscriptions') continue;
    const tenant = tenantOfFile(
      facts.file,
      facts.subscriptions.map((s) => subscriptionTenant.get(s.id.value)),
    );
    if (!tenant) continue;
    tenant.graph.push(...facts.subscriptions);
    for (const sub of facts.subscriptions)
      if (sub.commerceSubscriptionId)
        commerceTenant.set(sub.commerceSubscriptionId.value.toLowerCase(), tenant.tenantId as string);
  }

  // Then Partner Center: the customer its links name, Graph's commerce ids, or the folder.
  for (const facts of all) {
    if (facts.kind !== 'partner-center-subscriptions') continue;
    const named = facts.subscriptions.map((s) => s.customerId ?? commerceTenant.get(s.id.value));
    tenantOfFile(facts.file, named)?.partnerCenter.push(...facts.subscriptions);
  }

  // The same subscription twice in one tenant (two exports of one kind, or a duplicate in one file).
  for (const tenant of byId.values()) {
    for (const [list, kind] of [
      [tenant.graph, 'graph'],
      [tenant.partnerCenter, 'partner-center'],
    ] as const) {
      const seen = new Map<string, string>();
      for (const sub of list) {
        const earlier = seen.get(sub.id.value);
        if (earlier !== undefined)
          problems.push({
            file: sub.id.file,
            code: 'duplicate-id',
            params: { id: sub.id.value, field: sub.id.field, other: earlier, kind },
          });
        else seen.set(sub.id.value, `${sub.id.file} ${sub.id.field}`);
      }
    }
  }
  return { tenants: [...byId.values()], problems };
}
