import { expect, test } from 'vitest';
import { STORAGE_KEY } from '../src/components/checker/saved.ts';
import { field } from '../test/checker/form-driver.ts';
import { newPage, useSite } from './harness.ts';

/**
 * A form restored later is judged as of the day it is reopened, unless its date was fixed on purpose;
 * then the page says so, with one click back to today (issue: a form filled on 2026-12-07 and reopened
 * on 2027-03-20 still judged as of 2026-12-07 and named deadlines already past).
 */

const site = useSite();

const FILLED = new Date('2026-12-07T10:00:00');
const REOPENED = new Date('2027-03-20T10:00:00');

test.each(['/checker/', '/zh-tw/checker/'])('%s: a restored form is judged as of today', async (path) => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    const asOf = page.locator(field('/asOf'));
    const note = page.locator('[data-asof-note]');
    const saved = () => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY);

    await page.clock.setFixedTime(FILLED);
    await page.goto(`${site.origin}${path}`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await expect.poll(() => asOf.inputValue()).toBe('2026-12-07');
    await page.locator(field('/partner/name')).fill('Contoso');
    await expect.poll(saved).toContain('Contoso');

    // A month later, the same browser: today's date, and nothing to say about it.
    await page.clock.setFixedTime(REOPENED);
    await page.reload();
    await expect.poll(() => asOf.inputValue()).toBe('2027-03-20');
    await expect.poll(() => page.locator(field('/partner/name')).inputValue()).toBe('Contoso');
    expect(await note.isHidden()).toBe(true);

    // A date fixed on purpose is kept, and the page says it is not today.
    await asOf.fill('2027-01-15');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('2027-01-15');
    expect(await note.textContent()).toContain('2027-03-20');
    await expect.poll(saved).toContain('2027-01-15');
    await page.reload();
    await expect.poll(() => asOf.inputValue()).toBe('2027-01-15');
    await expect.poll(() => note.isVisible()).toBe(true);

    // One click back to today.
    await page.locator('[data-asof-today]').click();
    await expect.poll(() => asOf.inputValue()).toBe('2027-03-20');
    await expect.poll(() => note.isHidden()).toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
