import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../src/components/checker/saved.ts';
import type { CheckerState } from '../src/components/checker/state.ts';
import { field, findingRules, verdict } from '../test/checker/form-driver.ts';
import { SCENARIOS, showcase } from '../test/checker/scenarios.ts';
import { newPage, useSite } from './harness.ts';

/**
 * What a partner ran into on the checker (issue 12): lost clicks, a 5,000-px column, offer fields
 * that found nothing, lost work, errors before anything was typed. Each test fails on the old page.
 */

const POLL = { timeout: 15_000 };

const site = useSite();

/** Opens the checker with this form saved in the browser, as a partner's earlier visit leaves it. */
async function openWith(page: Page, state: CheckerState | undefined, prefix = ''): Promise<void> {
  if (state) {
    await page.addInitScript(
      ([key, saved]) => {
        // Only the first load starts from the prepared form; later loads read what the page saved.
        if (!sessionStorage.getItem('prepared')) {
          localStorage.setItem(key, JSON.stringify({ version: 1, state: saved }));
          sessionStorage.setItem('prepared', 'yes');
        }
      },
      [STORAGE_KEY, state] as const,
    );
  }
  await page.goto(`${site.origin}${prefix}/checker/`);
  await page.locator('[role="status"][data-verdict]').waitFor();
}

