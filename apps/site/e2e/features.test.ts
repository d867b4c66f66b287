import { describe, expect, test } from 'vitest';
import { newPage, runAxe, useSite } from './harness.ts';

/** The parts of the site that run in the browser: search, the region filter, themes, languages. */

const site = useSite();

describe.each([
  { locale: 'en', prefix: '', query: 'reseller', resultPrefix: '/' },
  { locale: 'zh-TW', prefix: '/zh-tw', query: '轉銷商', resultPrefix: '/zh-tw/' },
])('search ($locale)', ({ prefix, query, resultPrefix }) => {
  test('finds pages in the same language, under the Content-Security-Policy', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${prefix}/`);
      await page.locator('site-search button[data-open-modal]').click();
      const input = page.locator('dialog[open] input.pagefind-ui__search-input');
      await input.fill(query);
      const results = page.locator('dialog[open] .pagefind-ui__result-link');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(resultPrefix)).toBe(true);
      if (prefix === '') for (const href of hrefs) expect(href.startsWith('/zh-tw/')).toBe(false);
      // The count of results speaks the page's language.
      const message = await page.locator('dialog[open] .pagefind-ui__message').textContent();
      if (prefix !== '') expect(message).not.toMatch(/result/i);
      expect(message).toContain(query);
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('region filter', () => {
  test('narrows the market tables as you type and says how many match', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}/reference/regions/`);
      const filter = page.locator('region-filter');
      await expect.poll(() => filter.isVisible()).toBe(true);
      await page.getByLabel('Filter markets').fill('Taiwan');
      await expect.poll(() => page.locator('tr[data-market]:visible').count()).toBe(1);
      expect(await page.locator('tr[data-market="TW"]').isVisible()).toBe(true);
      expect(await filter.locator('[data-count]').textContent()).toBe('1');
      await page.getByLabel('Filter markets').fill('EUR');
      await page.getByLabel('Region').selectOption('taiwan');
      await expect.poll(() => filter.locator('[data-empty]').isVisible()).toBe(true);
      expect(await page.locator('tr[data-market]:visible').count()).toBe(0);
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('works in Chinese, by Chinese name', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}/zh-tw/reference/regions/`);
      await page.getByLabel('篩選市場').fill('科索沃');
      await expect.poll(() => page.locator('tr[data-market]:visible').count()).toBe(1);
      expect(await page.locator('tr[data-market="XK"]').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('without JavaScript, every market is listed and no dead control is shown', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.origin}/reference/regions/`);
      expect(await page.locator('region-filter').isVisible()).toBe(false);
      const rows = page.locator('tr[data-market]');
      expect(await rows.count()).toBeGreaterThan(200);
      expect(await page.locator('tr[data-market]:visible').count()).toBe(await rows.count());
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('theme and language', () => {
  test('the theme switch changes the colour scheme and keeps it', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { colorScheme: 'light' });
    try {
      await page.goto(`${site.origin}/rules/`);
      const select = page.locator('starlight-theme-select select').first();
      await select.selectOption('dark');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.goto(`${site.origin}/reference/offers/`);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the language picker leads to the same page in the other language', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}/rules/region-mismatch/`);
      await page.locator('starlight-lang-select select').first().selectOption({ label: '繁體中文' });
      await page.waitForURL(`${site.origin}/zh-tw/rules/region-mismatch/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
