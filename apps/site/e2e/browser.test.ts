import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chooseBrowser } from './harness.ts';

/** Which Chromium the browser tests use: Debian's when present, else the one from the npm registry. */

describe('chooseBrowser', () => {
  const missing = join('/nonexistent', 'chromium');

  test.runIf(existsSync('/usr/bin/chromium'))('takes the system Chromium when it is there', async () => {
    const choice = await chooseBrowser({ CHROMIUM_PATH: '/usr/bin/chromium' });
    expect(choice).toMatchObject({ kind: 'system', executablePath: '/usr/bin/chromium' });
  });

  test('falls back to the Chromium inside @sparticuz/chromium, which starts and renders', async () => {
    const choice = await chooseBrowser({ CHROMIUM_PATH: missing });
    expect(choice.kind).toBe('registry');
    expect(choice.description).toMatch(/@sparticuz\/chromium \d+\.\d+\.\d+/);
    expect(existsSync(choice.executablePath)).toBe(true);
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>咖啡 ready</h1></main>');
      expect(await page.textContent('h1')).toBe('咖啡 ready');
    } finally {
      await browser.close();
    }
  });

  test('CSP_MOVE_BROWSER decides, and a wrong value says what is allowed', async () => {
    await expect(chooseBrowser({ CSP_MOVE_BROWSER: 'system', CHROMIUM_PATH: missing })).rejects.toThrow(
      /No Chromium at \/nonexistent\/chromium/,
    );
    expect((await chooseBrowser({ CSP_MOVE_BROWSER: 'registry' })).kind).toBe('registry');
    await expect(chooseBrowser({ CSP_MOVE_BROWSER: 'firefox' })).rejects.toThrow(/"system" or "registry"/);
  });
});
