import { expect, test } from 'vitest';
import { field } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/** The current partner's questions appear only while a line moves by partner transfer (issue 25). */

const site = useSite();

test.each(['/checker/', '/zh-tw/checker/'])(
  '%s asks about the current partner only for a transfer',
  async (path) => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${path}`);
      await page.locator('[data-verdict-box]').waitFor();
      const section = page.locator('[data-section="group.transfer"]');
      const name = page.locator(field('/transfer/sourcePartner/name'));
      await expect.poll(() => section.isHidden()).toBe(true);
      await page.locator(field('/subscriptions/0/path')).selectOption('partner-transfer');
      await expect.poll(() => name.isVisible()).toBe(true);
      await page.locator(field('/subscriptions/0/path')).selectOption('reprovision');
      await expect.poll(() => section.isHidden()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  },
);
