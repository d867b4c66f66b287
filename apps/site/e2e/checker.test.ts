import { defaultCatalog } from '@csp-move/rules/catalog';
import { describe, expect, test } from 'vitest';
import { field, findingRules, verdict } from '../test/checker/form-driver.ts';
import { SCENARIOS } from '../test/checker/scenarios.ts';
import { newPage, openCheckerWith, runAxe, useSite } from './harness.ts';

/** The checker's scenarios, opened in the page in both languages: verdict, findings, timeline. */

/** A whole scenario's answer takes a few seconds in a cold browser on a busy machine. */
const SLOW = 60_000;

const site = useSite();

const LOCALES = [
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
] as const;

describe.each(LOCALES)('checker ($locale)', { timeout: SLOW }, ({ locale, prefix }) => {
  test('starts with an empty form that asks every question, choices included', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${prefix}/checker/`);
      await expect.poll(() => page.locator('[data-findings] li[data-rule]').count()).toBe(14);
      expect(await verdict(page)).toBe('invalid');
      expect(new Set(await findingRules(page))).toEqual(new Set(['form/required']));
      const links = await page
        .locator('[data-findings] li[data-rule] a')
        .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
      expect(links.slice(0, 6)).toEqual([
        '#cm-partner-name',
        '#cm-partner-country',
        '#cm-customer-name',
        '#cm-customer-country',
        '#cm-relationship-reseller',
        '#cm-relationship-adminAccess',
      ]);
      // Nothing is wrong before anything was typed: every field is listed as to fill in.
      expect(await page.locator('[data-findings] li[data-severity="todo"]').count()).toBe(14);
      expect(await page.locator(field('/partner/name')).getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(SCENARIOS)('$name', async (scenario) => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openCheckerWith(page, `${site.origin}${prefix}/checker/`, scenario.state);
      await expect.poll(() => verdict(page)).toBe(scenario.verdict);
      expect(await findingRules(page)).toEqual(scenario.rules);

      // Each finding links to its rule page in this language and to the form field it is about,
      // which is marked with the worst severity of the findings about it.
      const worst = new Map<string, string>();
      const rank = ['info', 'warning', 'error'];
      for (const [i, rule] of scenario.rules.entries()) {
        const item = page.locator('[data-findings] li[data-rule]').nth(i);
        const hrefs = await item
          .locator('a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs[0]).toBe(`${prefix}/rules/${rule}/`);
        const target = hrefs[1] as string;
        expect(target).toMatch(/^#cm-/);
        expect(await page.locator(target).isVisible()).toBe(true);
        const severity = (await item.getAttribute('data-severity')) as string;
        if (rank.indexOf(severity) > rank.indexOf(worst.get(target) ?? '')) worst.set(target, severity);
      }
      for (const [target, severity] of worst) {
        const box = page.locator(target).locator('xpath=ancestor::*[@data-field-box][1]');
        expect(await box.getAttribute('data-severity')).toBe(severity);
      }
      if (scenario.rules.length === 0) expect(await page.locator('[data-findings] li').count()).toBe(1);

      // The timeline: one row per subscription with its source, target and the marks of this case.
      const svg = page.locator('[data-timeline] svg[role="img"]');
      expect(await svg.getAttribute('aria-label')).toBeTruthy();
      expect(await svg.locator('.tl-source').count()).toBe(scenario.state.subscriptions.length);
      expect(await svg.locator('.tl-target').count()).toBe(scenario.state.subscriptions.length);
      expect((await svg.locator('.tl-grace').count()) > 0).toBe(scenario.timeline.grace);
      expect((await svg.locator('.tl-cancel').count()) > 0).toBe(scenario.timeline.cancel);
      expect((await svg.locator('.tl-gap').count()) > 0).toBe(scenario.timeline.gap);

      // The checklist lists dated steps, the provisioning among them.
      const steps = page.locator('[data-checklist] li[data-step]');
      expect(await steps.count()).toBeGreaterThan(2);
      const kinds = await steps.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.kind));
      expect(kinds).toContain('provision');
      if (scenario.rules.includes('direct-purchase-credit')) expect(kinds).toContain('request-credit');

      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the offer picker lists the catalog in this language and turns a typed name into its id', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${prefix}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      const catalog = defaultCatalog();
      const input = page.locator(field('/subscriptions/0/offer'));
      // The form starts empty: typing and clearing opens the whole list.
      await input.fill('o');
      await input.fill('');
      const options = page.locator(`${field('/subscriptions/0/offer')}-list [role="option"]`);
      expect(await options.count()).toBeGreaterThan(0);
      await input.fill('office-365-e4');
      const retired = page.locator(`${field('/subscriptions/0/offer')}-list [data-value="office-365-e4"]`);
      expect(await retired.textContent()).toContain(catalog.offerName('office-365-e4', locale));

      await input.fill(catalog.offerName('office-365-e3', locale));
      await input.press('Tab');
      expect(await input.inputValue()).toBe('office-365-e3');
      expect(await page.locator('[data-line] [data-offer-name]').first().textContent()).toBe(
        catalog.offerName('office-365-e3', locale),
      );
      await input.fill('office-365-e33');
      await input.press('Tab');
      await expect
        .poll(() => page.locator('[data-line] [data-offer-name]').first().textContent())
        .not.toBe(catalog.offerName('office-365-e3', locale));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a finding’s field link moves the focus to that field', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openCheckerWith(
        page,
        `${site.origin}${prefix}/checker/`,
        (SCENARIOS[1] as (typeof SCENARIOS)[number]).state,
      );
      await expect.poll(() => verdict(page)).toBe('blocked');
      await page.locator('[data-findings] li[data-rule="region-mismatch"] a[href^="#"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cm-customer-country');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
