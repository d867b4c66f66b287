// Regression tests for issue 21 item 1: on a disk that runs out of space a write returns a short count
// instead of failing, and a single write call left truncated plans, reports and caches behind with
// exit 0. Every writer now writes every byte or stops with exit 2, leaving the old file as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, PACKAGE_ROOT, runCli } from './helpers/cli.ts';
import { READY_PLAN, READY_PLAN_V1 } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const SHORT_WRITE = pathToFileURL(join(PACKAGE_ROOT, 'test/helpers/short-write.mjs')).href;

// Long enough that a 4 KB write cannot hold it: the comments are what a truncated file kept.
const PADDING = `${'# notes for the account team, kept in the plan\n'.repeat(120)}`;
const BIG_V1 = PADDING + READY_PLAN_V1;
const BIG_PLAN = PADDING + READY_PLAN;

/** Runs the CLI on a disk with `bytes` left, as writes to regular files see it. */
function onNearlyFullDisk(args: string[], cwd: string, bytes = 4096): CliRun {
  return runCli(args, {
    cwd,
    nodeOptions: ['--import', SHORT_WRITE],
    env: { CSP_MOVE_TEST_DISK_BYTES: String(bytes) },
  });
}

const saysShortWrite = /Cannot write "[^"]*": (only part of it could be written|no space left)/;

describe('a short write on a nearly full disk (injected)', () => {
  it('migrate exits 2 and leaves the version 1 plan as it was', () => {
    const cwd = folderWith({ 'a.plan.yaml': BIG_V1 });
    const run = onNearlyFullDisk(['migrate', 'a.plan.yaml'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(saysShortWrite);
    expect(run.stdout).not.toContain('Migrated');
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(BIG_V1);
    expect(readdirSync(cwd)).toEqual(['a.plan.yaml']);
  });

  it('an -o report exits 2 naming it, and an older report is not replaced by half a file', () => {
    const cwd = folderWith({ 'a.plan.yaml': BIG_PLAN, 'report.json': '{"old":true}\n' });
    const run = onNearlyFullDisk(['validate', '-f', 'json', '-o', 'report.json', 'a.plan.yaml'], cwd, 100);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot write "report\.json"/);
    expect(readFileSync(join(cwd, 'report.json'), 'utf8')).toBe('{"old":true}\n');
    expect(readdirSync(cwd).sort()).toEqual(['a.plan.yaml', 'report.json']);
  });

  it('status, calendar and init outputs exit 2 instead of leaving a truncated file', () => {
    const cwd = folderWith({ 'a.plan.yaml': BIG_PLAN });
    for (const args of [
      ['status', '-f', 'html', '-o', 'status.html', 'a.plan.yaml'],
      ['calendar', '-o', 'moves.ics', 'a.plan.yaml'],
      ['init', 'new.plan.yaml'],
    ]) {
      const run = onNearlyFullDisk(args, cwd, 100);
      expect([args[0], run.code]).toEqual([args[0], 2]);
      expect(run.stderr).toMatch(saysShortWrite);
    }
    expect(readdirSync(cwd)).toEqual(['a.plan.yaml']);
  });

  it('--fix exits 2 and leaves the plan as it was', () => {
    const misspelt = BIG_PLAN.replace('customer:', 'custmer:');
    const cwd = folderWith({ 'a.plan.yaml': misspelt });
    const run = onNearlyFullDisk(['validate', '--fix', 'a.plan.yaml'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Did not fix a\.plan\.yaml: (only part of it could be written|no space left)/);
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(misspelt);
    expect(readdirSync(cwd)).toEqual(['a.plan.yaml']);
  });

  it('the result cache is not saved half-written', () => {
    const cwd = folderWith({ 'a.plan.yaml': BIG_PLAN });
    const run = onNearlyFullDisk(['validate', '--cache', 'a.plan.yaml'], cwd, 10);
    expect(run.stderr).toMatch(/Cannot write "\.csp-move-cache"/);
    const cache = join(cwd, '.csp-move-cache');
    for (const name of readdirSync(cache)) expect(name).not.toMatch(/\.tmp$/);
    // A later run with room reads whatever is there without complaint.
    const again = runCli(['validate', '--cache', 'a.plan.yaml'], { cwd });
    expect([again.code, again.stderr]).toEqual([0, '']);
  });
});

// The real thing, where the test may mount a file system: a 1 MB tmpfs with 4 KB left.
const canMount = (() => {
  if (process.getuid?.() !== 0) return 'the test does not run as root';
  const probe = mkdtempSync(join(tmpdir(), 'csp-move-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
  if (mounted.status !== 0) {
    rmSync(probe, { recursive: true, force: true });
    return `mount -t tmpfs failed: ${mounted.stderr}`;
  }
  spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return true;
})();

const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A 1 MB tmpfs holding `files`, then filled up to 4 KB of free space. */
function nearlyFullTmpfs(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-move-full-'));
  mounts.push(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  if (mounted.status !== 0) throw new Error(String(mounted.stderr));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  // Fill with 4 KB blocks until one no longer fits; then free one, leaving 4 KB.
  for (let i = 0; ; i++) {
    const fill = spawnSync('dd', ['if=/dev/zero', `of=${join(dir, `.fill${i}`)}`, 'bs=4096', 'count=1']);
    if (fill.status !== 0) {
      rmSync(join(dir, `.fill${i}`), { force: true });
      rmSync(join(dir, '.fill0'));
      break;
    }
  }
  return dir;
}

describe.skipIf(canMount !== true)(`a 1 MB tmpfs with 4 KB free (${canMount})`, () => {
  it('migrate says so with exit 2 and the plan keeps every byte', () => {
    const dir = nearlyFullTmpfs({ 'plans/a.plan.yaml': BIG_V1 });
    const run = runCli(['migrate', 'plans'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(saysShortWrite);
    expect(readFileSync(join(dir, 'plans/a.plan.yaml'), 'utf8')).toBe(BIG_V1);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['a.plan.yaml']);
  });

  it('an -o JSON report says so with exit 2 and leaves no invalid JSON', () => {
    // Two hundred unknown fields: a report far larger than the 4 KB left.
    const unknown = Array.from({ length: 200 }, (_, i) => `extra${i}: 1\n`).join('');
    const dir = nearlyFullTmpfs({ 'a.plan.yaml': READY_PLAN + unknown });
    const plan = join(dir, 'a.plan.yaml');
    const out = join(dir, 'report.json');
    const run = runCli(['validate', '-f', 'json', '-o', out, plan], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(saysShortWrite);
    expect(readdirSync(dir).filter((name) => !name.startsWith('.fill'))).toEqual(['a.plan.yaml']);
  });
});

describe('a run killed between its write and its rename (SIGKILL)', () => {
  it('leaves a temporary file that the next write to the folder recognises and removes', () => {
    const gone = '.a.plan.yaml.csp-move-2147483646-k1ll3d.tmp';
    // A run that is still going (this test's own process) keeps its file.
    const running = `.b.plan.yaml.csp-move-${process.pid}-w0rk1ng.tmp`;
    const cwd = folderWith({ 'a.plan.yaml': READY_PLAN_V1, [gone]: 'half a plan', [running]: 'partly' });
    const run = runCli(['migrate', 'a.plan.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual([running, 'a.plan.yaml']);
  });
});
