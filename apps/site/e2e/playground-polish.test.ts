import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { expect, test } from 'vitest';
import { newPage, useSite } from './harness.ts';

/**
 * The playground reports every problem of a file in one pass, fixes a "did you mean" with a click,
 * shows code as code, forgets what it said about a fix once the text changes, and names downloads
 * after the customer (issue 12, item 6).
 */

const EXAMPLE = readFileSync(
  new URL('../../../content/examples/small-business.plan.yaml', import.meta.url),
  'utf8',
);
const POLL = { timeout: 15_000 };

const site = useSite();

test('one pass, a fix for a misspelt offer, code as code, no stale message, a named download', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/playground/`);
    const text = EXAMPLE.replace('adminAccess: gdap', 'adminAccess: gdpa')
      .replace('partnerId: "6120457"', 'partnerId: 6120457')
      .replace(
        '    offer: microsoft-365-business-standard\n    quantity',
        '    offer: microsoft-365-business-standrd\n    quantity',
      );
    const editor = page.locator('[data-text]');
    await editor.fill(text);
    const rules = () =>
      page
        .locator('[data-diagnostics] li[data-rule]')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule));
    await expect.poll(rules, POLL).toContain('unknown-offer');
    expect(await rules()).toContain('invalid-value');

    // Backticks in a message are code, not literal characters.
    const quoted = page.locator('[data-diagnostics] li .pg-text').filter({ has: page.locator('code') });
    expect(await quoted.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-diagnostics] .pg-text').allTextContents()).not.toContain(
      expect.stringContaining('`'),
    );

    const fix = page.locator('[data-diagnostics] li[data-rule="unknown-offer"] button.pg-fix');
    expect(await fix.textContent()).toContain('microsoft-365-business-standard');
    await fix.click();
    expect(await editor.inputValue()).toContain('    offer: microsoft-365-business-standard\n    quantity');
    await expect.poll(rules, POLL).not.toContain('unknown-offer');
    expect(await page.locator('[data-message]').textContent()).not.toBe('');
    await editor.press('End');
    await editor.type(' ');
    expect(await page.locator('[data-message]').textContent()).toBe('');

    const [download] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      page.locator('[data-download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tailspin-咖啡有限公司.plan.yaml');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
