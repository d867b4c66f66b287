import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import type { Plan } from '@csp-move/rules/plan';
import { planSteps } from '@csp-move/rules/steps';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { CHECKLIST_LIMIT } from '../src/components/checker/results-dom.ts';
import { newPage, useSite } from './harness.ts';

/**
 * Every list of steps on the checker page is the rules package's: the checklist names the same steps in
 * the same order as `csp-move explain`, each with the one date the next step, the findings and the
 * calendar file give it (the checklist gave the reseller request's own due date, 2 weeks after the
 * date everything else named).
 */

const site = useSite();
const EXAMPLES = new URL('../../../content/examples/', import.meta.url).pathname;
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.plan.yaml'));
const catalog = defaultCatalog();

test.each([
  { path: '/checker/', locale: 'en' },
  { path: '/zh-tw/checker/', locale: 'zh-TW' },
])(
  '$locale: the checklist has the rules’ steps and dates for every example',
  { timeout: 300_000 },
  async ({ path }) => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await page.goto(`${site.origin}${path}`);
      await page.locator('[role="status"][data-verdict]').waitFor();
      for (const file of files) {
        const plan = parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Plan;
        const steps = planSteps(plan, { catalog });
        await page.locator('[data-import]').setInputFiles(join(EXAMPLES, file));
        // The import says so once the form holds the file; the answer is drawn with it.
        await expect.poll(() => page.locator('[data-message]').textContent()).toContain(file);
        if (steps.length > CHECKLIST_LIMIT.all) {
          // A long checklist starts with its first steps, and says how many there are in all.
          const more = page.locator('[data-more-steps]');
          await expect.poll(() => more.textContent(), { message: file }).toContain(String(steps.length));
          expect(await page.locator('[data-checklist] li[data-step]').count()).toBe(CHECKLIST_LIMIT.first);
          await more.click();
          await expect.poll(() => more.isVisible()).toBe(false);
          // The focus goes on to the first step the click showed.
          expect(
            await page.evaluate(
              (first) =>
                document.activeElement === document.querySelector('[data-checklist]')?.children[first],
              CHECKLIST_LIMIT.first,
            ),
          ).toBe(true);
        }
        await expect
          .poll(
            () =>
              page
                .locator('[data-checklist] li[data-step]')
                .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.step)),
            { message: file },
          )
          .toEqual(steps.map((s) => s.id));
        // The answer is drawn on the frame after the form is written: poll until it is this plan's.
        const expected = steps.map((step) => {
          const day = step.state === 'overdue' ? (step.due ?? step.date) : (step.date ?? step.due);
          return { id: step.id, state: step.state, day: day ?? null };
        });
        await expect
          .poll(
            () =>
              page.locator('[data-checklist] li[data-step]').evaluateAll(
                (items, wanted) =>
                  items.map((li, i) => {
                    const text = li.textContent ?? '';
                    const day = wanted[i]?.day ?? null;
                    return {
                      id: (li as HTMLElement).dataset.step,
                      state: (li as HTMLElement).dataset.state,
                      day: day === null || text.includes(day) ? day : text,
                    };
                  }),
                expected,
              ),
            { message: file },
          )
          .toEqual(expected);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  },
);
