import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listInput } from '../src/action/run.ts';
import { jobSummary, SUMMARY_LIMIT } from '../src/formatters/job-summary.ts';
import type { Diagnostic, FileResult } from '../src/types.ts';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// The Action as GitHub runs it: node runs action.yml's `main` (the committed bundle) with the inputs as
// INPUT_* variables and the GITHUB_* files of the step, in the workspace.
const ROOT = join(PACKAGE_ROOT, '..', '..');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');

/** GITHUB_OUTPUT's multi-line entries (`name<<delimiter … delimiter`) as an object. */
function outputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    found[m[1] as string] = m[3] as string;
  return found;
}

function runAction(workspace: string, inputs: Record<string, string>) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(workspace, '..', 'output.txt'),
    GITHUB_STEP_SUMMARY: join(workspace, '..', 'summary.md'),
    RUNNER_TEMP: join(workspace, '..'),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // GitHub passes every declared input, with its default when the workflow does not set it.
  for (const [name, spec] of Object.entries(action.inputs as Record<string, { default?: string }>)) {
    env[`INPUT_${name.toUpperCase()}`] ??= spec.default ?? '';
  }
  // The runner starts the Action in the workspace; run it from elsewhere to prove it uses GITHUB_WORKSPACE.
  const run = spawnSync(process.execPath, [join(ROOT, action.runs.main)], {
    cwd: PACKAGE_ROOT,
    env,
    encoding: 'utf8',
  });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    outputs: outputs(env.GITHUB_OUTPUT as string),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'),
  };
}

function step(files: Record<string, string>): string {
  const dir = folderWith({ ...files, 'output.txt': '', 'summary.md': '' });
  return dir;
}

describe('the GitHub Action', () => {
  it('is a JavaScript action on Node 24 whose entry is committed', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
    expect(action.inputs['upload-sarif']).toBeUndefined();
  });

  it('annotates a bad plan, writes the summary, the reports and the outputs', () => {
    const root = step({ 'ws/plans/ready.yaml': READY_PLAN, 'ws/plans/b yaml/blocked.yaml': BLOCKED });
    const run = runAction(join(root, 'ws'), { paths: 'plans', formats: 'sarif json' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=plans\/b yaml\/blocked\.yaml,line=10,[^\n]*title=[a-z-]+::/m);
    expect(run.outputs).toMatchObject({
      'exit-code': '1',
      result: 'failed',
      files: '2',
      errors: '1',
      'sarif-file': 'csp-move-report/csp-move.sarif',
      'json-file': 'csp-move-report/csp-move.json',
    });
    const sarif = JSON.parse(readFileSync(join(root, 'ws/csp-move-report/csp-move.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(run.summary).toContain('## csp-move plan check');
    expect(run.summary).toContain('`plans/b yaml/blocked.yaml`');
    expect(run.summary).toContain('`csp-move-report/csp-move.sarif`');
  });

  it('passes on clean plans with the default inputs, and leaves no temporary report behind', () => {
    const root = step({ 'ws/plans/ready.yaml': READY_PLAN });
    const run = runAction(join(root, 'ws'), { 'fail-on': 'warning' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'exit-code': '0', result: 'passed', files: '1', errors: '0' });
    expect(run.outputs['json-file']).toBe('');
    expect(existsSync(join(root, 'ws/csp-move-report/csp-move.sarif'))).toBe(true);
    expect(spawnSync('ls', [root], { encoding: 'utf8' }).stdout.split('\n').sort()).toEqual(
      ['', 'output.txt', 'summary.md', 'ws'].sort(),
    );
  });

  it('tells "could not run" (exit 2) from findings, with an error annotation', () => {
    const root = step({ 'ws/plans/ready.yaml': READY_PLAN });
    const missing = runAction(join(root, 'ws'), { paths: 'plans\nno-such.plan.yaml' });
    expect(missing.code).toBe(2);
    expect(missing.outputs).toMatchObject({ 'exit-code': '2', result: 'error', files: '0' });
    expect(missing.stdout).toMatch(/^::error title=csp-move could not run::.*no-such\.plan\.yaml/m);
    const format = runAction(join(root, 'ws'), { formats: 'sarif, html' });
    expect(format.code).toBe(2);
    expect(format.stdout).toMatch(/^::error title=csp-move could not run::unknown report format html/m);
    const config = runAction(join(root, 'ws'), { config: 'nowhere.yaml' });
    expect(config.outputs.result).toBe('error');
  });

  it('reads list inputs one per line, or separated by spaces or commas', () => {
    expect(listInput('plans\n  a b.plan.yaml \n\n')).toEqual(['plans', 'a b.plan.yaml']);
    expect(listInput('sarif, json junit')).toEqual(['sarif', 'json', 'junit']);
    expect(listInput('')).toEqual([]);
  });
});

describe('the job summary', () => {
  const finding = (n: number): Diagnostic => ({
    rule: 'unknown-offer',
    severity: 'error',
    message: `"offer-${n}" is not an offer in the catalog, and this message is long enough to matter: ${'x'.repeat(200)}`,
    pointer: `/subscriptions/${n}/offer`,
    range: { start: { line: n + 1, column: 5 }, end: { line: n + 1, column: 9 } },
    help: 'https://csp-move.dev/rules/unknown-offer/',
  });
  const files: FileResult[] = Array.from({ length: 40 }, (_, f) => ({
    path: `plans/customer-${f}.plan.yaml`,
    verdict: 'blocked',
    diagnostics: Array.from({ length: 200 }, (_, n) => finding(n)),
    suppressed: [],
  }));
  const options = { locale: 'en', color: false, failOn: 'error', toolVersion: '0.0.0' } as const;

  it('stays under GitHub 1 MiB limit on thousands of findings and says where all of them are', () => {
    const summary = jobSummary({ files }, { ...options, reports: ['out/csp-move.sarif'] });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(SUMMARY_LIMIT).toBeLessThan(1024 * 1024);
    expect(summary).toMatch(/lists \d+ of 8000 findings/);
    expect(summary).toContain('`out/csp-move.sarif`');
    // Every file is still in the files table; the cut ends on a finding row.
    // File names are escaped as text (they come from the file system), not put in code spans.
    for (const file of files) expect(summary).toContain(`| ${file.path} |`);
    expect(summary.trimEnd().split('\n').at(-1)).toMatch(/^\| \d+:\d+ \|/);
    const zh = jobSummary({ files }, { ...options, locale: 'zh-TW', reports: ['a.sarif'] });
    expect(Buffer.byteLength(zh)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(zh).toContain('個發現中的');
  });

  it('is the whole Markdown report when it fits', () => {
    const small = { files: files.slice(0, 1).map((f) => ({ ...f, diagnostics: f.diagnostics.slice(0, 3) })) };
    const summary = jobSummary(small, options);
    expect(summary).not.toContain('shortened');
    expect(summary.match(/^\| \d+:\d+ \|/gm)).toHaveLength(3);
  });
});
