import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeFragment } from '../src/components/checker/fragment.ts';
import { STORAGE_KEY } from '../src/components/checker/saved.ts';
import { defaultState } from '../src/components/checker/state.ts';
import { CHECKER_STRINGS } from '../src/components/checker/strings.ts';
import { verdict } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/**
 * Share links ask before they replace the user's own form and can be undone, say why they cannot be
 * read, and are not kept in the browser until the user edits them (issue 25 item 7, issue 21 item 8).
 */

const site = useSite();
const TODAY = '2026-12-07';

async function linkFor(customer: string): Promise<string> {
  const state = defaultState(TODAY);
  state.customer.name = customer;
  state.partner.name = 'Contoso';
  return encodeFragment(state);
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site.origin}${path}`);
  await page.locator('[data-verdict-box]').waitFor();
  await expect.poll(() => verdict(page)).not.toBeNull();
}

const customer = (page: Page) => page.locator('#cm-customer-name').inputValue();
const notice = (page: Page) => page.locator('[data-link-box]');
const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.customer?.name, STORAGE_KEY);

/** Longer than the page waits before it saves (300 ms), so a save that should not happen would have. */
const pastTheSave = (page: Page) => page.waitForTimeout(1000);

describe('a share link and the form the user already has', () => {
  test('asks before replacing it, opens on request, and undo brings the form back', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, '/checker/');
      await page.locator('#cm-customer-name').fill('Own Customer');
      await expect.poll(() => saved(page)).toBe('Own Customer');

      const hash = await linkFor('Linked Customer');
      await open(page, `/checker/${hash}`);
      await expect.poll(() => notice(page).isVisible()).toBe(true);
      expect(await page.locator('[data-link-text]').textContent()).toContain('Linked Customer');
      expect(await page.locator('[data-link-text]').textContent()).toContain('1 subscription line');
      expect(await customer(page)).toBe('Own Customer');

      await page.locator('[data-link-open]').click();
      // The form is written in a task of its own (a long plan must not hold the page), so wait for it.
      await expect.poll(() => customer(page)).toBe('Linked Customer');
      await pastTheSave(page);
      expect(await saved(page)).toBe('Own Customer');

      await page.locator('[data-link-undo]').click();
      await expect
        .poll(() => page.locator('[data-link-text]').textContent())
        .toBe(CHECKER_STRINGS['link.undone'].en);
      expect(await customer(page)).toBe('Own Customer');
      expect(new URL(page.url()).hash).toBe('');

      // Kept, the form stays and the link leaves the address.
      await open(page, `/checker/${hash}`);
      await expect.poll(() => page.locator('[data-link-keep]').isVisible()).toBe(true);
      await page.locator('[data-link-keep]').click();
      await expect.poll(() => page.locator('[data-link-keep]').isVisible()).toBe(false);
      expect(await customer(page)).toBe('Own Customer');
      expect(new URL(page.url()).hash).toBe('');

      // Opened and then edited, the linked plan is the user's and is kept.
      await open(page, `/checker/${hash}`);
      await expect.poll(() => page.locator('[data-link-open]').isVisible()).toBe(true);
      await page.locator('[data-link-open]').click();
      await page.locator('#cm-partner-name').fill('Contoso Ltd');
      await expect.poll(() => saved(page)).toBe('Linked Customer');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a link opened on a fresh form fills it without asking, and is not saved until edited', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, `/zh-tw/checker/${await linkFor('台北貿易股份有限公司')}`);
      await expect.poll(() => customer(page)).toBe('台北貿易股份有限公司');
      expect(await page.locator('[data-link-text]').textContent()).toBe(
        CHECKER_STRINGS['share.restored']['zh-TW'],
      );
      await pastTheSave(page);
      expect(await saved(page)).toBeUndefined();
      // A plain visit later does not bring the link's state back.
      await open(page, '/zh-tw/checker/');
      expect(await customer(page)).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a share link that cannot be read says why and leaves the form alone', () => {
  test.each([
    ['truncated', (hash: string) => hash.slice(0, Math.floor(hash.length / 2))],
    ['corrupted', (hash: string) => `${hash.slice(0, 20)}!${hash.slice(21)}`],
    ['version', (hash: string) => hash.replace('#plan=v1.', '#plan=v9.')],
  ] as const)('%s', async (problem, damage) => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await open(page, '/checker/');
      await page.locator('#cm-customer-name').fill('Own Customer');
      await expect.poll(() => saved(page)).toBe('Own Customer');
      await open(page, `/checker/${damage(await linkFor('Linked Customer'))}`);
      await expect
        .poll(() => page.locator('[data-link-text]').textContent())
        .toBe(CHECKER_STRINGS[`link.${problem}`].en);
      expect(await customer(page)).toBe('Own Customer');
      expect(await page.locator('[data-link-box] button:visible').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a deflate bomb is too large, in Chinese too', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      const zeros = new Blob([new Uint8Array(64_000_000)]).stream();
      const bomb = new Uint8Array(
        await new Response(zeros.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
      );
      await open(page, `/zh-tw/checker/#plan=v1.${Buffer.from(bomb).toString('base64url')}`);
      await expect
        .poll(() => page.locator('[data-link-text]').textContent())
        .toBe(CHECKER_STRINGS['link.too-large']['zh-TW']);
      expect(await customer(page)).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
