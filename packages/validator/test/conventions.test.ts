import { chmodSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/cli/output.ts';
import { declaresPlan, hasPlanName } from '../src/node/recognize.ts';
import { excluder } from '../src/node/select.ts';
import { runCli } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// What partners expect from the linters they know (ESLint, yamllint, Spectral).
const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
const TYPOS = planWith('    termEnd: 2027-05-31', '    termend: 2027-05-31').replace(
  '  partnerId: "6120457"',
  '  partnerId: 6120457',
);
const checked = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('config file', () => {
  it('is found in a folder above the working folder; its patterns are relative to it', () => {
    const dir = folderWith({
      '.csp-move.yaml': 'locale: zh-TW\nexclude:\n  - team/drafts/**\n',
      'team/a.plan.yaml': READY_PLAN,
      'team/drafts/b.plan.yaml': BLOCKED,
    });
    const run = runCli(['validate', '--format', 'json'], { cwd: join(dir, 'team') });
    expect(run.code).toBe(0);
    expect(checked(run.stdout)).toEqual(['a.plan.yaml']);
    const text = runCli(['validate'], { cwd: join(dir, 'team') });
    expect(text.stdout).toContain('已檢查 1 個檔案');
  });

  it('applies exclude to files named on the command line too, with a note', () => {
    const dir = folderWith({
      '.csp-move.yaml': 'exclude:\n  - drafts\n',
      'plans/a.yaml': READY_PLAN,
      'drafts/b.plan.yaml': BLOCKED,
    });
    const run = runCli(['validate', '--format', 'json', 'plans/a.yaml', 'drafts/b.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(checked(run.stdout)).toEqual(['plans/a.yaml']);
    expect(run.stderr).toContain('drafts/b.plan.yaml was not checked: it matches an exclude pattern');
    // Only excluded files named: nothing to check is not an error (pre-commit may name just those).
    const only = runCli(['validate', 'drafts/b.plan.yaml'], { cwd: dir });
    expect(only.code).toBe(0);
  });

  it('excludes a file when it or a folder above it matches', async () => {
    const excluded = await excluder(['drafts', 'old/*.yaml'], '/repo');
    expect(excluded('/repo/drafts/x/a.plan.yaml')).toBe(true);
    expect(excluded('/repo/old/a.yaml')).toBe(true);
    expect(excluded('/repo/plans/drafts.plan.yaml')).toBe(false);
    expect(excluded('/elsewhere/drafts/a.yaml')).toBe(false);
  });
});

describe('validate <folder>', () => {
  it('checks plan files only: *.plan.yaml and YAML that declares a plan', () => {
    const dir = folderWith({
      'a.plan.yaml': READY_PLAN,
      'b.plan.yml': READY_PLAN,
      'sub/plan-by-content.yaml': READY_PLAN.replace(/^# yaml-language-server.*\n/, ''),
      'sub/modeline-only.yaml': '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'docker-compose.yaml': 'version: "3"\nservices: {}\n',
      'other.yaml': 'version: 2\nname: not a plan\n',
    });
    const run = runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(checked(run.stdout)).toEqual([
      'a.plan.yaml',
      'b.plan.yml',
      'sub/modeline-only.yaml',
      'sub/plan-by-content.yaml',
    ]);
    // A file named explicitly is checked whatever it looks like.
    expect(checked(runCli(['validate', 'other.yaml', '-f', 'json'], { cwd: dir }).stdout)).toEqual([
      'other.yaml',
    ]);
  });

  it('says so when a folder has no plan files', () => {
    const dir = folderWith({ 'config.yaml': 'a: 1\n' });
    const run = runCli(['validate', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No plan files found for .');
  });

  it('recognises a plan from its name or its first lines', () => {
    expect(hasPlanName('x/Customer.PLAN.yml')).toBe(true);
    expect(hasPlanName('plan.yaml')).toBe(false);
    expect(hasPlanName('customers/plans/2027/a.yml')).toBe(true);
    expect(hasPlanName('myplans/a.yml')).toBe(false);
    expect(declaresPlan('\uFEFFversion: "2"\r\nsubscriptions: []\r\n')).toBe(true);
    expect(declaresPlan('version: 1 # plan\npartner:\n  name: x\n')).toBe(true);
    expect(declaresPlan('version: 3\npartner: {}\n')).toBe(false);
    expect(declaresPlan('  version: 2\n  partner: {}\n')).toBe(false);
    expect(declaresPlan('version: 2\n')).toBe(false);
  });
});

describe('--fix', () => {
  it('applies the one fix each finding offers, atomically, keeping the file mode', () => {
    const dir = folderWith({ 'a.plan.yaml': TYPOS, 'ok.plan.yaml': READY_PLAN });
    chmodSync(join(dir, 'a.plan.yaml'), 0o640);
    const run = runCli(['validate', '--fix', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 files checked, no problems');
    expect(run.stderr).toContain('Fixed 2 problems in a.plan.yaml.');
    expect(readFileSync(join(dir, 'a.plan.yaml'), 'utf8')).toBe(READY_PLAN);
    expect(statSync(join(dir, 'a.plan.yaml')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'ok.plan.yaml')).mtimeMs).toBeLessThanOrEqual(statSync(dir).mtimeMs);
  });

  it('refuses to rewrite a symbolic link and reports the findings as they are', () => {
    const dir = folderWith({ 'real/a.yaml': TYPOS });
    symlinkSync(join(dir, 'real/a.yaml'), join(dir, 'link.plan.yaml'));
    const run = runCli(['validate', '--fix', 'link.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Did not fix link.plan.yaml: it is a symbolic link');
    expect(readFileSync(join(dir, 'real/a.yaml'), 'utf8')).toBe(TYPOS);
  });

  it('leaves standard input alone', () => {
    const run = runCli(['validate', '--fix', '-'], { input: TYPOS });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('Fixed');
  });
});

describe('colour', () => {
  const tty = (env: Record<string, string>) => ({
    cwd: '/',
    env,
    stdout: { write: () => true, isTTY: true },
    stderr: { write: () => true },
    readStdin: async () => '',
  });
  it('is off with FORCE_COLOR=0 or false, even on a terminal', () => {
    expect(useColor(tty({}), 'stdout', {})).toBe(true);
    expect(useColor(tty({ FORCE_COLOR: '0' }), 'stdout', {})).toBe(false);
    expect(useColor(tty({ FORCE_COLOR: 'false' }), 'stdout', {})).toBe(false);
    expect(useColor(tty({ FORCE_COLOR: '0' }), 'stdout', { color: true })).toBe(true);
    expect(useColor({ ...tty({ FORCE_COLOR: '1' }), stdout: { write: () => true } }, 'stdout', {})).toBe(
      true,
    );
  });

  it('FORCE_COLOR=0 reaches the CLI', () => {
    const dir = folderWith({ 'a.plan.yaml': BLOCKED });
    const run = runCli(['validate'], { cwd: dir, env: { FORCE_COLOR: '0', NO_COLOR: '' } });
    expect(run.stdout).not.toContain('\u001b[');
  });
});
