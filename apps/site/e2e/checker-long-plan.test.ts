import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '@csp-move/rules/plan';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readForm } from '../src/components/checker/plan.ts';
import { TIMELINE_ROWS } from '../src/components/checker/results-dom.ts';
import { text } from '../src/components/checker/strings.ts';
import { planToYaml } from '../src/components/checker/yaml.ts';
import { field, verdict } from '../test/checker/form-driver.ts';
import { manyLines } from '../test/checker/scenarios.ts';
import { newPage, runAxe, useSite } from './harness.ts';

/**
 * A long plan opens folded, and a folded line's fields are built only when it is opened. Nothing of
 * such a line may be lost or out of reach: its values are exported as they were read, its finding
 * leads to its field, its summary opens it with its values, a line added to the plan opens to be
 * filled in, and a value it could not take is named by its line and label. Its timeline draws the first
 * lines until asked for all.
 */

const LINES = 30;

const site = useSite();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csp-move-long-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

test('a long plan opens folded, and every folded line keeps its values and can be reached', {
  timeout: 120_000,
}, async () => {
  const state = manyLines(LINES);
  // Line 25 has fewer licences in CSP than users: a finding about a field of a folded line.
  const short = state.subscriptions[24] as (typeof state.subscriptions)[number];
  short.target.quantity = '5';
  const plan = readForm(state).plan as Plan;
  const yaml = planToYaml(plan);
  const file = join(work, 'long.plan.yaml');
  writeFileSync(file, yaml);
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/checker/`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-lines] > [data-line]').count()).toBe(LINES);
    await expect.poll(() => verdict(page)).toBe('blocked');
    // Folded and unbuilt: the lines hold no fields until they are opened.
    expect(await page.locator('[data-lines] > [data-line][open]').count()).toBe(0);
    expect(await page.locator('[data-lines] [data-field]').count()).toBe(0);
    // The summary of a folded line tells it apart.
    expect(
      await page.locator('[data-lines] > [data-line]').nth(24).locator('[data-line-summary]').textContent(),
    ).toBeTruthy();

    // The timeline draws the first subscriptions, and all of them when asked.
    const rows = page.locator('[data-timeline] text.tl-row');
    const moreRows = page.locator('[data-more-rows]');
    expect(await rows.count()).toBe(TIMELINE_ROWS);
    expect(await moreRows.textContent()).toContain(String(LINES));
    await moreRows.click();
    await expect.poll(() => rows.count()).toBe(LINES);
    expect(await moreRows.isVisible()).toBe(false);

    // Its values are all there: the plan previewed for export is the file that was opened.
    await page.locator('[data-preview] > summary').click();
    await expect.poll(() => page.locator('[data-yaml]').textContent()).toBe(yaml);

    // The finding's link opens the folded line and puts the focus on its field, marked with the finding.
    const target = field('/subscriptions/24/target/quantity');
    await page
      .locator(`[data-findings] a[data-focus-field="${target.slice(1)}"]`)
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target.slice(1));
    expect(await page.locator(target).inputValue()).toBe('5');
    expect(await page.locator('[data-lines] > [data-line]').nth(24).getAttribute('open')).not.toBeNull();
    await expect.poll(() => page.locator(target).getAttribute('aria-invalid')).toBe('true');

    // A folded line's summary opens it with its fields and values.
    const tenth = page.locator('[data-lines] > [data-line]').nth(9);
    await tenth.locator('summary').click();
    expect(await page.locator(field('/subscriptions/9/id')).inputValue()).toBe('line-10');
    expect(await page.locator(field('/subscriptions/9/termEnd')).inputValue()).toBe(
      state.subscriptions[9]?.termEnd,
    );
    // An edit in an opened line is judged with the folded ones: enough licences, and the plan is ready.
    await page.locator(target).fill('10');
    await page.locator(target).blur();
    await expect.poll(() => verdict(page)).not.toBe('blocked');

    // A line added to the long plan opens, to be filled in.
    await page.locator('[data-add-line]').click();
    await expect.poll(() => page.locator('[data-lines] > [data-line]').count()).toBe(LINES + 1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(field(`/subscriptions/${LINES}/offer`).slice(1));
    expect(await runAxe(page)).toEqual([]);

    // A value a folded line cannot take is named by its line and its label, not by a path.
    const at = yaml.indexOf('id: line-25\n');
    const broken = yaml.slice(0, at) + yaml.slice(at).replace('assigned: 10\n', 'assigned: [10]\n');
    expect(broken).not.toBe(yaml);
    writeFileSync(file, broken);
    await page.locator('[data-import]').setInputFiles(file);
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain(`${text('en', 'sub.legend', { n: 25 })} › ${text('en', 'field.sub.assigned')}`);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('typing in a line of a 1,000-line plan is judged once typing pauses, not on every key', {
  timeout: 180_000,
}, async () => {
  const file = join(work, 'thousand.plan.yaml');
  writeFileSync(file, planToYaml(readForm(manyLines(1000)).plan as Plan));
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/checker/`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => verdict(page), { timeout: 60_000 }).not.toBe('invalid');
    expect(await verdict(page)).not.toBe('blocked');
    await page.locator('[data-lines] > [data-line]').nth(499).locator('summary').click();
    const quantity = page.locator(field('/subscriptions/499/target/quantity'));
    await quantity.click();
    // Every answer drawn from here on is counted.
    await page.evaluate(() => {
      const seen = { updates: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new PerformanceObserver((list) => {
        seen.updates += list.getEntries().filter((e) => e.name === 'csp-checker:update').length;
      }).observe({ type: 'measure' });
    });
    await page.keyboard.press('ControlOrMeta+A');
    // Ten keys: a judging per key would hold the page a tenth of a second after each of them.
    await page.keyboard.type('1234567890');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    // The last value is judged: five licences for ten users.
    await expect.poll(() => verdict(page), { timeout: 30_000 }).toBe('blocked');
    const updates = await page.evaluate(
      () => (window as unknown as { seen: { updates: number } }).seen.updates,
    );
    expect(updates).toBeGreaterThan(0);
    expect(updates).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('"was this done?" on a step of a folded line records the answer in that line', {
  timeout: 120_000,
}, async () => {
  const state = manyLines(LINES);
  // Judged on 2027-01-10: line 25's new subscription was to be provisioned on 2027-01-05.
  const late = state.subscriptions[24] as (typeof state.subscriptions)[number];
  late.termEnd = '2027-01-20';
  late.target.provisionOn = '2027-01-05';
  const file = join(work, 'late.plan.yaml');
  writeFileSync(file, planToYaml(readForm(state).plan as Plan));
  const { page, problems, close } = await newPage(site.browser, site.origin);
  try {
    await page.goto(`${site.origin}/checker/`);
    await page.locator('[role="status"][data-verdict]').waitFor();
    await page.locator('[data-import]').setInputFiles(file);
    const step = page.locator(`[data-checklist] li[data-kind="provision"][data-state="overdue"]`);
    await expect.poll(() => step.count()).toBe(1);
    expect(await page.locator(field('/subscriptions/24/done')).count()).toBe(0);
    await step.locator('[data-mark-done]').click();
    await expect.poll(() => page.locator(field('/subscriptions/24/done')).inputValue()).toBe('provision');
    await expect
      .poll(() => page.locator('[data-checklist] li[data-kind="provision"][data-state="overdue"]').count())
      .toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
