import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import type { Plan } from '@csp-move/rules/plan';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { restoreState } from '../src/components/checker/restore.ts';
import type { CheckerState } from '../src/components/checker/state.ts';
import { field, fillState, findingRules, formEntries, verdict } from '../test/checker/form-driver.ts';
import { SCENARIOS } from '../test/checker/scenarios.ts';
import { newPage, openCheckerWith, useSite } from './harness.ts';

/** Plan files in and out of the checker: export to the CLI, import of every example, share links. */

const SLOW = 60_000;
const CLI = fileURLToPath(new URL('../../../packages/validator/bin/csp-move.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../content/examples/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.plan.yaml'));
/** The form holds every example completely (test/checker/examples.test.ts checks that nothing is dropped). */
const formExamples = examples.filter(
  (name) =>
    restoreState(parse(readFileSync(join(EXAMPLES, name), 'utf8')), '2030-01-01').dropped.length === 0,
);

const site = useSite();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csp-move-checker-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface CliFile {
  path: string;
  verdict: string;
  findings: { rule: string }[];
}

/** `csp-move validate <files…> --format json`, as a partner's CI runs it: by file name, in one run. */
function validateAll(files: readonly string[], locale = 'en'): Map<string, CliFile> {
  const run = spawnSync(
    process.execPath,
    [CLI, 'validate', ...files, '--format', 'json', '--locale', locale],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Exit 1 only means findings; anything else, or no output, is a failure of the run itself.
  if ((run.status !== 0 && run.status !== 1) || run.stdout.trim() === '') {
    throw new Error(`csp-move exited ${run.status}: ${run.stderr}`);
  }
  return new Map((JSON.parse(run.stdout) as { files: CliFile[] }).files.map((f) => [basename(f.path), f]));
}

/** `csp-move validate <file> --format json`. */
function validate(file: string, locale = 'en'): CliFile {
  return validateAll([file], locale).get(basename(file)) as CliFile;
}

/**
 * Requests a test watches for: not the in-memory ones (blob:, data:) a download makes, and not the
 * site icon, which the browser fetches on its own whenever it likes.
 */
function watchRequests(page: Page): { url: string; type: string }[] {
  const seen: { url: string; type: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:' || url.pathname.startsWith('/favicon')) return;
    seen.push({ url: request.url(), type: request.resourceType() });
  });
  return seen;
}

/** Opens the checker at `path`, empty or holding `state` (as its share link restores it, not typed). */
async function openChecker(page: Page, path: string, state?: CheckerState): Promise<void> {
  if (state) return openCheckerWith(page, `${site.origin}${path}`, state);
  await page.goto(`${site.origin}${path}`);
  await page.locator('[role="status"][data-verdict]').waitFor();
}

/** Downloads the plan file through the page's button; returns where it was saved and its text. */
async function download(
  page: Page,
  name: string,
): Promise<{ file: string; text: string; suggested: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download]').click()]);
  const path = join(work, name);
  await file.saveAs(path);
  return { file: path, text: readFileSync(path, 'utf8'), suggested: file.suggestedFilename() };
}

