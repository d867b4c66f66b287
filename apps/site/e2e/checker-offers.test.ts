import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../src/components/checker/saved.ts';
import { field, findingRules, verdict } from '../test/checker/form-driver.ts';
import { showcase } from '../test/checker/scenarios.ts';
import { newPage, runAxe, useSite } from './harness.ts';

/**
 * The offer fields: an ARIA 1.2 combobox that finds offers by any part of any name, old names and
 * short forms, in both languages, with the keyboard alone; the target that follows the source until
 * it is edited; and the catalogued replacements offered as one click.
 */

const POLL = { timeout: 15_000 };

const site = useSite();

const options = (page: Page, pointer: string) =>
  page
    .locator(`${field(pointer)}-list [role="option"]`)
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.value ?? ''));

describe.each([
  {
    locale: 'en',
    prefix: '',
    queries: {
      E4: 'office-365-e4',
      'M365 E3': 'microsoft-365-e3',
      'Business Prem': 'microsoft-365-business-premium',
    },
  },
  {
    locale: 'zh-TW',
    prefix: '/zh-tw',
    queries: {
      E4: 'office-365-e4',
      'm365 e3': 'microsoft-365-e3',
      商務進階: 'microsoft-365-business-premium',
    },
  },
])('offer combobox ($locale)', ({ prefix, queries }) => {
  test('finds offers by part of a name, an old name or a short form', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${prefix}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      const input = page.locator(field('/subscriptions/0/offer'));
      expect(await input.getAttribute('role')).toBe('combobox');
      for (const [query, id] of Object.entries(queries)) {
        await input.fill(query);
        expect(await input.getAttribute('aria-expanded')).toBe('true');
        expect(await options(page, '/subscriptions/0/offer')).toContain(id);
        // Half-typed text is a search, not yet a wrong offer.
        expect(await page.locator('[data-line] [data-offer-name]').first().textContent()).toBe('');
      }
      // The old name "Office 365 Business Premium" finds the offer it is today.
      await input.fill('Office 365 Business Premium');
      expect(await options(page, '/subscriptions/0/offer')).toContain('office-365-business-premium');
      await input.fill('no such offer');
      await input.press('Tab');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await expect
        .poll(() => page.locator('[data-line] [data-offer-name]').first().textContent(), POLL)
        .not.toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('offer combobox with the keyboard alone', () => {
  test('type, move through the list, take an offer, close the list; axe finds nothing', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      const input = page.locator(field('/subscriptions/0/offer'));
      await input.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('E5');
      expect(await runAxe(page)).toEqual([]);
      await page.keyboard.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
      const first = (await options(page, '/subscriptions/0/offer'))[0];
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      expect(await input.inputValue()).toBe(first);
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cm-subscriptions-0-offer');
      // Alt+Down opens the list without choosing; Escape closes it and keeps the text.
      await page.keyboard.press('Alt+ArrowDown');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.inputValue()).toBe(first);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the target follows the source', () => {
  test('offer, licences and date follow until edited; a replacement is one click', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      const source = page.locator(field('/subscriptions/0/offer'));
      await source.fill('M365 E3');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await source.inputValue()).toBe('microsoft-365-e3');
      expect(await page.locator(field('/subscriptions/0/target/offer/0')).inputValue()).toBe(
        'microsoft-365-e3',
      );
      await page.locator(field('/subscriptions/0/quantity')).fill('25');
      expect(await page.locator(field('/subscriptions/0/target/quantity')).inputValue()).toBe('25');
      await page.locator(field('/subscriptions/0/termEnd')).fill('2027-06-30');
      expect(await page.locator(field('/subscriptions/0/target/provisionOn')).inputValue()).toBe(
        '2027-06-23',
      );
      // Once the partner sets the target's licences, the source no longer moves them.
      await page.locator(field('/subscriptions/0/target/quantity')).fill('30');
      await page.locator(field('/subscriptions/0/quantity')).fill('26');
      expect(await page.locator(field('/subscriptions/0/target/quantity')).inputValue()).toBe('30');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a retired offer’s finding offers its catalogued replacements as buttons', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.addInitScript(
        ([key, state]) => localStorage.setItem(key, JSON.stringify({ version: 1, state })),
        [STORAGE_KEY, showcase()] as const,
      );
      await page.goto(`${site.origin}/checker/`);
      await expect.poll(() => findingRules(page), POLL).toContain('retired-offer-no-equivalent');
      const fix = page.locator(
        '[data-findings] li[data-rule="retired-offer-no-equivalent"] button[data-use-offers="office-365-e5"]',
      );
      expect(await fix.textContent()).toContain('Office 365 E5');
      await fix.click();
      expect(await page.locator(field('/subscriptions/1/target/offer/0')).inputValue()).toBe('office-365-e5');
      await expect.poll(() => findingRules(page), POLL).not.toContain('retired-offer-no-equivalent');
      expect(await verdict(page)).toBe('blocked');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
