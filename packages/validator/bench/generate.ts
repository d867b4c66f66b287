// Writes version 2 plan files for the benchmark, two kinds:
//   - plans with findings (ensurePlans): a partner and a customer (mostly in the same CSP region), 4 to 11
//     subscriptions with comments, offers from the real catalog, some retired or renamed, some in another
//     region; seeded, so every run and every machine gets the same files;
//   - clean plans (ensureCleanPlans): the plans issue 20 states its budgets on, 3 to 12 subscriptions
//     each, ready on today's rules, about 4 KB a file, byte for byte what its generator writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { addDays } from '@csp-move/rules/dates';

/** A seeded random number generator (mulberry32): the same files on every run and machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const catalog = defaultCatalog();
const active = catalog.offers.filter((o) => o.status === 'active');
const current = active.filter((o) => !o.renamedTo).map((o) => o.id);
const renamed = active.filter((o) => o.renamedTo).map((o) => o.id);
const markets = catalog.regions.flatMap((r) => r.markets.map((m) => ({ code: m.code, region: r.id })));
const CHANNELS = ['web-direct', 'web-direct', 'csp', 'enterprise-agreement', 'open'];

function plan(n: number, next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const partner = pick(markets);
  const sameRegion = markets.filter((m) => m.region === partner.region);
  const customer = next() < 0.9 ? pick(sameRegion) : pick(markets);
  const asOf = addDays('2027-01-04', Math.floor(next() * 300));
  const lines = [
    '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json',
    `# Move of customer ${n}: generated for the csp-move benchmark.`,
    'version: 2',
    `asOf: ${asOf}`,
    'partner:',
    `  name: Partner ${partner.code} ${Math.floor(next() * 1000)}`,
    `  partnerId: "${4000000 + Math.floor(next() * 999999)}"`,
    `  country: ${partner.code}`,
    'customer:',
    `  name: Customer ${n} Holdings`,
    `  domain: customer${n}.onmicrosoft.com`,
    `  country: ${customer.code}`,
    `  agreementAccepted: ${next() < 0.95}`,
    'relationship:',
    '  reseller: accepted',
    `  requestedOn: ${addDays(asOf, -10)}`,
    `  acceptedOn: ${addDays(asOf, -8)}`,
    '  adminAccess: gdap',
    `  gdapExpiresOn: ${addDays(asOf, 400)}`,
    '  gdapRoles: [license-administrator, service-support-administrator]',
    'subscriptions:',
  ];
  const count = 4 + Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    // Now and then an old plan still uses a product's former name.
    const offer = next() < 0.05 ? pick(renamed) : pick(current);
    const quantity = 5 + Math.floor(next() * 300);
    const termEnd = addDays(asOf, 20 + Math.floor(next() * 200));
    lines.push(
      `  # Line ${i + 1}: ${catalog.offerName(offer, 'en')}, renewed yearly; the customer confirmed the seat count.`,
      `  - id: line-${i + 1}`,
      `    offer: ${offer}`,
      `    quantity: ${quantity}`,
      `    assigned: ${quantity - Math.floor(next() * 5)}`,
      `    channel: ${pick(CHANNELS)}`,
      '    billing: annual',
      `    termEnd: ${termEnd}`,
      `    endOfTerm: ${next() < 0.1 ? 'renew' : 'cancel-at-term-end'}`,
      '    target:',
      `      offer: ${offer}`,
      `      quantity: ${quantity}`,
      `      provisionOn: ${addDays(termEnd, -3)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** How many files `dir` holds; -1 when there is no such folder. */
function countFiles(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return -1;
  }
}

/** Makes sure `dir` holds exactly `count` generated plans (from the same seed); returns their folder. */
export function ensurePlans(dir: string, count: number): string {
  if (countFiles(dir) === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const next = random(count);
  for (let n = 0; n < count; n++)
    writeFileSync(join(dir, `customer-${String(n).padStart(5, '0')}.yaml`), plan(n, next));
  return dir;
}

const CLEAN_OFFERS = [
  'office-365-e1',
  'office-365-e3',
  'office-365-e5',
  'microsoft-365-business-basic',
  'microsoft-365-business-standard',
  'microsoft-365-business-premium',
];
const CLEAN_PAIRS = [
  ['DE', 'AT'],
  ['FR', 'BE'],
  ['US', 'US'],
  ['JP', 'JP'],
  ['NZ', 'WS'],
  ['GB', 'IE'],
] as const;

function cleanPlan(i: number): string {
  const [partner, customer] = CLEAN_PAIRS[i % CLEAN_PAIRS.length] as readonly [string, string];
  let text =
    '# yaml-language-server: $schema=../schemas/plan-v2.json\nversion: 2\nasOf: 2027-01-10\n' +
    `partner:\n  name: Contoso IT Services\n  partnerId: "45123${String(i % 100).padStart(2, '0')}"\n  country: ${partner}\n` +
    `customer:\n  name: Customer ${i}\n  tenantId: ${i.toString(16).padStart(8, '0')}-8a4d-4b7e-9c2a-1d5e6f7a8b9c\n` +
    `  domain: customer${i}.onmicrosoft.com\n  country: ${customer}\n  agreementAccepted: true\n` +
    'relationship:\n  reseller: accepted\n  requestedOn: 2026-12-01\n  acceptedOn: 2026-12-03\n  adminAccess: gdap\n' +
    'subscriptions:\n';
  for (let j = 0; j < 3 + (i % 10); j++) {
    const offer = CLEAN_OFFERS[(i + j) % CLEAN_OFFERS.length];
    const month = 1 + (j % 9);
    text +=
      `  - id: sub-${j}\n    offer: ${offer}\n    quantity: ${10 + j}\n    assigned: ${10 + j}\n` +
      `    channel: web-direct\n    billing: annual\n    termEnd: 2027-0${month}-28\n    endOfTerm: cancel-at-term-end\n` +
      `    target:\n      offer: ${offer}\n      quantity: ${10 + j}\n      provisionOn: 2027-0${month}-25\n`;
  }
  return text;
}

/** Makes sure `dir` holds exactly `count` clean plans (plan-00000.yaml, …); returns their folder. */
export function ensureCleanPlans(dir: string, count: number): string {
  if (countFiles(dir) === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, `plan-${String(i).padStart(5, '0')}.yaml`), cleanPlan(i));
  return dir;
}
