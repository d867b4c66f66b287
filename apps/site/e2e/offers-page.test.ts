import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { beforeAll, describe, expect, test } from 'vitest';
import { newPage, runAxe, useSite } from './harness.ts';

/** The offers reference, designed for reading: cards by family, a filter, nothing cut off. */

const DIR = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'csp-move-screenshots');

const site = useSite();

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
});

const catalog = defaultCatalog();

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('offers reference ($locale)', ({ locale, prefix }) => {
  test.each([390, 1280])('%i px: every offer readable, no sideways scrolling', async (width) => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width, height: 900 },
    });
    try {
      await page.goto(`${site.origin}${prefix}/reference/offers/`);
      expect(await page.locator('[data-offer]').count()).toBe(catalog.offers.length);
      // One section per family of the catalog.
      const families = new Set(catalog.offers.map((o) => o.family));
      expect(await page.locator('[data-family-section]').count()).toBe(families.size);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // No id is broken inside a word on a wide screen.
      if (width === 1280) {
        const broken = await page
          .locator('.offer-id')
          .evaluateAll((codes) => codes.filter((c) => c.getClientRects().length > 1).length);
        expect(broken).toBe(0);
      }
      await page.screenshot({ path: join(DIR, `offers-${locale}-${width}.png`) });
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('the filter narrows by family, status and text, and says how many it shows', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/reference/offers/`);
    const visible = () => page.locator('[data-offer]:visible').count();
    const retired = catalog.offers.filter((o) => o.status === 'retired').length;
    await page.locator('#offer-filter-status').selectOption('retired');
    await expect.poll(visible).toBe(retired);
    expect(await page.locator('offer-filter [data-count]').textContent()).toBe(String(retired));
    await page.locator('#offer-filter-status').selectOption('');
    const family = catalog.offers[0]?.family ?? '';
    await page.locator('#offer-filter-family').selectOption(family);
    await expect.poll(visible).toBe(catalog.offers.filter((o) => o.family === family).length);
    await page.locator('#offer-filter-family').selectOption('');
    await page.locator('#offer-filter-query').fill('business premium');
    await expect
      .poll(() => page.locator('[data-offer="microsoft-365-business-premium"]').isVisible())
      .toBe(true);
    expect(await visible()).toBeLessThan(catalog.offers.length);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('the Teams filter separates suites with Teams, their editions without it, and Teams on its own', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/zh-tw/reference/offers/`);
    const shown = () =>
      page
        .locator('[data-offer]:visible')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.offer));
    const teams = page.locator('#offer-filter-teams');

    await teams.selectOption('without');
    const without = catalog.offers.filter((o) => o.withoutTeamsOf).map((o) => o.id);
    await expect.poll(shown).toEqual(expect.arrayContaining(without));
    expect((await shown()).length).toBe(without.length);
    expect(await page.locator('offer-filter [data-count]').textContent()).toBe(String(without.length));

    await teams.selectOption('standalone');
    await expect
      .poll(shown)
      .toEqual(expect.arrayContaining(['microsoft-teams-enterprise', 'microsoft-teams-eea']));
    expect((await shown()).every((id) => catalog.offer(id as string)?.teamsStandalone)).toBe(true);

    // A suite with Teams is listed when an edition without Teams exists, under its current or earlier name.
    await teams.selectOption('with');
    await expect
      .poll(shown)
      .toEqual(
        expect.arrayContaining(['microsoft-365-e3', 'office-365-e3', 'microsoft-365-business-premium']),
      );
    const withTeams = await shown();
    for (const id of withTeams) {
      const current = catalog.current(id as string)?.id;
      expect(
        catalog.offers.some((o) => o.withoutTeamsOf && catalog.current(o.withoutTeamsOf)?.id === current),
      ).toBe(true);
    }
    expect(withTeams).not.toContain('visio-plan-2');
    await expect(page.locator('[data-offer="microsoft-365-e3"] .offer-teams').textContent()).resolves.toBe(
      '含 Teams，另有不含 Teams 的版本',
    );

    // Facets combine with the text.
    await page.locator('#offer-filter-query').fill('E5');
    await expect.poll(shown).toEqual(['office-365-e5', 'microsoft-365-e5']);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('without JavaScript every offer is listed and the filter is not offered', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin, { javaScriptEnabled: false });
  try {
    await page.goto(`${site.origin}/reference/offers/`);
    expect(await page.locator('[data-offer]:visible').count()).toBe(catalog.offers.length);
    expect(await page.locator('offer-filter').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
