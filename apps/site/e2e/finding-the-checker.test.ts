import { describe, expect, test } from 'vitest';
import { CHECKER_STRINGS } from '../src/components/checker/strings.ts';
import { UI } from '../src/i18n/ui.ts';
import { newPage, useSite } from './harness.ts';

/**
 * The checker is the first thing a visitor can reach (issue 25): a link in the header of every page,
 * a call to action above the fold of the home page, first in the sidebar, on a phone at the top; the
 * page says it needs JavaScript when it is off; its help links say where they go.
 */

const site = useSite();
const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;
const LOCALES = [
  { locale: 'en', home: '/', checker: '/checker/', guide: '/guide/move/' },
  { locale: 'zh-TW', home: '/zh-tw/', checker: '/zh-tw/checker/', guide: '/zh-tw/guide/move/' },
] as const;

describe.each(VIEWPORTS)('on a $name', ({ viewport }) => {
  test.each(LOCALES)(
    '$locale: the header and the home page lead to the checker without scrolling',
    async ({ locale, home, checker, guide }) => {
      const { page, problems, close } = await newPage(site.browser, site.origin, { viewport });
      try {
        const aboveTheFold = async (selector: string) => {
          const box = await page.locator(selector).first().boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
        };
        for (const path of [home, guide]) {
          await page.goto(`${site.origin}${path}`);
          const link = page.locator('header [data-header-checker]');
          expect(await link.getAttribute('href')).toBe(checker);
          expect((await link.textContent())?.trim()).toBe(UI['header.checker'][locale]);
          expect(await link.isVisible()).toBe(true);
          expect(await aboveTheFold('header [data-header-checker]')).toBe(true);
        }
        await page.goto(`${site.origin}${home}`);
        const action = `.hero .actions a[href="${checker}"]`;
        expect(await page.locator(action).count()).toBe(1);
        expect(await aboveTheFold(action)).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

test.each(LOCALES)('$locale: the checker is the first link of the sidebar', async ({ home, checker }) => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}${home}`);
    const first = page.locator('#starlight__sidebar a[href]').first();
    expect(await first.getAttribute('href')).toBe(checker);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test.each(LOCALES)(
  '$locale: without JavaScript the checker says so and points to the CLI',
  async ({ locale, checker }) => {
    const { page, close } = await newPage(site.browser, site.origin, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.origin}${checker}`);
      const note = page.locator('[data-noscript]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('JavaScript');
      expect(await note.locator('a').getAttribute('href')).toBe(
        locale === 'en' ? '/reference/cli/' : '/zh-tw/reference/cli/',
      );
    } finally {
      await close();
    }
  },
);

test.each(LOCALES)('$locale: help links in the checker name where they go', async ({ locale, checker }) => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}${checker}`);
    const links = await page
      .locator('form[data-form] .cm-help a')
      .evaluateAll((all) =>
        all.map((a) => ({ name: a.textContent?.trim() ?? '', href: a.getAttribute('href') })),
      );
    expect(links.length).toBeGreaterThan(5);
    const prefix = CHECKER_STRINGS['help.more'][locale].replace('{section}', '');
    for (const { name } of links) {
      expect(name.startsWith(prefix)).toBe(true);
      expect(name.length).toBeGreaterThan(prefix.length + 1);
    }
    // A name leads to one place: links to different places are named differently.
    const places = new Map<string, Set<string>>();
    for (const { name, href } of links) places.set(name, (places.get(name) ?? new Set()).add(href ?? ''));
    for (const [name, hrefs] of places) expect([name, hrefs.size]).toEqual([name, 1]);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
