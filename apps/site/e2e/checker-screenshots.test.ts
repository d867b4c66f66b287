import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../src/components/checker/saved.ts';
import { verdict } from '../test/checker/form-driver.ts';
import { showcase } from '../test/checker/scenarios.ts';
import { newPage, useSite } from './harness.ts';

/**
 * The checker as a partner sees it, at a phone's width and a laptop's, in both languages: the page
 * must fit the screen, and the screenshots (written to $SCREENSHOT_DIR, default a temporary folder)
 * are for people to look at after a change to the layout.
 */

const DIR = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'csp-move-screenshots');

const site = useSite();

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('checker screenshots ($locale)', ({ locale, prefix }) => {
  test.each(SIZES)('$width px fits the screen', async ({ width, height }) => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      viewport: { width, height },
      locale: locale === 'en' ? 'en-US' : 'zh-TW',
    });
    try {
      await page.addInitScript(
        ([key, state]) => localStorage.setItem(key, JSON.stringify({ version: 1, state })),
        [STORAGE_KEY, showcase()] as const,
      );
      await page.goto(`${site.origin}${prefix}/checker/`);
      await expect.poll(() => verdict(page), { timeout: 15_000 }).toBe('blocked');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Whatever is chosen in a list can be read in full: every choice fits inside the closed list,
      // in the page's font and in two wide ones a phone may use instead, with every Chinese character
      // a full em wide even where this browser has no font for it (a phone always has one).
      // Two of the catalog's country names are longer than a phone's row: there, the chosen one fits.
      const cut = await page.locator('csp-checker select:visible').evaluateAll((selects) => {
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;
        const width = (text: string, style: CSSStyleDeclaration) => {
          const size = Number.parseFloat(style.fontSize);
          const fonts = [style.font, `${style.fontSize} "DejaVu Sans"`, `${style.fontSize} "Open Sans"`];
          return Math.max(
            ...fonts.map((font) => {
              context.font = font;
              const narrow = context.measureText(text.replace(wide, '')).width;
              return Math.max(
                context.measureText(text).width,
                narrow + (text.match(wide)?.length ?? 0) * size,
              );
            }),
          );
        };
        return (selects as HTMLSelectElement[]).flatMap((select) => {
          const style = getComputedStyle(select);
          // The closed list shows the text between its paddings, less room for the arrow.
          const room =
            select.clientWidth -
            Number.parseFloat(style.paddingLeft) -
            Number.parseFloat(style.paddingRight) -
            Number.parseFloat(style.fontSize);
          const choices = select.name.endsWith('/country')
            ? [...select.selectedOptions]
            : [...select.options];
          return choices
            .filter((option) => width(option.text, style) > room)
            .map((option) => `${select.name}: ${option.text}`);
        });
      });
      expect(cut).toEqual([]);
      const name = `checker-${locale}-${width}`;
      await page.screenshot({ path: join(DIR, `${name}.png`) });
      await page.screenshot({ path: join(DIR, `${name}-full.png`), fullPage: true });
      await page.locator('section.cm-results').screenshot({ path: join(DIR, `${name}-answer.png`) });
      await page
        .locator('[data-line]')
        .last()
        .screenshot({ path: join(DIR, `${name}-line.png`) });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
