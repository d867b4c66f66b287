import { describe, expect, test } from 'vitest';
import { newPage, runAxe, sitePages, useSite } from './harness.ts';

/**
 * Every page of the site, in both locales: no console or page error, no request to another origin, no
 * axe violation in the light scheme, and no contrast violation in the dark one. Pages run a few at a
 * time.
 */

const paths = sitePages();
const site = useSite();

test('the sitemap lists pages in both locales', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/zh-tw/');
  expect(paths.filter((p) => p.startsWith('/zh-tw/')).length).toBe(
    paths.filter((p) => !p.startsWith('/zh-tw/')).length,
  );
});

describe('every page', () => {
  // Concurrent tests use their own `expect`, so each failure is reported against its page.
  test.concurrent.for(paths)('%s', async (path, { expect }) => {
    const { page, problems, close } = await newPage(site.browser, site.origin, { colorScheme: 'light' });
    try {
      const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      expect(await runAxe(page)).toEqual([]);
      // Only colours differ in the dark scheme; Starlight follows the system setting as it changes.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect
        .poll(() => page.locator('html').getAttribute('data-theme'), { timeout: 30_000 })
        .toBe('dark');
      expect(await runAxe(page, { rules: ['color-contrast'] })).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('an unknown address gets the 404 page, which passes axe', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin, {
    // The browser reports the 404 status of the page itself as a console error.
    allowConsole: [/status of 404/],
  });
  try {
    const response = await page.goto(`${site.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
