import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { field, findingRules, verdict } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/**
 * The checker takes what can mean only one thing, says which form it expects with an example when a
 * value is not in it, does not flash an error while an offer search is typed, and names fields by their
 * labels when an import leaves values behind.
 */

const site = useSite();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csp-move-input-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const issueOf = (id: string) => `${field(id)}-issue`;

test.each([
  { path: '/checker/', expects: 'such as 3f2b6c1e', label: 'Licences' },
  { path: '/zh-tw/checker/', expects: '例如 3f2b6c1e', label: '授權數量' },
])('$path: unambiguous input is taken, the rest is explained', async ({ path, expects, label }) => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}${path}`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-load-example]').click();
    await page.locator(field('/partner/name')).fill('Contoso');
    await page.locator(field('/customer/name')).fill('Fabrikam');
    await page.locator(field('/customer/tenantId')).fill('{3F2B6C1E-8A4D-4B7E-9C2A-1D5E6F7A8B9C}');
    await page.locator(field('/relationship/gdapRoles')).fill('License Administrator, User Administrator');
    await page.locator(field('/subscriptions/0/quantity')).fill('２５');
    await page.locator(field('/subscriptions/0/quantity')).blur();
    await expect.poll(() => verdict(page)).not.toBe('invalid');
    expect((await findingRules(page)).filter((rule) => rule.startsWith('form/'))).toEqual([]);

    // An offer search being typed is not a wrong offer yet: no error comes and goes with each key.
    const offer = page.locator(field('/subscriptions/0/offer'));
    const before = await verdict(page);
    await offer.fill('');
    await offer.pressSequentially('Microsoft 36');
    await page.waitForTimeout(300);
    expect(await verdict(page)).toBe(before);
    expect(await findingRules(page)).not.toContain('form/format');
    await offer.press('Escape');

    // A tenant id that is not one says what is expected, with an example.
    await page.locator(field('/customer/tenantId')).fill('not-a-guid');
    await page.locator(field('/customer/tenantId')).blur();
    await expect.poll(() => page.locator(issueOf('/customer/tenantId')).textContent()).toContain(expects);

    // An import that leaves a value behind names its field by its label.
    const file = join(work, 'odd.plan.yaml');
    writeFileSync(
      file,
      'version: 2\npartner: { name: C, country: DE }\ncustomer: { name: F, country: DE }\nrelationship: { reseller: not-requested, adminAccess: gdap }\nsubscriptions:\n  - { id: a, offer: office-365-e3, quantity: [1], channel: csp, termEnd: 2027-03-01, endOfTerm: cancel-at-term-end, target: { offer: office-365-e3, quantity: 1, provisionOn: 2027-02-20 } }\n',
    );
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-message]').textContent()).toContain(label);
    expect(await page.locator('[data-message]').textContent()).not.toContain('/subscriptions/0/quantity');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('an add-on’s list of base lines is built when it is opened, from the other lines’ ids', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/checker/`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-add-line]').click();
    await page.locator('[data-add-line]').click();
    await page.locator(field('/subscriptions/0/id')).fill('base');
    await page.locator(field('/subscriptions/2/id')).fill('other');
    const select = page.locator(field('/subscriptions/1/addOnOf'));
    const values = () => select.evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => o.value));
    await select.focus();
    await expect.poll(values).toEqual(['', 'base', 'other']);
    await select.selectOption('base');
    // A renamed base is offered under its new id the next time the list opens; the choice stays.
    await page.locator(field('/subscriptions/0/id')).fill('suite');
    await select.focus();
    await expect.poll(values).toEqual(['', 'suite', 'other', 'base']);
    expect(await select.inputValue()).toBe('base');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
