import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@csp-move/rules/plan';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readForm } from '../src/components/checker/plan.ts';
import { planToYaml } from '../src/components/checker/yaml.ts';
import { field, verdict } from '../test/checker/form-driver.ts';
import { manyLines } from '../test/checker/scenarios.ts';
import { newPage, useSite } from './harness.ts';

/**
 * How long the checker takes to judge a plan of 50 subscriptions in the browser, as the page itself
 * measures it (User Timing). The numbers are printed, not asserted: timings depend on the machine.
 */

const LINES = 50;
const EDITS = 20;

const site = useSite();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csp-move-perf-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

test(`judging ${LINES} subscriptions keeps up with typing`, { timeout: 120_000 }, async () => {
  const plan = readForm(manyLines(LINES)).plan as Plan;
  const file = join(work, 'fifty.plan.yaml');
  writeFileSync(file, planToYaml(plan));
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/checker/`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-line]').count(), { timeout: 30_000 }).toBe(LINES);
    await expect.poll(() => verdict(page)).toBe('ready');

    const evaluate: number[] = [];
    const update: number[] = [];
    // A plan this long opens with its lines folded: open the last one, as a person would.
    await page.locator('[data-line]').last().locator('summary').click();
    const quantity = page.locator(field(`/subscriptions/${LINES - 1}/target/quantity`));
    for (let i = 0; i < EDITS; i++) {
      // Alternate between fewer licences than are assigned and enough, so the answer changes each time.
      await quantity.fill(i % 2 === 0 ? '9' : '10');
      const expected = i % 2 === 0 ? 'blocked' : 'ready';
      await expect.poll(() => page.locator(`[role="status"][data-verdict="${expected}"]`).count()).toBe(1);
      const [e, u] = await page.evaluate(() =>
        ['csp-checker:evaluate', 'csp-checker:update'].map(
          (name) => performance.getEntriesByName(name).at(-1)?.duration ?? -1,
        ),
      );
      evaluate.push(e as number);
      update.push(u as number);
    }
    expect(evaluate.every((ms) => ms >= 0)).toBe(true);
    console.info(
      `${LINES} subscriptions, ${EDITS} edits: evaluation median ${median(evaluate).toFixed(2)} ms ` +
        `(max ${Math.max(...evaluate).toFixed(2)}), whole update with rendering median ${median(update).toFixed(2)} ms ` +
        `(max ${Math.max(...update).toFixed(2)})`,
    );
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