describe('export', { timeout: SLOW }, () => {
  test.each(SCENARIOS.map((s, i) => ({ ...s, locale: i % 2 === 0 ? 'en' : 'zh-TW' })))(
    '$name: csp-move validate accepts the downloaded file unchanged and judges it the same ($locale)',
    async (scenario) => {
      const { page, problems, close } = await newPage(site.browser, site.origin);
      try {
        await openChecker(page, scenario.locale === 'en' ? '/checker/' : '/zh-tw/checker/', scenario.state);
        await expect.poll(() => verdict(page)).toBe(scenario.verdict);
        const { file, text, suggested } = await download(
          page,
          `${scenario.name.replace(/\W+/g, '-')}.plan.yaml`,
        );
        expect(suggested).toBe('fabrikam-gmbh.plan.yaml');
        expect(text.split('\n')[0]).toBe(
          '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json',
        );
        const cli = validate(file, scenario.locale);
        expect(cli.verdict).toBe(await verdict(page));
        // The CLI lists findings by position in the file, the page by rule: the same set.
        expect(cli.findings.map((f) => f.rule).sort()).toEqual((await findingRules(page)).sort());
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test('the steps download as the calendar csp-move calendar writes for the same file', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      const scenario = SCENARIOS[0] as (typeof SCENARIOS)[number];
      await openChecker(page, '/checker/', scenario.state);
      await expect.poll(() => verdict(page)).toBe(scenario.verdict);
      const plan = await download(page, 'fabrikam-gmbh.plan.yaml');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-download-ics]').click(),
      ]);
      expect(file.suggestedFilename()).toBe('fabrikam-gmbh.ics');
      const path = join(work, 'page.ics');
      await file.saveAs(path);
      const uids = (text: string) =>
        new ICAL.Component(ICAL.parse(text))
          .getAllSubcomponents('vevent')
          .map((event) => String(event.getFirstPropertyValue('uid')))
          .sort();
      const fromPage = uids(readFileSync(path, 'utf8'));
      expect(fromPage.length).toBeGreaterThan(0);
      // The CLI on the downloaded plan, named the same, gives the same events.
      const run = spawnSync(process.execPath, [CLI, 'calendar', 'fabrikam-gmbh.plan.yaml'], {
        cwd: work,
        encoding: 'utf8',
      });
      expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
      expect(uids(run.stdout)).toEqual(fromPage);
      expect(plan.suggested).toBe('fabrikam-gmbh.plan.yaml');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a form with questions not answered yet downloads what was entered, the rest as to-fill-in, which the CLI reads', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      await page.locator(field('/partner/name')).fill('Contoso');
      await page.locator(field('/customer/name')).fill('Fabrikam GmbH');
      await page.locator(field('/subscriptions/0/offer')).fill('office-365-e3');
      await page.locator(field('/subscriptions/0/quantity')).fill('25');
      await page.locator(field('/subscriptions/0/termEnd')).fill('2027-03-31');
      await page.locator(field('/subscriptions/0/termEnd')).blur();
      await expect.poll(() => page.locator('[data-download]').getAttribute('aria-disabled')).toBe('false');
      // The calendar waits for every answer: its steps are dated from the whole plan.
      expect(await page.locator('[data-download-ics]').getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator('[data-export-note]').textContent()).toContain('Country of your CSP tenant');
      const { file, text } = await download(page, 'partial.plan.yaml');
      // Only what was typed (and the target the form filled in from it), every other answer to fill in.
      expect(text).toContain('  country: to-fill-in\n');
      expect(text).toContain('    channel: to-fill-in\n');
      expect(text).toContain('    endOfTerm: to-fill-in\n');
      expect(text).not.toMatch(/web-direct|cancel-at-term-end|not-requested|gdap|\bUS\b/);
      const cli = validate(file);
      expect(new Set(cli.findings.map((f) => f.rule))).toEqual(new Set(['to-fill-in']));
      expect(cli.findings).toHaveLength(6);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the YAML shown and the YAML copied are the file that is downloaded', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      await openChecker(page, '/checker/', (SCENARIOS[0] as (typeof SCENARIOS)[number]).state);
      await page.locator('[data-preview] summary').click();
      await expect.poll(() => page.locator('[data-yaml]').textContent()).toMatch(/^# yaml-language-server/);
      const shown = await page.locator('[data-yaml]').textContent();
      expect((await download(page, 'shown.plan.yaml')).text).toBe(shown);
      await page.locator('[data-copy]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('import', { timeout: SLOW }, () => {
  // Twenty-nine examples, each imported and exported; the CLI judges all of them at once, twice.
  test('every example in content/examples loads into the form and is judged as the CLI judges it', {
    timeout: 240_000,
  }, async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      expect(formExamples).toEqual(examples);
      mkdirSync(join(work, 'again'));
      for (const name of formExamples) {
        const path = join(EXAMPLES, name);
        const expected = evaluate(parse(readFileSync(path, 'utf8')) as Plan, { catalog: defaultCatalog() });
        await page.locator('[data-import]').setInputFiles(path);
        await expect
          // The longest example fills the form with hundreds of fields: a while on a busy machine.
          .poll(() => page.locator('[data-message]').textContent(), { timeout: 60_000 })
          .toContain(name);
        expect({ name, verdict: await verdict(page) }).toEqual({ name, verdict: expected.verdict });
        expect(await findingRules(page)).toEqual(expected.findings.map((f) => f.rule));
        await download(page, join('again', name));
      }
      // Exported again, the CLI says the same about each file as about the original.
      const again = validateAll(formExamples.map((name) => join(work, 'again', name)));
      const originals = validateAll(formExamples.map((name) => join(EXAMPLES, name)));
      for (const name of formExamples) {
        const [cli, original] = [again.get(name), originals.get(name)] as [CliFile, CliFile];
        expect({ name, verdict: cli.verdict, rules: cli.findings.map((f) => f.rule).sort() }).toEqual({
          name,
          verdict: original.verdict,
          rules: original.findings.map((f) => f.rule).sort(),
        });
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a broken file is reported with its line and leaves the form as it was', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/zh-tw/checker/');
      const before = await formEntries(page);
      const path = join(work, 'broken.plan.yaml');
      writeFileSync(path, 'version: 1\npartner: [\n');
      await page.locator('[data-import]').setInputFiles(path);
      await expect.poll(() => page.locator('[data-message]').textContent()).toContain('broken.plan.yaml');
      expect(await page.locator('[data-message]').textContent()).toContain('3');
      expect(await formEntries(page)).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('share link', { timeout: SLOW }, () => {
  test('holds the form in the fragment only and restores it on load', async () => {
    const first = await newPage(site.browser, site.origin);
    const second = await newPage(site.browser, site.origin);
    try {
      const scenario = SCENARIOS[3] as (typeof SCENARIOS)[number];
      await openChecker(first.page, '/zh-tw/checker/');
      await fillState(first.page, scenario.state);
      await expect.poll(() => verdict(first.page)).toBe(scenario.verdict);
      const requests = watchRequests(first.page);
      await first.page.locator('[data-share]').click();
      const link = first.page.locator('[data-share-link]');
      await expect.poll(() => link.inputValue()).toMatch(/#plan=v1\./);
      const url = new URL(await link.inputValue());
      expect(url.pathname).toBe('/zh-tw/checker/');
      expect(url.search).toBe('');
      expect(first.page.url()).toBe(url.href);
      expect(requests).toEqual([]);

      // Opened elsewhere, the link brings back the same form and the same answer.
      await second.page.goto(url.href);
      await expect.poll(() => verdict(second.page)).toBe(scenario.verdict);
      expect(await formEntries(second.page)).toEqual(await formEntries(first.page));
      expect(await findingRules(second.page)).toEqual(scenario.rules);

      expect([...first.problems, ...second.problems]).toEqual([]);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('starting over clears the form and the link', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      await fillState(page, (SCENARIOS[1] as (typeof SCENARIOS)[number]).state);
      await page.locator('[data-share]').click();
      await expect.poll(() => page.url()).toMatch(/#plan=v1\./);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator('[data-reset]').click();
      await expect.poll(() => verdict(page)).toBe('invalid');
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('#cm-customer-name').inputValue()).toBe('');
      expect(await page.locator('[data-line]').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a damaged link leaves the empty form', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/#plan=v1.bm90LWRlZmxhdGU');
      await expect.poll(() => verdict(page)).toBe('invalid');
      expect(await page.locator('#cm-partner-name').inputValue()).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('nothing leaves the browser', { timeout: SLOW }, () => {
  test('after load, the only requests are the lazily loaded scripts of this site', async () => {
    const { page, problems, foreignRequests, close } = await newPage(site.browser, site.origin);
    try {
      await openChecker(page, '/checker/');
      await page.waitForLoadState('networkidle');
      const after = watchRequests(page);
      const scenario = SCENARIOS[2] as (typeof SCENARIOS)[number];
      await fillState(page, scenario.state);
      await expect.poll(() => verdict(page)).toBe(scenario.verdict);
      await download(page, 'private.plan.yaml');
      await page.locator('[data-import]').setInputFiles(join(EXAMPLES, 'small-business.plan.yaml'));
      await page.locator('[data-share]').click();
      await expect.poll(() => page.locator('[data-share-link]').inputValue()).toMatch(/#plan=/);
      for (const request of after) {
        expect(request.type).toBe('script');
        expect(new URL(request.url).origin).toBe(site.origin);
        expect(new URL(request.url).pathname).toMatch(/^\/_astro\/[^/]+\.js$/);
      }
      expect(foreignRequests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
