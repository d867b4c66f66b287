import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_EXPORT_SIZE } from '@csp-move/validator/import';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formEntries, verdict } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/** The checker's "Start from an export": Microsoft's exports read in the page fill the form. */

const FIXTURES = fileURLToPath(new URL('../../../packages/validator/test/fixtures/import/', import.meta.url));
const CONTOSO = ['organization.json', 'subscribedSkus.json', 'subscriptions.json'].map((name) => ({
  name,
  mimeType: 'application/json',
  buffer: readFileSync(`${FIXTURES}contoso/${name}`),
}));

const site = useSite();

async function openChecker(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  await page.locator('[role="status"][data-verdict]').waitFor();
}

describe('start from an export', { timeout: 60_000 }, () => {
  for (const path of ['/checker/', '/zh-tw/checker/']) {
    test(`Graph exports fill the form, nothing leaves the page, and each field they cannot tell is named by its label (${path})`, async () => {
      const { page, problems, foreignRequests, close } = await newPage(site.browser, site.origin);
      try {
        await openChecker(page, path);
        await page.locator('.cm-start summary').click();
        await page.locator('[data-import-export]').setInputFiles(CONTOSO);
        await expect
          .poll(() => page.locator('[data-message]').textContent(), { timeout: 20_000 })
          .toContain('subscriptions.json');
        const entries = await formEntries(page);
        expect(entries['/customer/name']).toBe('Contoso');
        expect(entries['/customer/country']).toBe('NL');
        expect(entries['/customer/tenantId']).toBe('48a80680-7326-48cd-9935-b556b81d3a4e');
        expect(entries['/subscriptions/0/offer']).toBe('office-365-e5');
        expect(entries['/subscriptions/0/quantity']).toBe('25');
        expect(entries['/subscriptions/0/termEnd']).toBe('2027-01-31');
        // The subscription's id at Microsoft comes along, so importing again can match the line.
        expect(entries['/subscriptions/0/subscriptionId']).toMatch(/^[0-9a-f-]{36}$/);
        // What Graph does not tell is never taken as known: the fields stay empty, a choice unanswered,
        // and the page names every such field by its label, in its message and in the verdict.
        const zh = path.startsWith('/zh-tw/');
        expect(entries['/subscriptions/0/billing'] ?? '').toBe('');
        expect(entries['/subscriptions/0/endOfTerm']).toBe('');
        expect(entries['/partner/country']).toBe('');
        const endOfTerm = page.locator('#cm-subscriptions-0-endOfTerm');
        expect(
          await endOfTerm.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
        ).toBe(zh ? '請選擇…' : 'Choose…');
        const message = (await page.locator('[data-message]').textContent()) ?? '';
        const label = zh ? '期滿時的處理方式' : 'At the end of the term';
        expect(message).toContain(label);
        expect(message).not.toMatch(/\/subscriptions\/|subscriptions\[/);
        await expect.poll(() => verdict(page)).toBe('invalid');
        expect(await page.locator('[data-verdict-label]').textContent()).toBe(
          zh ? '尚未填答' : 'Not answered yet',
        );
        expect(await page.locator('[data-findings]').textContent()).toContain(label);
        expect(foreignRequests).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  test('a sign-in page saved as JSON is refused with its name and what it is, and the form stays', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      const before = await formEntries(page);
      await page.locator('.cm-start summary').click();
      await page
        .locator('[data-export-paste]')
        .fill('<!DOCTYPE html><html><body>Sign in to your account</body></html>');
      await page.locator('[data-export-paste-go]').click();
      await expect
        .poll(() => page.locator('[data-message]').textContent(), { timeout: 20_000 })
        .toContain('pasted.json:1:1');
      expect(await page.locator('[data-message]').textContent()).toContain('HTML');
      expect(await formEntries(page)).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an export over the limit is refused before it is read, with the size, the limit and the name, and the form stays', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      const before = await formEntries(page);
      await page.locator('.cm-start summary').click();
      await page.locator('[data-import-export]').setInputFiles({
        name: 'subscribedSkus.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(MAX_EXPORT_SIZE + 1, 0x20),
      });
      await expect
        .poll(() => page.locator('[data-message]').textContent(), { timeout: 20_000 })
        .toContain('subscribedSkus.json');
      expect(await page.locator('[data-message]').textContent()).toContain('16.0 MB');
      expect(await formEntries(page)).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
