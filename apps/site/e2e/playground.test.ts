import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newPage, runAxe, useSite } from './harness.ts';

/** The plan playground: the CLI's diagnostics at their lines, fixes with a click, in both languages. */

const SLOW = 120_000;
const CLI = fileURLToPath(new URL('../../../packages/validator/bin/csp-move.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../content/examples/', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.plan.yaml'));

/** A plan with a misspelt key and a YAML 1.1 boolean: two diagnostics that come with fixes. */
const TYPOS = `version: 1
asOf: 2027-01-10
partner:
  name: Contoso
  country: DE
customer:
  name: Fabrikam
  country: AT
  agreementAccepted: true
relationship:
  reseller: accepted
  acceptedOn: 2026-12-30
  adminAccess: gdap
subscriptions:
  - id: e3
    offer: office-365-e3
    quantity: 10
    channel: web-direct
    termEnds: 2027-03-31
    autoRenew: no
    exit: expire
    target:
      offer: office-365-e3
      quantity: 10
      provisionOn: 2027-03-24
`;

const site = useSite();
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csp-move-playground-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Shown {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

let runs = 0;

interface Judged {
  verdict: string;
  diagnostics: Shown[];
}

/**
 * What `csp-move validate --format json` says about each text, by name: one run for all of them, each
 * text in a file of that name in a folder of its own (tests run at once).
 */
function cliAll(texts: ReadonlyMap<string, string>, locale: string): Map<string, Judged> {
  const dir = join(work, `run-${++runs}`);
  mkdirSync(dir);
  const files = [...texts].map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
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
  interface Finding {
    rule: string;
    severity: string;
    message: string;
    range: { start: { line: number; column: number } };
  }
  const report = JSON.parse(run.stdout) as {
    files: { path: string; verdict: string; findings: Finding[] }[];
  };
  return new Map(
    report.files.map((result) => [
      basename(result.path),
      {
        verdict: result.verdict,
        diagnostics: result.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          line: f.range.start.line,
          column: f.range.start.column,
        })),
      },
    ]),
  );
}

/** What `csp-move validate --format json` says about a text. */
function cli(text: string, locale: string): Judged {
  return cliAll(new Map([['plan.yaml', text]]), locale).get('plan.yaml') as Judged;
}

/** The diagnostics the page lists, once it has validated `text`. */
async function shown(page: Page): Promise<Shown[]> {
  return page.locator('[data-diagnostics] li[data-rule]').evaluateAll((items) =>
    items.map((li) => {
      const item = li as HTMLElement;
      return {
        rule: item.dataset.rule ?? '',
        severity: item.dataset.severity ?? '',
        // Code in a message is shown as <code>; the CLI writes it between backticks.
        message: [...(item.querySelector('.pg-text')?.childNodes ?? [])]
          .map((node) => (node.nodeName === 'CODE' ? `\`${node.textContent}\`` : node.textContent))
          .join(''),
        line: Number(item.dataset.line),
        column: Number(item.dataset.column),
      };
    }),
  );
}