const regionMismatch = () => structuredClone((SCENARIOS[1] as (typeof SCENARIOS)[number]).state);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('findings under the pointer', () => {
  test('a finding’s field link works on the first click right after typing', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openWith(page, regionMismatch());
      await expect.poll(() => verdict(page), POLL).toBe('blocked');
      // Typing leaves the field uncommitted; the click's mousedown commits it and the page updates.
      await page.locator(field('/partner/name')).fill('Contoso Cloud');
      const link = page.locator('[data-findings] li[data-rule="region-mismatch"] a[href^="#"]');
      const before = await link.elementHandle();
      await link.click();
      expect(await focusedId(page)).toBe('cm-customer-country');
      // The finding's element was updated in place, not replaced.
      expect(await before?.evaluate((node) => node.isConnected)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a rule link works on the first click right after typing', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openWith(page, regionMismatch());
      await expect.poll(() => verdict(page), POLL).toBe('blocked');
      await page.locator(field('/customer/name')).fill('Fabrikam Taiwan');
      await page.locator('[data-findings] li[data-rule="region-mismatch"] a[href*="/rules/"]').click();
      await page.waitForURL(/\/rules\/region-mismatch\/$/, POLL);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('layout', () => {
  test('on a wide screen the answer sits beside the form and stays in view', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 800 },
    });
    try {
      await openWith(page, showcase());
      await expect.poll(() => verdict(page), POLL).toBe('blocked');
      const form = await page.locator('form[data-form]').boundingBox();
      const answer = await page.locator('[data-answer]').boundingBox();
      expect(answer?.x).toBeGreaterThanOrEqual((form?.x ?? 0) + (form?.width ?? 0));
      // Editing the last field of the form, the verdict is still on the screen.
      await page
        .locator(field('/subscriptions/1/target/provisionOn'))
        .evaluate((input) => input.scrollIntoView({ block: 'end' }));
      const box = await page.locator('[role="status"][data-verdict]').boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('on a phone the answer follows the form; each part folds to a one-line summary', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width: 390, height: 844 },
    });
    try {
      await openWith(page, showcase());
      await expect.poll(() => verdict(page), POLL).toBe('blocked');
      const form = await page.locator('form[data-form]').boundingBox();
      const answer = await page.locator('section.cm-results').boundingBox();
      expect(answer?.y).toBeGreaterThanOrEqual((form?.y ?? 0) + (form?.height ?? 0));
      // While the form is edited, the verdict stays at the bottom of the window.
      await page.locator(field('/customer/name')).scrollIntoViewIfNeeded();
      const bar = await page.locator('[role="status"][data-verdict]').boundingBox();
      expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeLessThanOrEqual(844);
      expect(bar?.y).toBeGreaterThan(844 / 2);
      const who = page.locator('details[data-group="who"]');
      await who.locator('summary').click();
      expect(await page.locator(field('/partner/name')).isVisible()).toBe(false);
      expect(await who.locator('[data-summary="who"]').textContent()).toContain('Contoso IT Services');
      const line = page.locator('[data-lines] > [data-line]').nth(1);
      await line.locator('summary').click();
      expect(await line.locator('[data-line-summary]').textContent()).toContain('Office 365 E4');
      // A finding about a folded field unfolds it.
      await page.locator('[data-findings] li[data-rule="region-mismatch"] a[href^="#"]').click();
      expect(await focusedId(page)).toBe('cm-customer-country');
      expect(await page.locator(field('/partner/name')).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('nested sidebar groups read no heavier than the pages beside them', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width: 1280, height: 800 },
    });
    try {
      await openWith(page, undefined);
      const style = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((node) => {
            const css = getComputedStyle(node);
            return { size: Number.parseFloat(css.fontSize), weight: Number(css.fontWeight) };
          });
      const nested = await style('.sidebar-content ul ul details .group-label .large');
      const pageLink = await style('.sidebar-content ul ul a');
      expect(nested.size).toBeLessThanOrEqual(pageLink.size);
      expect(nested.weight).toBeLessThanOrEqual(pageLink.weight);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('checklist', () => {
  test('a step is not dated again on its own deadline; a plan with a gap is not a to-do list', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      const state = structuredClone((SCENARIOS[0] as (typeof SCENARIOS)[number]).state);
      const line = state.subscriptions[0] as CheckerState['subscriptions'][number];
      // Provisioned on the last day of the term, the end-of-term choice is due that very day.
      line.endOfTerm = 'renew';
      line.target.provisionOn = line.termEnd;
      await openWith(page, state);
      const step = page.locator('[data-checklist] li[data-kind="choose-end-of-term"]');
      await expect.poll(() => step.count(), POLL).toBe(1);
      const title = (await step.locator('.cm-step').textContent()) ?? '';
      const when = (await step.locator('.cm-when').textContent()) ?? '';
      const dates = (t: string) => t.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
      expect(dates(title)).toHaveLength(1);
      expect(dates(when)).toEqual([]);
      expect(await page.locator('[data-checklist-note]').isVisible()).toBe(false);

      // Ending at the term end and provisioning months later leaves users without licences.
      await page.locator(field('/subscriptions/0/endOfTerm')).selectOption('cancel-at-term-end');
      await page.locator(field('/subscriptions/0/target/provisionOn')).fill('2027-06-30');
      await expect.poll(() => findingRules(page), POLL).toContain('cancel-at-term-end-gap');
      expect(await page.locator('[data-checklist-note]').isVisible()).toBe(true);
      expect(await page.locator('[data-checklist]').getAttribute('data-gap')).toBe('true');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('timeline', () => {
  test.each([
    { prefix: '', width: 1280 },
    { prefix: '/zh-tw', width: 390 },
  ])(
    'a two-day gap is visible and named; labels never collide; the legend shows what is drawn ($prefix $width px)',
    async ({ prefix, width }) => {
      const { page, problems, close } = await newPage(site.browser, site.origin, {
        viewport: { width, height: 900 },
      });
      try {
        const state = structuredClone((SCENARIOS[0] as (typeof SCENARIOS)[number]).state);
        // Open licensing keeps 30 free days after the term (to 2027-04-30); provisioning on 2027-05-02
        // leaves two days without service.
        const line = state.subscriptions[0] as CheckerState['subscriptions'][number];
        Object.assign(line, { channel: 'open', billingAccount: '', endOfTerm: 'auto-renew-off' });
        line.target.provisionOn = '2027-05-02';
        await openWith(page, state, prefix);
        await expect.poll(() => findingRules(page), POLL).toContain('service-gap');
        const gap = page.locator('[data-timeline] rect.tl-gap');
        expect(Number(await gap.getAttribute('width'))).toBeGreaterThanOrEqual(10);
        expect(await page.locator('[data-timeline] text.tl-span').textContent()).toMatch(/2/);
        // Every text of the drawing, as the browser measured it: inside the picture and apart.
        const boxes = await page.locator('[data-timeline] svg').evaluate((svg) => {
          const width = (svg as SVGSVGElement).viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll<SVGTextElement>('text.tl-month')].map((t) => t.getBBox());
          return { width, texts: texts.map((b) => ({ x: b.x, right: b.x + b.width })) };
        });
        expect(boxes.texts.length).toBeGreaterThan(0);
        for (const [i, box] of boxes.texts.entries()) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(boxes.width);
          if (i > 0) expect(box.x).toBeGreaterThan((boxes.texts[i - 1] as { right: number }).right);
        }
        const legend = await page
          .locator('.cm-legend li:visible')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.legend));
        expect(legend).toContain('gap');
        expect(legend).not.toContain('cancel');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('work is kept in this browser', () => {
  test('a reload and the language switch keep the form; Start over asks first', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openWith(page, undefined);
      expect(await page.locator('.cm-privacy').textContent()).toMatch(/never leaves the browser/);
      await page.locator(field('/partner/name')).fill('Contoso Cloud');
      await page.locator(field('/partner/name')).press('Tab');
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY), POLL)
        .toContain('Contoso Cloud');
      await page.reload();
      await expect.poll(() => page.locator(field('/partner/name')).inputValue(), POLL).toBe('Contoso Cloud');
      await page.goto(`${site.origin}/zh-tw/checker/`);
      await expect.poll(() => page.locator(field('/partner/name')).inputValue(), POLL).toBe('Contoso Cloud');

      // Dismissing the question keeps everything; accepting it clears the form and the saved copy.
      const answers = [false, true];
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.message());
        void (answers.shift() ? dialog.accept() : dialog.dismiss());
      });
      await page.locator('[data-reset]').click();
      expect(await page.locator(field('/partner/name')).inputValue()).toBe('Contoso Cloud');
      await page.locator('[data-reset]').click();
      expect(asked).toHaveLength(2);
      expect(await page.locator(field('/partner/name')).inputValue()).toBe('');
      await page.reload();
      await page.locator('[role="status"][data-verdict]').waitFor();
      expect(await page.locator(field('/partner/name')).inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the form judges a field when the user leaves it', () => {
  test('no errors before anything was typed; a required field left empty is marked', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openWith(page, undefined);
      expect(await verdict(page)).toBe('invalid');
      // The form starts empty: every question is to fill in (once the judging part has answered).
      await expect
        .poll(async () => new Set(await findingRules(page)), POLL)
        .toEqual(new Set(['form/required']));
      const name = page.locator(field('/partner/name'));
      expect(await name.getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('[data-findings] li[data-severity="error"]').count()).toBe(0);
      await name.fill('x');
      await name.fill('');
      await name.press('Tab');
      await expect.poll(() => name.getAttribute('aria-invalid'), POLL).toBe('true');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
