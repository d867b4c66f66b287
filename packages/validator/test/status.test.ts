import { defaultCatalog } from '@csp-move/rules/catalog';
import { stepTitle } from '@csp-move/rules/timeline';
import { describe, expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { displayWidth } from '../src/formatters/width.ts';
import { STATUS_FORMATTERS, statusReport } from '../src/status/index.ts';
import type { FileStep } from '../src/types.ts';
import { runCli } from './helpers/cli.ts';
import { UPCOMING_PLAN } from './helpers/fixtures.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
const catalog = defaultCatalog();
const reword = (step: FileStep, locale: 'en' | 'zh-TW') =>
  stepTitle({ kind: step.kind as never, params: step.params, variant: step.variant }, locale, catalog);

function files(today?: string) {
  const options = today ? { today } : {};
  return [
    validateText(READY_PLAN, { path: 'a/ready.plan.yaml', ...options }),
    validateText(UPCOMING_PLAN, { path: 'b/upcoming.plan.yaml', ...options }),
    validateText(BLOCKED, { path: 'c/blocked.plan.yaml', ...options }),
    validateText('version: 2\n', { path: 'd/broken.plan.yaml' }),
  ];
}

describe('statusReport', () => {
  it('puts overdue plans first, then unreadable files, then by days left', () => {
    // On 2027-03-23 the upcoming plan's relationship request (due 2027-03-22) is overdue.
    const report = statusReport(files('2027-03-23'));
    expect(report.rows.map((r) => [r.path, r.next?.state, r.daysLeft])).toEqual([
      ['b/upcoming.plan.yaml', 'overdue', -1],
      ['d/broken.plan.yaml', undefined, undefined],
      ['a/ready.plan.yaml', 'upcoming', 64],
      ['c/blocked.plan.yaml', 'upcoming', 64],
    ]);
    expect(report.rows[0]?.overdue.map((s) => s.id)).toEqual(['send-request']);
  });

  it('keeps only what is due within the window, overdue plans and unreadable files', () => {
    const report = statusReport(files('2027-05-20'), 14);
    expect(report.rows.map((r) => r.path)).toEqual([
      'b/upcoming.plan.yaml',
      'd/broken.plan.yaml',
      'a/ready.plan.yaml',
      'c/blocked.plan.yaml',
    ]);
    const early = statusReport(files('2027-01-04'), 14);
    expect(early.rows.map((r) => r.path)).toEqual(['d/broken.plan.yaml']);
    expect(early.total).toBe(4);
  });
});

describe('status formats', () => {
  const report = statusReport(files('2027-03-23'));
  const options = { locale: 'en' as const, color: false, reword };

  it('fits the table to the terminal width, cutting the step and the file', () => {
    const wide = STATUS_FORMATTERS.table(report, options);
    const narrow = STATUS_FORMATTERS.table(report, { ...options, columns: 100 });
    const tableLines = (text: string) => text.split('\n').slice(0, report.rows.length + 1);
    expect(Math.max(...tableLines(wide).map(displayWidth))).toBeGreaterThan(100);
    for (const line of tableLines(narrow)) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(narrow).toContain('…');
  });

  it('counts Chinese characters as two columns when fitting the width', () => {
    const zh = STATUS_FORMATTERS.table(statusReport(files('2027-03-23')), {
      ...options,
      locale: 'zh-TW',
      columns: 90,
    });
    for (const line of zh.split('\n').slice(0, 5)) expect(displayWidth(line)).toBeLessThanOrEqual(90);
  });

  it('writes one self-contained HTML page that escapes every plan value and holds both locales', () => {
    const html = STATUS_FORMATTERS.html(report, options);
    expect(html).not.toMatch(/<script[^>]+src=|<link|@import|url\(|https?:\/\/(?!csp-move)/i);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<Taipei>');
    expect(html).toContain('Fourth Coffee &lt;Taipei&gt;, &quot;Ltd&quot;; \\ &amp; Co');
    expect(html).toContain('<span data-l="en">Send the reseller relationship request');
    expect(html).toContain('<span data-l="zh-TW">將轉銷商關係要求寄給');
    expect(html).toMatch(/<tr data-state="overdue">/);
  });

  it('writes JSON with the next step, days left and every step of each plan', () => {
    const json = JSON.parse(STATUS_FORMATTERS.json(report, options));
    expect(json.version).toBe(1);
    expect(json.plans[0]).toMatchObject({
      path: 'b/upcoming.plan.yaml',
      verdict: 'blocked',
      today: '2027-03-23',
      nextStep: { id: 'send-request', state: 'overdue', due: '2027-03-22' },
      date: '2027-03-22',
      daysLeft: -1,
      overdue: ['send-request'],
    });
    expect(json.plans[0].steps.length).toBeGreaterThan(3);
    expect(json.summary).toEqual({ plans: 4, shown: 4, overdue: 1 });
  });

  it('escapes Markdown table breaks in plan values', () => {
    const md = STATUS_FORMATTERS.markdown(
      statusReport([
        validateText(UPCOMING_PLAN.replace('Fourth Coffee', 'Fourth | Coffee'), { path: 'x.yaml' }),
      ]),
      options,
    );
    expect(md).toContain('Fourth \\| Coffee \\<Taipei\\>');
  });
});

// The scenario of the issue: a move three months out is ready, with its next step named, and exits 0;
// judged after that step's due date it is blocked by the overdue step, and exits 1.
describe('a plan three months out, in CI', () => {
  const dir = folderWith({ 'fourth.plan.yaml': UPCOMING_PLAN });

  it('is ready with the relationship request as its next step, and exits 0', () => {
    const validate = runCli(['validate', 'fourth.plan.yaml', '-f', 'json'], { cwd: dir });
    expect(validate.code).toBe(0);
    const file = JSON.parse(validate.stdout).files[0];
    expect(file.verdict).toBe('ready');
    expect(file.nextStep).toMatchObject({
      id: 'send-request',
      kind: 'send-request',
      state: 'upcoming',
      due: '2027-03-22',
    });
    const status = runCli(['status', 'fourth.plan.yaml', '-f', 'json'], { cwd: dir });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).plans[0]).toMatchObject({ verdict: 'ready', daysLeft: 77 });
  });

  it('exits 1 with the overdue step once judged after its due date', () => {
    const validate = runCli(['validate', '--today', '2027-03-23', 'fourth.plan.yaml', '-f', 'json'], {
      cwd: dir,
    });
    expect(validate.code).toBe(1);
    const file = JSON.parse(validate.stdout).files[0];
    expect(file.verdict).toBe('blocked');
    expect(file.findings.filter((f: { severity: string }) => f.severity === 'error')).toMatchObject([
      { rule: 'reseller-relationship-missing', kind: 'step', due: '2027-03-22' },
    ]);
    expect(file.nextStep).toMatchObject({ id: 'send-request', state: 'overdue' });
    expect(runCli(['status', '--today', '2027-03-23', 'fourth.plan.yaml'], { cwd: dir }).code).toBe(1);
    expect(
      runCli(['status', '--today', '2027-03-23', '--fail-on', 'never', 'fourth.plan.yaml'], { cwd: dir })
        .code,
    ).toBe(0);
  });
});