async function openPlayground(page: Page, prefix: string): Promise<void> {
  await page.goto(`${site.origin}${prefix}/playground/`);
  // The editor loads lazily; the verdict appears once it has validated the starting text.
  await expect.poll(() => page.locator('[role="status"]').getAttribute('data-verdict')).toMatch(/^[a-z-]+$/);
}

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('playground ($locale)', { timeout: SLOW }, ({ locale, prefix }) => {
  test('shows for every example exactly what csp-move validate prints, at the same lines', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openPlayground(page, prefix);
      const texts = new Map(examples.map((name) => [name, readFileSync(join(EXAMPLES, name), 'utf8')]));
      const judged = cliAll(texts, locale);
      for (const name of examples) {
        await page.locator('#pg-example').selectOption(name);
        const text = texts.get(name) as string;
        expect(await page.locator('#pg-text').inputValue()).toBe(text);
        const expected = judged.get(name) as Judged;
        await expect
          .poll(() => page.locator('[role="status"]').getAttribute('data-verdict'))
          .toBe(expected.verdict);
        expect({ name, diagnostics: await shown(page) }).toEqual({ name, diagnostics: expected.diagnostics });
        // Each diagnostic is marked in the gutter at its line, with the page's line:column.
        for (const d of expected.diagnostics) {
          expect(
            await page.locator(`[data-gutter] > [data-line="${d.line}"]`).getAttribute('data-severity'),
          ).toBeTruthy();
        }
        const positions = await page.locator('[data-diagnostics] .pg-goto [data-position]').allTextContents();
        expect(positions).toEqual(expected.diagnostics.map((d) => `${d.line}:${d.column}`));
      }
      expect(await runAxe(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('fixes are applied with a click, and the text then validates as the CLI says', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openPlayground(page, prefix);
      await page.locator('#pg-text').fill(TYPOS);
      await expect.poll(() => shown(page)).toEqual(cli(TYPOS, locale).diagnostics);
      expect(await shown(page)).toHaveLength(2);
      expect(await page.locator('[data-gutter] > [data-line="19"]').getAttribute('data-severity')).toBe(
        'error',
      );
      expect(await page.locator('[data-gutter] > [data-line="20"]').getAttribute('data-severity')).toBe(
        'error',
      );
      expect(await page.locator('[data-layer] mark[data-severity="error"]').allTextContents()).toEqual([
        'termEnds',
        'no',
      ]);
      expect(await runAxe(page)).toEqual([]);

      await page.locator('[data-diagnostics] .pg-fix').first().click();
      await expect.poll(() => shown(page).then((d) => d.length)).toBe(1);
      await page.locator('[data-diagnostics] .pg-fix').first().click();
      const fixed = await page.locator('#pg-text').inputValue();
      expect(fixed).toContain('    termEnd: 2027-03-31\n    autoRenew: false\n');
      const expected = cli(fixed, locale);
      await expect
        .poll(() => page.locator('[role="status"]').getAttribute('data-verdict'))
        .toBe(expected.verdict);
      expect(await shown(page)).toEqual(expected.diagnostics);
      expect(await page.locator('[data-message]').textContent()).toBeTruthy();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('playground and CLI on a plan the schema refuses ($locale)', { timeout: SLOW }, ({ locale, prefix }) => {
  test('both list the schema error, and both say in the same words that the rules run once it is fixed', async () => {
    // A plan whose rules find a retired target offer, with a partner id the schema refuses elsewhere.
    const valid = readFileSync(join(EXAMPLES, 'retired-target-offer.plan.yaml'), 'utf8');
    const broken = valid.replace('partnerId: "7013388"', 'partnerId: "70-13388x"');
    expect(broken).not.toBe(valid);
    const file = join(work, `rules-wait-${locale}.plan.yaml`);
    writeFileSync(file, broken);
    const text = spawnSync(process.execPath, [CLI, 'validate', file, '--locale', locale], {
      encoding: 'utf8',
    }).stdout;
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openPlayground(page, prefix);
      await page.locator('#pg-text').fill(broken);
      const expected = cli(broken, locale);
      expect(expected.verdict).toBe('invalid');
      expect(expected.diagnostics.map((d) => d.rule)).toEqual(['pattern-mismatch']);
      await expect.poll(() => shown(page)).toEqual(expected.diagnostics);
      const note = page.locator('[data-rules-wait]');
      await expect.poll(() => note.isVisible()).toBe(true);
      const said = (await note.textContent()) ?? '';
      expect(said).not.toBe('');
      // The CLI prints the same sentence under the file's errors.
      expect(text.split('\n').map((line) => line.trim())).toContain(said);
      expect(await runAxe(page)).toEqual([]);

      // Fixed, the plan is judged: the rule's finding appears, as the CLI lists it, and the note goes.
      await page.locator('#pg-text').fill(valid);
      const judged = cli(valid, locale);
      expect(judged.diagnostics.map((d) => d.rule)).toContain('retired-target-offer');
      await expect.poll(() => shown(page)).toEqual(judged.diagnostics);
      expect(await note.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('playground with the keyboard', { timeout: SLOW }, () => {
  test('a diagnostic’s position button puts the caret on its range', async () => {
    const { page, problems, close } = await newPage(site.browser, site.origin);
    try {
      await openPlayground(page, '');
      await page.locator('#pg-text').fill(TYPOS);
      await expect.poll(() => shown(page).then((d) => d.length)).toBe(2);
      // From the text box, Tab leaves it (it does not insert a tab) and reaches the diagnostics.
      await page.locator('#pg-text').focus();
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('pg-goto'))) break;
      }
      expect(
        await page.evaluate(() => document.activeElement?.querySelector('[data-position]')?.textContent),
      ).toBe('19:5');
      await page.keyboard.press('Enter');
      const selection = await page.locator('#pg-text').evaluate((t) => {
        const area = t as HTMLTextAreaElement;
        return area.value.slice(area.selectionStart, area.selectionEnd);
      });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pg-text');
      expect(selection).toBe('termEnds');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('playground files and privacy', { timeout: SLOW }, () => {
  test('opens a file, downloads the text, and sends nothing anywhere', async () => {
    const { page, problems, foreignRequests, close } = await newPage(site.browser, site.origin);
    try {
      const requests: { url: string; type: string }[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'blob:' || url.protocol === 'data:' || url.pathname.startsWith('/favicon'))
          return;
        requests.push({ url: request.url(), type: request.resourceType() });
      });
      await page.goto(`${site.origin}/playground/`);
      await page.waitForLoadState('load');
      const atLoad = requests.length;
      await expect
        .poll(() => page.locator('[role="status"]').getAttribute('data-verdict'))
        .toMatch(/^[a-z-]+$/);
      const path = join(work, 'typos.plan.yaml');
      writeFileSync(path, TYPOS);
      await page.locator('#pg-open').setInputFiles(path);
      await expect.poll(() => page.locator('#pg-text').inputValue()).toBe(TYPOS);
      await expect.poll(() => shown(page).then((d) => d.length)).toBe(2);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-download]').click(),
      ]);
      const saved = join(work, 'saved.yaml');
      await download.saveAs(saved);
      expect(readFileSync(saved, 'utf8')).toBe(TYPOS);
      // After the page itself, only this site's lazily loaded scripts (the editor and validator).
      for (const request of requests.slice(atLoad)) {
        expect(request.type).toBe('script');
        expect(new URL(request.url).pathname).toMatch(/^\/_astro\/[^/]+\.js$/);
      }
      expect(foreignRequests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
