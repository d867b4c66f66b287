import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, createCatalog, defaultCatalog } from '@csp-move/rules/catalog';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { recognizeInput } from '../src/inputs/formats.ts';
import { importExports } from '../src/inputs/import.ts';
import { renderPlan } from '../src/inputs/write-plan.ts';
import { PACKAGE_ROOT, runCli } from './helpers/cli.ts';
import { folderWith } from './helpers/tmp.ts';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'import');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const CONTOSO = {
  'contoso/organization.json': fixture('contoso/organization.json'),
  'contoso/subscribedSkus.json': fixture('contoso/subscribedSkus.json'),
  'contoso/subscriptions.json': fixture('contoso/subscriptions.json'),
};
const FABRIKAM = { 'fabrikam/subscriptions.json': fixture('fabrikam/subscriptions.json') };

describe('csp-move import', () => {
  it('turns Graph exports into a plan that is never invalid: known values with their source, the rest to fill in', () => {
    const cwd = folderWith(CONTOSO);
    const run = runCli(['import', 'contoso'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = run.stdout;
    expect(plan).toMatch(
      /^ {2}tenantId: "48a80680-7326-48cd-9935-b556b81d3a4e" {2}# contoso\/organization\.json: value\[0\]\.id$/m,
    );
    expect(plan).toMatch(
      /^ {2}domain: contoso\.onmicrosoft\.com {2}# contoso\/organization\.json: value\[0\]\.verifiedDomains\[1\]\.name$/m,
    );
    // Joined on subscriptionIds: seats from the subscription, assigned from its SKU.
    expect(plan).toMatch(/quantity: 25 {2}# contoso\/subscriptions\.json: value\[0\]\.totalLicenses/);
    expect(plan).toMatch(/assigned: 14 {2}# contoso\/subscribedSkus\.json: value\[0\]\.consumedUnits/);
    // nextLifecycleDateTime at midnight is when the next state starts: the term ends the day before.
    expect(plan).toMatch(
      /termEnd: 2027-01-31 {2}# contoso\/subscriptions\.json: value\[0\]\.nextLifecycleDateTime/,
    );
    // A suspended subscription's nextLifecycleDateTime is not a renewal: its term end is to fill in.
    expect(plan).toMatch(/termEnd: to-fill-in {2}# status Suspended/);
    // Billing, term and auto-renew are never guessed from Graph's dates.
    expect(plan.match(/billing: to-fill-in/g)).toHaveLength(2);
    expect(plan.match(/endOfTerm: to-fill-in/g)).toHaveLength(2);
    // An SKU the catalog does not know is kept, visibly, with its part number.
    expect(plan).toMatch(/offer: to-fill-in {2}# CRMSTANDARD/);
    // ownerTenantId names the partner that created it: another CSP partner; null: ask.
    expect(plan).toMatch(/channel: csp {2}# contoso\/subscriptions\.json: value\[1\]\.ownerTenantId/);
    expect(plan).toMatch(/channel: to-fill-in {2}# no partner tenant created it/);

    const result = validateText(plan, { today: '2026-12-07' });
    expect(result.verdict).toBe('blocked');
    const codes = new Set(result.diagnostics.map((d) => d.rule));
    expect([...codes]).toEqual(['to-fill-in']);
    expect(result.diagnostics.find((d) => d.pointer === '/subscriptions/0/billing')?.message).toContain(
      '`subscriptions[0].billing` is still `to-fill-in`',
    );
  });

  it('reads Partner Center subscriptions: term, billing and auto-renew, and leaves an Azure plan out', () => {
    const cwd = folderWith(FABRIKAM);
    const run = runCli(['import', 'fabrikam'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'termEnd: 2027-02-28  # fabrikam/subscriptions.json: items[0].commitmentEndDate',
    );
    expect(run.stdout).toContain(
      'endOfTerm: auto-renew-off  # fabrikam/subscriptions.json: items[0].autoRenewEnabled',
    );
    expect(run.stdout).toContain(
      'endOfTerm: renew  # fabrikam/subscriptions.json: items[1].autoRenewEnabled',
    );
    expect(run.stdout).toContain('billing: annual  # fabrikam/subscriptions.json: items[1].billingCycle');
    expect(run.stdout).toContain('term: annual  # fabrikam/subscriptions.json: items[0].termDuration');
    expect(run.stdout).toMatch(
      /# {3}- Azure plan \(5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f\): not a licence subscription/,
    );
    expect(run.stdout).not.toMatch(/offer: .*MS-AZR/);
    // The customer's tenant comes from the links; its name is not in this export.
    expect(run.stdout).toContain('tenantId: "2e9b5a4c-7d61-4c0f-8f3b-6a1d2c3e4f50"');
    expect(run.stdout).toMatch(/^ {2}name: to-fill-in$/m);
    expect(validateText(run.stdout).verdict).toBe('blocked');
  });

  it('writes the partner from .csp-move.yaml and leaves out what its own tenant created', () => {
    const own = '331af819-4e0b-49f7-a6bf-14e1165ad3a0';
    const cwd = folderWith({
      ...CONTOSO,
      '.csp-move.yaml': `partner:\n  name: Northwind\n  partnerId: "6120457"\n  country: TW\n  tenantId: ${own}\n`,
    });
    const run = runCli(['import', 'contoso'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}name: Northwind {2}# \.csp-move\.yaml: partner\.name$/m);
    expect(run.stdout).toMatch(/CRMSTANDARD.*created by your own partner tenant: already yours/);
    expect(run.stdout).not.toContain('- id: crmstandard');
  });

  it('imports again in place: seats and dates follow the export, new and gone subscriptions too, and what a person wrote stays', () => {
    const cwd = folderWith(CONTOSO);
    expect(runCli(['import', 'contoso', '--out', 'plans'], { cwd }).code).toBe(0);
    const file = join(cwd, 'plans', 'contoso.plan.yaml');
    expect(existsSync(file)).toBe(true);
    // A person fills in what the export could not tell, and writes a note of their own.
    const edited = readFileSync(file, 'utf8')
      .replace(/^ {2}name: to-fill-in$/m, '  name: Northwind')
      .replace(/^( {4}channel: )to-fill-in.*$/m, '$1web-direct  # confirmed with the customer on the phone')
      .replace(
        /^( {4}endOfTerm: )to-fill-in.*\n( {4}target: )to-fill-in$/m,
        '$1auto-renew-off\n$2\n      offer: office-365-e5\n      quantity: 25\n      provisionOn: 2027-01-20',
      );
    writeFileSync(file, edited);
    expect(runCli(['import', 'contoso', '--out', 'plans', '--check'], { cwd }).code).toBe(0);

    // The next export: 30 seats, the suspended subscription gone, a new one bought.
    const subs = JSON.parse(CONTOSO['contoso/subscriptions.json']);
    subs.value[0].totalLicenses = 30;
    subs.value[1].status = 'Deleted';
    subs.value.push({
      ...subs.value[0],
      id: '9a8b7c6d-1111-4222-8333-444455556666',
      commerceSubscriptionId: 'bbbbbbbb-1111-4222-8333-444455556666',
      skuPartNumber: 'EXCHANGESTANDARD',
      skuId: '4b9405b0-7788-4568-add1-99614e613b69',
      totalLicenses: 3,
    });
    writeFileSync(join(cwd, 'contoso', 'subscriptions.json'), JSON.stringify(subs, null, 2));
    const skus = JSON.parse(CONTOSO['contoso/subscribedSkus.json']);
    skus.value[0].subscriptionIds.push('9a8b7c6d-1111-4222-8333-444455556666');
    writeFileSync(join(cwd, 'contoso', 'subscribedSkus.json'), JSON.stringify(skus, null, 2));

    const check = runCli(['import', 'contoso', '--out', 'plans', '--check'], { cwd });
    expect(check.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const run = runCli(['import', 'contoso', '--out', 'plans'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('office-365-e5.quantity: 25 → 30');
    expect(run.stdout).toContain('removed subscription crmstandard');
    expect(run.stdout).toMatch(/added subscription /);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('  name: Northwind\n');
    expect(after).toContain('channel: web-direct  # confirmed with the customer on the phone');
    expect(after).toContain('      provisionOn: 2027-01-20');
    expect(after).toMatch(/quantity: 30 {2}# contoso\/subscriptions\.json: value\[0\]\.totalLicenses/);
    expect(after).not.toContain('CRMSTANDARD');
    expect(after).toContain('subscriptionId: bbbbbbbb-1111-4222-8333-444455556666');
    // Only what changed: the text before the subscriptions is the person's, byte for byte.
    expect(after.slice(0, after.indexOf('subscriptions:'))).toBe(
      edited.slice(0, edited.indexOf('subscriptions:')),
    );
    expect(runCli(['import', 'contoso', '--out', 'plans', '--check'], { cwd }).code).toBe(0);
  });

  it('writes one plan per customer for a folder of many tenants, and status reads them at once', () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 40; n++) {
      const tenant = `2e9b5a4c-7d61-4c0f-8f3b-${String(n).padStart(12, '0')}`;
      files[`tenants/t${n}/subscriptions.json`] = FABRIKAM['fabrikam/subscriptions.json'].replaceAll(
        '2e9b5a4c-7d61-4c0f-8f3b-6a1d2c3e4f50',
        tenant,
      );
    }
    const cwd = folderWith(files);
    const run = runCli(['import', 'tenants', '--out', 'plans'], { cwd });
    expect(run.code).toBe(0);
    expect(readdirSync(join(cwd, 'plans'))).toHaveLength(40);
    const status = runCli(['status', 'plans', '--format', 'json'], { cwd });
    expect(status.code).not.toBe(2);
    expect(
      JSON.parse(status.stdout).plans ?? JSON.parse(status.stdout).rows ?? JSON.parse(status.stdout),
    ).toBeTruthy();
  });

  it("reads Microsoft's own samples, quirks included, with what they cannot tell visible", () => {
    const cwd = folderWith({
      'tenant/organization.json': CONTOSO['contoso/organization.json'],
      'tenant/directory-subscriptions.json': fixture('samples/directory-subscriptions.json'),
      'tenant/partner-center-legacy.json': fixture('samples/partner-center-legacy.json'),
    });
    const run = runCli(['import', 'tenant'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // A placeholder part number is an SKU the catalog does not know: kept, to fill in, named.
    expect(run.stdout).toMatch(/offer: to-fill-in {2}# MyPartNumber 0816ccb9-3785-4d19-bf78-6c53e2106509/);
    // A legacy subscription without offerId: the offer of its links, dates with spaces read by their day.
    expect(run.stdout).toContain(
      'channel: csp-legacy  # tenant/partner-center-legacy.json: items[0].links.offer.uri',
    );
    expect(run.stdout).toContain(
      'termEnd: 2016-12-12  # tenant/partner-center-legacy.json: items[0].commitmentEndDate',
    );
    expect(validateText(run.stdout).verdict).not.toBe('invalid');
  });

  it('leaves out a free sign-up the catalog lists as self-service, and says so, and only those', () => {
    const subscriptions = JSON.parse(CONTOSO['contoso/subscriptions.json']);
    const free = {
      ...subscriptions.value[0],
      id: 'b0a7b0c8-7e5b-4b46-9c39-4f0f3b0e7d11',
      commerceSubscriptionId: null,
      skuId: 'f30db892-07e9-47e9-837c-80727f46fd3d',
      skuPartNumber: 'FLOW_FREE',
      totalLicenses: 10000,
    };
    subscriptions.value.push(free);
    const files = Object.entries({
      ...CONTOSO,
      'contoso/subscriptions.json': JSON.stringify(subscriptions),
    }).map(([name, text]) => ({ name, text }));
    const customer = (catalog: Catalog) => {
      const { customers, problems } = importExports(files, catalog);
      expect(problems).toEqual([]);
      return customers[0]?.plan;
    };
    const plan = customer(defaultCatalog());
    expect(plan?.leftOut).toContainEqual(expect.objectContaining({ name: 'FLOW_FREE', reason: 'free' }));
    expect(plan?.lines).toHaveLength(2);
    // The list is the catalog's: without its entry the SKU is a line to fill in, not left out.
    const { selfService, ...offers } = defaultCatalog().data.offers;
    expect(selfService?.stringIds).toContain('FLOW_FREE');
    const without = createCatalog({ ...defaultCatalog().data, offers });
    expect(customer(without)?.leftOut.filter((l) => l.reason === 'free')).toEqual([]);
    expect(customer(without)?.lines).toHaveLength(3);
  });

  it('asks for --out when the inputs hold several customers', () => {
    const cwd = folderWith({ ...CONTOSO, ...FABRIKAM });
    const run = runCli(['import', '.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2 customers');
  });
});

describe('csp-move import refuses bad inputs with the file, the position and what is wrong', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a sign-in page saved as JSON',
      '<!DOCTYPE html><html><body>Sign in</body></html>',
      /x\.json:1:1: is an HTML page/,
    ],
    ['truncated JSON', '{\n  "value": [\n    { "id": "a"', /x\.json:3:\d+: is not valid JSON/],
    [
      "Microsoft's sample with a missing comma",
      '{\n  "id": "1",\n  "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971"\n  "orderId": "2"\n}',
      /x\.json:4:3: is not valid JSON/,
    ],
    [
      'a Graph error response',
      '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
      /is an error response, not data: Authorization_RequestDenied: Insufficient privileges/,
    ],
    [
      'one page of a paged Graph list',
      '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#subscribedSkus","@odata.nextLink":"https://graph.microsoft.com/v1.0/subscribedSkus?$skiptoken=x","value":[]}',
      /x\.json:1:\d+: is one page of a longer list \(@odata\.nextLink\)/,
    ],
    ['a CSV of the wrong shape', 'Product_Display_Name,String_Id\nA,B\n', /is not an export csp-move reads/],
    [
      'a date that does not parse',
      FABRIKAM['fabrikam/subscriptions.json'].replace('"2027-02-28T00:00:00Z"', '"28/02/2027"'),
      /x\.json:14:28: items\[0\]\.commitmentEndDate is not a date: "28\/02\/2027"/,
    ],
    [
      'the same subscription twice',
      FABRIKAM['fabrikam/subscriptions.json'].replace(
        '"77c0b2aa-1d2e-4f30-8a9b-0c1d2e3f4a55"',
        '"a1f9e7c2-4b4d-4f3e-9a51-2f0e6c8d1b11"',
      ),
      /items\[1\]\.id repeats subscription a1f9e7c2/,
    ],
    [
      'two tenants in one file',
      FABRIKAM['fabrikam/subscriptions.json'].replace(
        '/customers/2e9b5a4c-7d61-4c0f-8f3b-6a1d2c3e4f50/subscriptions/77c0',
        '/customers/11111111-7d61-4c0f-8f3b-6a1d2c3e4f50/subscriptions/77c0',
      ),
      /holds more than one customer tenant/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const cwd = folderWith({
        'in/x.json': text,
        'in/organization.json': CONTOSO['contoso/organization.json'],
      });
      const run = runCli(['import', 'in', '--out', 'plans'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(expected);
      // Nothing is written for the customer whose folder holds the broken file.
      expect(existsSync(join(cwd, 'plans'))).toBe(false);
    });
  }

  it('a date with spaces in its time, as in Microsoft sample, still gives its day', () => {
    const text = FABRIKAM['fabrikam/subscriptions.json'].replace(
      '"2027-02-28T00:00:00Z"',
      '"2027-02-28T06: 41: 12Z"',
    );
    const input = recognizeInput(text, 'x.json');
    expect('facts' in input).toBe(true);
  });
});

describe('no export crashes the import', () => {
  it('a field missing, null or of another type in any item gives a problem or a plan that is never invalid, never an exception', () => {
    const catalog = defaultCatalog();
    const files = {
      ...CONTOSO,
      ...FABRIKAM,
      'samples/legacy.json': fixture('samples/partner-center-legacy.json'),
    };
    const odd = [undefined, null, 7, 'text', [], {}, true];
    let runs = 0;
    for (const [name, text] of Object.entries(files)) {
      const value = JSON.parse(text) as Record<string, unknown>;
      const items = (value.value ?? value.items) as Record<string, unknown>[];
      for (const key of Object.keys(items[0] as object)) {
        for (const replacement of odd) {
          const copy = structuredClone(value);
          const item = ((copy.value ?? copy.items) as Record<string, unknown>[])[0] as Record<
            string,
            unknown
          >;
          if (replacement === undefined) delete item[key];
          else item[key] = replacement;
          const others = Object.entries(files)
            .filter(([other]) => other !== name)
            .map(([other, t]) => ({ name: other, text: t }));
          const outcome = importExports([...others, { name, text: JSON.stringify(copy) }], catalog);
          for (const customer of outcome.customers)
            if (customer.kind === 'plan') renderPlan(customer.plan, 'en');
          runs += 1;
        }
      }
    }
    expect(runs).toBeGreaterThan(200);
  });
});

describe('plan file names', () => {
  it('keep the letters of every script, as the checker names its files', () => {
    const cwd = folderWith({
      'tw/organization.json': CONTOSO['contoso/organization.json'].replace(
        '"Contoso"',
        '"台北貿易股份有限公司"',
      ),
      'tw/subscribedSkus.json': CONTOSO['contoso/subscribedSkus.json'],
      'tw/subscriptions.json': CONTOSO['contoso/subscriptions.json'],
    });
    expect(runCli(['import', 'tw', '--out', 'plans'], { cwd }).code).toBe(0);
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['台北貿易股份有限公司.plan.yaml']);
  });
});
