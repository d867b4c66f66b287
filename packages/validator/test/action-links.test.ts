// Regression tests for issue 21 item 2: the Action wrote its reports through symbolic links that a pull
// request commits (creating or overwriting files outside the workspace), a YAML key with line breaks
// became lines of its own in the JUnit report, and a report linked to /dev/null zeroed the outputs.
// The Action's own code (src/action) runs here over a workspace with committed links.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../src/action/run.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
// A key whose line breaks would start lines of their own (`.npmrc` takes `registry=` from any line).
const EVIL_KEY = 'x\nregistry=https://evil.example/\n';
const HOSTILE = `${READY_PLAN}${JSON.stringify(EVIL_KEY)}: 1\n`;

/** Runs the Action's code with these inputs over `workspace`, as the runner would. */
async function act(root: string, inputs: Record<string, string>, runner: Record<string, string> = {}) {
  const workspace = join(root, 'ws');
  const temp = join(root, 'runner-temp');
  mkdirSync(temp, { recursive: true });
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(root, 'output.txt'),
    RUNNER_TEMP: temp,
    'INPUT_REPORT-DIR': 'csp-move-report',
    'INPUT_FAIL-ON': 'error',
    INPUT_PATHS: 'plans',
    ...runner,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  let stdout = '';
  let stderr = '';
  const code = await runAction({
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  const outputs: Record<string, string> = {};
  const text =
    existsSync(env.GITHUB_OUTPUT as string) && lstatSync(env.GITHUB_OUTPUT as string).isFile()
      ? readFileSync(env.GITHUB_OUTPUT as string, 'utf8')
      : '';
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1] as string] = m[3] as string;
  return { code, stdout, stderr, outputs, temp };
}

function workspace(files: Record<string, string>): string {
  const root = folderWith({ 'ws/plans/a.plan.yaml': BLOCKED, ...files });
  mkdirSync(join(root, 'elsewhere'), { recursive: true });
  return root;
}

describe('the Action never writes through a link the checked-out tree holds', () => {
  it('a committed report folder linked elsewhere: exit 2 naming the link, nothing written there', async () => {
    const root = workspace({});
    symlinkSync(join(root, 'elsewhere'), join(root, 'ws/csp-move-report'));
    const run = await act(root, { formats: 'sarif junit' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"csp-move-report" is a symbolic link/);
    expect(run.stdout).toMatch(/^::error title=csp-move could not run::/m);
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
    expect(run.outputs).toMatchObject({ 'exit-code': '2', result: 'error', errors: '0' });
  });

  it('a dangling committed link at a report path: exit 2, its target is not created', async () => {
    const root = workspace({ 'ws/csp-move-report/.keep': '' });
    symlinkSync(join(root, 'elsewhere/created.sarif'), join(root, 'ws/csp-move-report/csp-move.sarif'));
    const run = await act(root, { formats: 'sarif' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"csp-move-report\/csp-move\.sarif" is a symbolic link/);
    expect(existsSync(join(root, 'elsewhere/created.sarif'))).toBe(false);
  });

  it('csp-move.json linked to /dev/null cannot make the outputs say errors=0 next to exit-code=1', async () => {
    const root = workspace({ 'ws/csp-move-report/.keep': '' });
    symlinkSync('/dev/null', join(root, 'ws/csp-move-report/csp-move.json'));
    const linked = await act(root, { formats: 'json' });
    expect(linked.code).toBe(2);
    expect(linked.outputs).toMatchObject({ 'exit-code': '2', errors: '0' });
    expect(lstatSync(join(root, 'ws/csp-move-report/csp-move.json')).isSymbolicLink()).toBe(true);
    // Without the link, the counts come from the Action's own report and agree with the exit code.
    const plain = await act(workspace({}), { formats: 'json' });
    expect(plain.code).toBe(1);
    expect(plain.outputs).toMatchObject({ 'exit-code': '1', errors: '1', files: '1' });
    expect(readdirSync(plain.temp)).toEqual([]);
  });
});

describe('report bodies keep a value from the file on its line', () => {
  it('a YAML key with line breaks never starts a line of any report', async () => {
    const root = folderWith({ 'ws/plans/a.plan.yaml': HOSTILE });
    const run = await act(root, { formats: 'sarif json junit markdown' });
    expect(run.code).toBe(1);
    for (const name of readdirSync(join(root, 'ws/csp-move-report'))) {
      const report = readFileSync(join(root, 'ws/csp-move-report', name), 'utf8');
      expect([name, report.includes('evil.example')]).toEqual([name, true]);
      expect([name, report.split(/\r?\n/).filter((line) => line.startsWith('registry='))]).toEqual([
        name,
        [],
      ]);
    }
    expect(run.stdout.split('\n').filter((line) => line.startsWith('registry='))).toEqual([]);
  });
});

describe('outputs the runner cannot take', () => {
  // GITHUB_OUTPUT that is a folder, or on a full disk, threw out of the Action with a stack trace.
  it('a GITHUB_OUTPUT that is a folder: exit 2 naming it and why, with an error annotation', async () => {
    const root = workspace({});
    mkdirSync(join(root, 'outputs'));
    const run = await act(root, { formats: 'json' }, { GITHUB_OUTPUT: join(root, 'outputs') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Cannot write "${join(root, 'outputs')}": it is a folder.`);
    expect(run.stdout).toMatch(/^::error title=csp-move could not write its outputs::Cannot write /m);
  });

  it.runIf(existsSync('/dev/full'))('a full disk: exit 2, in the chosen language', async () => {
    const run = await act(
      workspace({}),
      { formats: 'json', locale: 'zh-TW' },
      { GITHUB_OUTPUT: '/dev/full' },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('無法寫入「/dev/full」：裝置已無剩餘空間。');
  });
});
