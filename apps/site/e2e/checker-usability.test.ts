import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { field, findingRules, verdict } from '../test/checker/form-driver.ts';
import { SCENARIOS } from '../test/checker/scenarios.ts';
import { newPage, openCheckerWith, runAxe, useSite } from './harness.ts';

/** The checker with the keyboard alone, and on a 360 px wide screen. */

const SLOW = 60_000;

const site = useSite();

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab (or Shift+Tab) until the control with this id has the focus; fails if it never does. */
async function tabTo(page: Page, id: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if ((await focused(page)) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached #${id}`);
}

/** Types a date into a focused date input, segment by segment, as a person does (en-US order). */
async function typeDate(page: Page, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

describe('keyboard only', { timeout: SLOW }, () => {
  test('a partner fills in a move, reads the verdict, follows a finding and downloads the plan', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { locale: 'en-US' });
    try {
      await page.goto(`${site.origin}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();

      await tabTo(page, 'cm-asOf');
      await typeDate(page, '2027-01-10');
      await tabTo(page, 'cm-partner-name');
      await page.keyboard.type('Contoso IT Services');
      await tabTo(page, 'cm-partner-country');
      await page.keyboard.type('Germany');
      await tabTo(page, 'cm-customer-name');
      await page.keyboard.type('Fabrikam GmbH');
      await tabTo(page, 'cm-customer-country');
      await page.keyboard.type('Austria');
      await tabTo(page, 'cm-customer-agreementAccepted');
      await page.keyboard.press('Space');
      await tabTo(page, 'cm-relationship-reseller');
      await page.keyboard.type('Accepted');
      await tabTo(page, 'cm-relationship-acceptedOn');
      await typeDate(page, '2026-12-30');
      await tabTo(page, 'cm-subscriptions-0-termEnd');
      await typeDate(page, '2027-03-31');
      await tabTo(page, 'cm-subscriptions-0-target-provisionOn');
      await typeDate(page, '2027-03-24');

      await expect.poll(() => verdict(page)).toBe('ready');
      expect(await page.locator('#cm-partner-country').inputValue()).toBe('DE');
      expect(await page.locator('#cm-customer-country').inputValue()).toBe('AT');

      // A second subscription, added and removed with the keyboard; the focus follows.
      await tabTo(page, 'cm-subscriptions-0-target-provisionOn');
      for (
        let i = 0;
        i < 25 && !(await page.evaluate(() => document.activeElement?.matches('[data-add-line]')));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('cm-subscriptions-1-offer');
      expect(await page.locator('[data-line]').count()).toBe(2);
      await tabTo(page, 'cm-subscriptions-1-target-provisionOn');
      for (
        let i = 0;
        i < 25 && !(await page.evaluate(() => document.activeElement?.matches('[data-remove-line]')));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-line]').count()).toBe(1);
      expect(await focused(page)).toBe('cm-subscriptions-0-offer');

      // The tenant turns out to be in Taiwan: blocked, and the finding leads back to the field.
      await tabTo(page, 'cm-customer-country', 'Shift+Tab');
      await page.keyboard.type('Taiwan');
      await expect.poll(() => verdict(page)).toBe('blocked');
      expect(await findingRules(page)).toEqual(['region-mismatch']);
      for (let i = 0; i < 200; i++) {
        const onLink = await page.evaluate(() =>
          document.activeElement?.matches('[data-findings] li[data-rule="region-mismatch"] a[href^="#"]'),
        );
        if (onLink) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('cm-customer-country');
      await page.keyboard.type('Austria');
      await expect.poll(() => verdict(page)).toBe('ready');

      // Download with the keyboard.
      for (
        let i = 0;
        i < 300 && !(await page.evaluate(() => document.activeElement?.matches('[data-download]')));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('fabrikam-gmbh.plan.yaml');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('360 px wide ($locale)', { timeout: SLOW }, ({ prefix }) => {
  test('fits the screen, labels every control visibly, and passes axe', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width: 360, height: 740 },
    });
    try {
      const scenario = SCENARIOS[2] as (typeof SCENARIOS)[number];
      await openCheckerWith(page, `${site.origin}${prefix}/checker/`, scenario.state);
      await expect.poll(() => verdict(page)).toBe(scenario.verdict);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const unlabeled = await page.locator('csp-checker').evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>('input, select, textarea, button')]
          .filter((control) => control.offsetParent !== null)
          .filter((control) => {
            const labels = (control as HTMLInputElement).labels;
            const text =
              control instanceof HTMLButtonElement
                ? control.textContent
                : [...(labels ?? [])]
                    .filter((l) => l.offsetParent !== null)
                    .map((l) => l.textContent)
                    .join('');
            const box = control.getBoundingClientRect();
            return !text?.trim() || box.right > window.innerWidth + 0.5 || box.left < -0.5;
          })
          .map((control) => control.id || control.outerHTML.slice(0, 80)),
      );
      expect(unlabeled).toEqual([]);
      const svg = await page.locator('[data-timeline] svg').boundingBox();
      expect((svg?.x ?? 0) + (svg?.width ?? 999)).toBeLessThanOrEqual(360);
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('every field of a plan is in the form', { timeout: SLOW }, () => {
  test('a Teams licence the tenant keeps, added in the form, settles the finding about Teams', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { locale: 'en-US' });
    try {
      await page.goto(`${site.origin}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      await page
        .locator('[data-import]')
        .setInputFiles(
          fileURLToPath(
            new URL('../../../content/examples/teams-split-incomplete.plan.yaml', import.meta.url),
          ),
        );
      await expect.poll(() => findingRules(page)).toContain('teams-split-incomplete');
      // Nothing of the file was left behind.
      expect(await page.locator('[data-message]').textContent()).not.toMatch(/left|not carried/i);

      await page.locator('[data-add-kept]').click();
      const offer = page.locator(field('/customer/otherSubscriptions/0/offer'));
      await expect.poll(() => offer.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Teams EEA');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => offer.inputValue()).toBe('microsoft-teams-eea');
      await page.locator(field('/customer/otherSubscriptions/0/quantity')).fill('120');
      await expect.poll(() => findingRules(page)).not.toContain('teams-split-incomplete');
      await expect(page.locator('[data-summary="who"]').textContent()).resolves.toContain('1 kept');

      // The exported plan says what the form says.
      await page.locator('[data-preview]').evaluate((el) => {
        (el as HTMLDetailsElement).open = true;
      });
      await expect
        .poll(() => page.locator('[data-yaml]').textContent())
        .toContain('otherSubscriptions:\n    - offer: microsoft-teams-eea\n      quantity: 120');

      // Removing the row brings the finding back, and the focus goes to the add button.
      await page.locator('[data-kept] [data-remove-kept]').click();
      await expect.poll(() => findingRules(page)).toContain('teams-split-incomplete');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.addKept)).toBe('');
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('when and how the agreement was accepted are asked once it is, and reach the plan', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { locale: 'en-US' });
    try {
      await page.goto(`${site.origin}/checker/`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      await page.locator(field('/partner/name')).fill('Contoso IT Services');
      await page.locator(field('/customer/name')).fill('Fabrikam GmbH');
      const accepted = page.locator(field('/customer/agreementAccepted'));
      const method = page.locator(field('/customer/agreementMethod'));
      await accepted.setChecked(false);
      await expect.poll(() => method.isVisible()).toBe(false);
      await accepted.setChecked(true);
      await expect.poll(() => method.isVisible()).toBe(true);
      await method.selectOption('partner-attestation');
      await page.locator(field('/partner/model')).selectOption('indirect-reseller');
      // An indirect reseller cannot attest the agreement itself: the rules say so under the field.
      await expect
        .poll(() => page.locator('[data-findings] li[data-pointer="/customer/agreementMethod"]').count())
        .toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
