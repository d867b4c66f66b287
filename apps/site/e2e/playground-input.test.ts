import { expect, test } from 'vitest';
import { PLAYGROUND_STRINGS } from '../src/components/playground/strings.ts';
import { newPage, useSite } from './harness.ts';

/**
 * The playground refuses text larger than a plan can be before the editor takes it in (issue 25
 * item 10: a 2 MB paste froze the page for 267 s), and its "Fix" buttons show code as code.
 */

const site = useSite();
const POLL = { timeout: 15_000 };
const TWO_MB = `a: ${'x'.repeat(2_000_000)}\n`;

test('a 2 MB paste is refused before it reaches the editor, with a message', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    await page.goto(`${site.origin}/playground/`);
    const editor = page.locator('[data-text]');
    await expect
      .poll(() => page.locator('[data-verdict-box]').getAttribute('data-verdict'), POLL)
      .toBe('ready');
    const before = await editor.inputValue();
    await page.evaluate((text) => navigator.clipboard.writeText(text), TWO_MB);
    await editor.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ControlOrMeta+V');
    await expect
      .poll(() => page.locator('[data-message]').textContent(), POLL)
      .toBe(PLAYGROUND_STRINGS['paste.tooBig'].en);
    expect(await editor.inputValue()).toBe(before);

    // A plan-sized paste still goes in.
    await page.evaluate((text) => navigator.clipboard.writeText(text), '\n# pasted\n');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => editor.inputValue(), POLL).toContain('# pasted');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('a 2 MB drop is refused too, in Chinese', async () => {
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/zh-tw/playground/`);
    await expect
      .poll(() => page.locator('[data-verdict-box]').getAttribute('data-verdict'), POLL)
      .toBe('ready');
    const refused = await page.locator('[data-text]').evaluate((textarea, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      textarea.dispatchEvent(drop);
      return drop.defaultPrevented;
    }, TWO_MB);
    expect(refused).toBe(true);
    expect(await page.locator('[data-message]').textContent()).toBe(
      PLAYGROUND_STRINGS['paste.tooBig']['zh-TW'],
    );
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test.each(['/playground/', '/zh-tw/playground/'])(
  'Fix buttons on %s show code, not backticks',
  async (path) => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${path}`);
      const editor = page.locator('[data-text]');
      await expect
        .poll(() => page.locator('[data-verdict-box]').getAttribute('data-verdict'), POLL)
        .toBe('ready');
      await editor.fill((await editor.inputValue()).replace('adminAccess: gdap', 'adminAccess: gdpa'));
      const fix = page.locator('[data-diagnostics] li[data-rule="invalid-value"] button.pg-fix');
      await expect.poll(() => fix.count(), POLL).toBeGreaterThan(0);
      expect(await fix.first().textContent()).not.toContain('`');
      expect(await fix.first().locator('code').textContent()).toBe('gdap');
      await fix.first().click();
      expect(await page.locator('[data-message]').textContent()).not.toContain('`');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  },
);
