import { expect, test } from 'vitest';
import { field, verdict } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/**
 * The checker never guesses for the user: it starts empty, with placeholders, and judges or exports
 * nothing the user did not enter (two names used to give "Ready" and a plan of a subscription the user
 * never described); an example is there when asked for.
 */

const site = useSite();

test.each(['/checker/', '/zh-tw/checker/'])('%s starts empty; an example loads on request', async (path) => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}${path}`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    const offer = page.locator(field('/subscriptions/0/offer'));
    expect(await offer.inputValue()).toBe('');
    expect(await offer.getAttribute('placeholder')).toMatch(/\S/);
    expect(await page.locator(field('/subscriptions/0/quantity')).inputValue()).toBe('');
    expect(await page.locator(field('/subscriptions/0/termEnd')).inputValue()).toBe('');

    await page.locator(field('/partner/name')).fill('Contoso');
    await page.locator(field('/customer/name')).fill('Fabrikam');
    await page.locator(field('/customer/name')).blur();
    await expect.poll(() => verdict(page)).toBe('invalid');
    // Nothing to export: the form does not describe a subscription yet.
    await page.locator('[data-copy]').click();
    await expect.poll(() => page.locator('[data-message]').textContent()).toMatch(/\S/);
    expect(await page.locator('[data-yaml]').textContent()).toBe('');

    // The example replaces what was typed only when the user agrees.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.locator('[data-load-example]').click();
    expect(await page.locator(field('/partner/name')).inputValue()).toBe('Contoso');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-load-example]').click();
    await expect.poll(() => offer.inputValue()).not.toBe('');
    await expect.poll(() => verdict(page)).not.toBe('invalid');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
