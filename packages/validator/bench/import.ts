// How long `csp-move import` takes for many tenants' exports, against `csp-move validate` of the plans it
// writes (the budget: at most 1.5x). Each tenant has Graph's three exports (organization, subscribedSkus,
// directory/subscriptions, 3 to 9 subscriptions, shaped as Microsoft documents them) and every third one a
// Partner Center export as well. Seeded, so every run writes the same files. Medians of runs that take
// turns, printed as a ratio: time on a shared machine is noisy, the ratio much less so.
//
//   node bench/import.ts [tenants=1000] [runs=3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { random } from './generate.ts';

// Not the tests' helper: that module brings vitest, which refuses to load outside a test run.
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'csp-move.js');

const tenants = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);

const next = random(20261207);
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
const guid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
const parts = defaultCatalog()
  .offers.filter((o) => o.status === 'active' && o.skuPartNumber)
  .map((o) => o.skuPartNumber as string);

function writeTenant(root: string, n: number): void {
  const tenant = guid();
  const folder = join(root, `tenant-${n}`);
  mkdirSync(folder, { recursive: true });
  const count = 3 + Math.floor(next() * 7);
  const skus: unknown[] = [];
  const subs: unknown[] = [];
  const pc: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const skuId = guid();
    const id = guid();
    const commerce = guid();
    const part = parts[Math.floor(next() * parts.length)] as string;
    const seats = 1 + Math.floor(next() * 300);
    skus.push({
      accountName: `Customer ${n}`,
      accountId: guid(),
      appliesTo: 'User',
      capabilityStatus: 'Enabled',
      consumedUnits: Math.floor(seats * 0.9),
      id: `${tenant}_${skuId}`,
      prepaidUnits: { enabled: seats, lockedOut: 0, suspended: 0, warning: 0 },
      servicePlans: Array.from({ length: 12 }, () => ({
        servicePlanId: guid(),
        servicePlanName: 'EXCHANGE_S_STANDARD',
        provisioningStatus: 'Success',
        appliesTo: 'User',
      })),
      skuId,
      skuPartNumber: part,
      subscriptionIds: [id],
    });
    subs.push({
      createdDateTime: '2026-02-01T00:00:00Z',
      commerceSubscriptionId: commerce,
      id,
      isTrial: false,
      nextLifecycleDateTime: `2027-0${1 + Math.floor(next() * 9)}-01T00:00:00Z`,
      serviceStatus: [],
      skuId,
      skuPartNumber: part,
      status: 'Enabled',
      totalLicenses: seats,
      ownerId: guid(),
      ownerTenantId: next() < 0.5 ? guid() : null,
      ownerType: 'User',
    });
    pc.push({
      id: commerce,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K971',
      offerName: 'Microsoft 365 Business Basic',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      quantity: seats,
      commitmentEndDate: '2027-02-28T00:00:00Z',
      status: 'active',
      autoRenewEnabled: next() < 0.5,
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      links: { self: { uri: `/customers/${tenant}/subscriptions/${commerce}`, method: 'GET', headers: [] } },
      attributes: { objectType: 'Subscription' },
    });
  }
  const write = (name: string, value: unknown) =>
    writeFileSync(join(folder, name), JSON.stringify(value, null, 2));
  write('organization.json', {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#organization',
    value: [
      {
        id: tenant,
        displayName: `Customer ${n} Holdings`,
        countryLetterCode: 'TW',
        verifiedDomains: [
          { isDefault: true, isInitial: true, name: `customer${n}.onmicrosoft.com`, type: 'Managed' },
        ],
      },
    ],
  });
  write('subscribedSkus.json', {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#subscribedSkus',
    value: skus,
  });
  write('subscriptions.json', {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directory/subscriptions',
    value: subs,
  });
  if (n % 3 === 0)
    write('partner-center.json', {
      totalCount: pc.length,
      items: pc,
      attributes: { objectType: 'Collection' },
    });
}

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status === 2 || run.status === 3) throw new Error(`csp-move ${args.join(' ')}: ${run.stderr}`);
  return ms;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const root = mkdtempSync(join(tmpdir(), 'csp-move-import-bench-'));
try {
  const exports = join(root, 'exports');
  for (let n = 0; n < tenants; n++) writeTenant(exports, n);
  const imports: number[] = [];
  const validates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(root, `plans-${run}`);
    imports.push(time(['import', exports, '--out', out]));
    validates.push(time(['validate', '--jobs', '1', out]));
  }
  const ratio = median(imports) / median(validates);
  process.stdout.write(
    `import of ${tenants} tenants: ${median(imports).toFixed(0)} ms; validate --jobs 1 of the ${tenants} plans: ${median(validates).toFixed(0)} ms; ratio ${ratio.toFixed(2)}x (budget 1.5x), medians of ${runs}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
