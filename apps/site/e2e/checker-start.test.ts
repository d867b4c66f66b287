import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { field, formEntries, verdict } from '../test/checker/form-driver.ts';
import { SCENARIOS } from '../test/checker/scenarios.ts';
import { newPage, openCheckerWith, useSite } from './harness.ts';

/**
 * The checker never guesses for the user (issue 25, item 6): it starts empty, every choice unanswered
 * and every text field showing the form it expects, and judges or exports nothing the user did not enter
 * (two names used to give "Ready" and a plan of a subscription the user never described). An example is
 * there when asked for. A step whose date has passed asks "was this done?" and the answer is recorded.
 */

const site = useSite();

const LOCALES = [
  {
    path: '/checker/',
    choose: 'Choose…',
    unanswered: 'Not answered yet',
    partnerCountry: 'Country of your CSP tenant',
  },
  {
    path: '/zh-tw/checker/',
    choose: '請選擇…',
    unanswered: '尚未填答',
    partnerCountry: '您的 CSP 租用戶所在國家/地區',
  },
] as const;

/** The text of the option a select shows. */
const shown = (page: Page, pointer: string) =>
  page.locator(field(pointer)).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  await page.locator('[role="status"][data-verdict]').waitFor();
}

describe.each(LOCALES)('$path', { timeout: 60_000 }, (locale) => {
  test('starts empty: no choice made, no verdict of Ready, nothing unentered exported', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, locale.path);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      const entries = await formEntries(page);
      // The day checked on is today, which is not a guess; every other value is empty or unticked.
      expect(entries['/asOf']).toBe(today);
      const entered = Object.entries(entries).filter(
        ([pointer, value]) => value !== '' && value !== false && pointer !== '/asOf',
      );
      // The line's id is the form's own name for the line, not a fact about the move.
      expect(entered).toEqual([['/subscriptions/0/id', 'sub-1']]);
      for (const pointer of [
        '/partner/country',
        '/customer/country',
        '/relationship/reseller',
        '/relationship/adminAccess',
        '/subscriptions/0/channel',
        '/subscriptions/0/endOfTerm',
      ])
        expect(await shown(page, pointer)).toBe(locale.choose);
      for (const pointer of [
        '/partner/name',
        '/customer/name',
        '/subscriptions/0/offer',
        '/subscriptions/0/quantity',
      ])
        expect(await page.locator(field(pointer)).getAttribute('placeholder')).toMatch(/\S/);

      await page.locator(field('/partner/name')).fill('Contoso');
      await page.locator(field('/customer/name')).fill('Fabrikam');
      await page.locator(field('/customer/name')).blur();
      await expect.poll(() => page.locator('[data-verdict-label]').textContent()).toBe(locale.unanswered);
      expect(await verdict(page)).toBe('invalid');
      // The verdict names what is still missing; its link takes the focus to the field.
      const missing = page.locator('[data-verdict-missing]');
      expect(await missing.textContent()).toContain(locale.partnerCountry);
      await missing.locator('a').first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cm-partner-country');

      // Nothing to export: each export says why and what to fill in first.
      const note = (await page.locator('[data-export-note]').textContent()) ?? '';
      expect(note).toMatch(/\S/);
      for (const button of ['[data-download]', '[data-copy]', '[data-download-ics]'])
        expect(await page.locator(button).getAttribute('aria-disabled')).toBe('true');
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.locator('[data-download]').click({ force: true });
      await page.locator('[data-copy]').click({ force: true });
      await expect.poll(() => page.locator('[data-message]').textContent()).toMatch(/\S/);
      await page.locator('[data-preview] summary').click();
      await expect.poll(() => page.locator('[data-yaml]').textContent()).toBe(note);
      expect(downloads).toBe(0);

      // Reopened, the form is what was entered: the choices still unanswered, no start value filled in.
      await page.waitForTimeout(400);
      await open(page, locale.path);
      const again = await formEntries(page);
      expect(again['/partner/name']).toBe('Contoso');
      expect(again['/partner/country']).toBe('');
      expect(again['/relationship/reseller']).toBe('');
      expect(again['/subscriptions/0/channel']).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a form nobody entered anything in is not kept: reopened, it is the empty start, with nothing marked wrong', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, locale.path);
      await expect.poll(() => page.locator('[data-verdict-label]').textContent()).toBe(locale.unanswered);
      await page.waitForTimeout(400);
      await open(page, locale.path);
      await expect.poll(() => page.locator('[data-verdict-label]').textContent()).toBe(locale.unanswered);
      expect(await page.locator('[data-message]').textContent()).toBe('');
      expect(await page.locator('[data-findings] li[data-severity="error"]').count()).toBe(0);
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('"Load an example" fills a whole example, which is Ready', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, locale.path);
      await page.locator(field('/partner/name')).fill('Contoso');
      // The example replaces what was typed only when the user agrees.
      page.once('dialog', (dialog) => void dialog.dismiss());
      await page.locator('[data-load-example]').click();
      expect(await page.locator(field('/partner/name')).inputValue()).toBe('Contoso');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('[data-load-example]').click();
      await expect.poll(() => verdict(page)).toBe('ready');
      // The page says it is an example, and every choice of it is shown.
      expect(await page.locator('[data-message]').textContent()).toMatch(/\S/);
      expect(await shown(page, '/relationship/reseller')).not.toBe(locale.choose);
      expect(await page.locator('[data-verdict-missing]').isHidden()).toBe(true);
      expect(await page.locator('[data-export-note]').isHidden()).toBe(true);
      expect(await page.locator('[data-download]').getAttribute('aria-disabled')).toBe('false');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a step whose date has passed asks "was this done?"; the answer is recorded and exported', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      const state = structuredClone((SCENARIOS[0] as (typeof SCENARIOS)[number]).state);
      const line = state.subscriptions[0] as (typeof state.subscriptions)[number];
      // Judged on 2027-01-10: the new subscription was to be provisioned on 2027-01-05.
      line.termEnd = '2027-01-20';
      line.target.provisionOn = '2027-01-05';
      await openCheckerWith(page, `${site.origin}${locale.path}`, state);
      const provision = page.locator('[data-checklist] li[data-kind="provision"]');
      await expect.poll(() => provision.getAttribute('data-state')).toBe('overdue');
      const title = (await provision.locator('.cm-step').textContent()) ?? '';
      // The overdue step is the next step the verdict names.
      expect(await page.locator('[data-next-step]').textContent()).toContain(title);

      await provision.locator('[data-mark-done]').click();
      await expect.poll(() => provision.getAttribute('data-state')).toBe('done');
      expect(await page.locator('[data-next-step]').textContent()).not.toContain(title);
      expect((await formEntries(page))['/subscriptions/0/done']).toBe('provision');
      // The answer can be taken back, and the focus stays on the step.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.unmarkDone)).toBe(
        '0 provision',
      );
      // The exported plan records it.
      await page.locator('[data-preview] summary').click();
      await expect.poll(() => page.locator('[data-yaml]').textContent()).toContain('done: [ provision ]');

      await provision.locator('[data-unmark-done]').click();
      await expect.poll(() => provision.getAttribute('data-state')).toBe('overdue');
      expect((await formEntries(page))['/subscriptions/0/done']).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
