// Regression tests for issue 14, items 1–3 and the output parts of 15: outputs never destroy or expose
// anything, and every failure to write is one line with exit code 2.

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairOutputs } from '../src/cli/output.ts';
import { runCli } from './helpers/cli.ts';
import { READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const isRoot = process.getuid?.() === 0;
const files = () => folderWith({ 'ready.plan.yaml': READY_PLAN });
const oneLine = (stderr: string) => stderr.trim().split('\n');

/**
 * Device targets for the tests. As root they are private device nodes made in a temporary folder (a
 * regression could otherwise replace the machine's own /dev/null); without root /dev itself cannot be
 * changed, so the real devices are safe to aim at.
 */
function devices(dir: string): { null: string; full: string } {
  if (!isRoot) return { null: '/dev/null', full: '/dev/full' };
  execFileSync('mknod', ['-m', '666', join(dir, 'null'), 'c', '1', '3']);
  execFileSync('mknod', ['-m', '666', join(dir, 'full'), 'c', '1', '7']);
  return { null: join(dir, 'null'), full: join(dir, 'full') };
}

describe('--output onto devices, links and other people’s files (item 1)', () => {
  it('-o onto a null device leaves it a device', () => {
    const dir = files();
    const dev = devices(dir);
    const run = runCli(['validate', '-o', dev.null, 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(dev.null).isCharacterDevice()).toBe(true);
  });

  it('-o onto a full device fails with one line and exit 2, and leaves it a device', () => {
    const dir = files();
    const dev = devices(dir);
    const run = runCli(['validate', '-o', dev.full, 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/full.*no space/)]);
    expect(statSync(dev.full).isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout is standard output, and a link to it is written through', () => {
    expect(pairOutputs(['json'], ['/dev/stdout'], 'en')).toEqual([{ format: 'json', file: undefined }]);
    const dir = files();
    symlinkSync('/proc/self/fd/1', join(dir, 'out'));
    const captured = join(dir, 'captured.txt');
    writeFileSync(captured, '');
    const run = runCli(['validate', '-f', 'json', '-o', 'out', 'ready.plan.yaml'], {
      cwd: dir,
      stdoutFile: captured,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(captured, 'utf8')).version).toBe(1);
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
  });

  it('writes through a symlink instead of replacing it, and keeps hard links', () => {
    const dir = files();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    writeFileSync(join(dir, 'hard.json'), 'old');
    linkSync(join(dir, 'hard.json'), join(dir, 'hard-too.json'));
    const run = runCli(
      ['validate', '-f', 'json', '-o', 'link.json', '-f', 'sarif', '-o', 'hard.json', 'ready.plan.yaml'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8')).version).toBe(1);
    expect(readFileSync(join(dir, 'hard-too.json'), 'utf8')).toContain('2.1.0');
  });

  it('refuses a read-only file, even as root', () => {
    const dir = files();
    writeFileSync(join(dir, 'locked.json'), 'keep');
    chmodSync(join(dir, 'locked.json'), 0o444);
    const run = runCli(['validate', '-f', 'json', '-o', 'locked.json', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/locked\.json.*read-only/);
    expect(readFileSync(join(dir, 'locked.json'), 'utf8')).toBe('keep');
  });

  it.skipIf(!isRoot)('keeps the mode and owner of a 0600 file owned by someone else (as root)', () => {
    const dir = files();
    const report = join(dir, 'private.json');
    writeFileSync(report, 'old');
    chmodSync(report, 0o600);
    chownSync(report, 65534, 65534);
    expect(
      runCli(['validate', '-f', 'json', '-o', 'private.json', 'ready.plan.yaml'], { cwd: dir }).code,
    ).toBe(0);
    const stats = statSync(report);
    expect([stats.mode & 0o777, stats.uid, stats.gid]).toEqual([0o600, 65534, 65534]);
    expect(JSON.parse(readFileSync(report, 'utf8')).version).toBe(1);
  });
});

describe('destinations are checked before anything is written (item 2)', () => {
  it('refuses an input file as --output, for validate and explain', () => {
    const dir = files();
    for (const command of ['validate', 'explain']) {
      const run = runCli([command, '-f', 'json', '-o', 'ready.plan.yaml', 'ready.plan.yaml'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ready\.plan\.yaml.*input/);
    }
    expect(readFileSync(join(dir, 'ready.plan.yaml'), 'utf8')).toBe(READY_PLAN);
  });

  it('refuses the same --output twice', () => {
    const run = runCli(
      ['validate', '-f', 'json', '-o', 'r.json', '-f', 'sarif', '-o', './r.json', 'ready.plan.yaml'],
      {
        cwd: files(),
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/r\.json.*more than once/);
  });

  it('writes nothing when a later destination is a folder', () => {
    const dir = files();
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'first.json'), 'old');
    const run = runCli(
      ['validate', '-f', 'json', '-o', 'first.json', '-f', 'sarif', '-o', 'folder', 'ready.plan.yaml'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/folder.*it is a folder/);
    expect(readFileSync(join(dir, 'first.json'), 'utf8')).toBe('old');
  });
});

describe('standard output that cannot be written (item 3)', () => {
  it('> /dev/full is one line and exit 2, not a stack trace', () => {
    const dir = files();
    const result = runCli(['validate', 'ready.plan.yaml'], { cwd: dir, stdoutFile: '/dev/full' });
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual([expect.stringMatching(/standard output.*no space/)]);
  });
});

describe('smaller output problems (item 15)', () => {
  it('--output - and init - mean standard output, not a file named -', () => {
    const dir = files();
    const run = runCli(['validate', '-f', 'json', '-o', '-', 'ready.plan.yaml'], { cwd: dir });
    expect(JSON.parse(run.stdout).version).toBe(1);
    const init = runCli(['init', '-', '--today', '2027-05-02'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^# yaml-language-server/);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('init does not replace a dangling symlink without --force', () => {
    const dir = files();
    symlinkSync('nowhere.yaml', join(dir, 'dangling.plan.yaml'));
    const run = runCli(['init', 'dangling.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(lstatSync(join(dir, 'dangling.plan.yaml')).isSymbolicLink()).toBe(true);
  });

  it('says so when -o creates folders', () => {
    const dir = files();
    const run = runCli(['validate', '-f', 'json', '-o', 'new/deep/r.json', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Created the folder "new" for "new\/deep\/r\.json"/);
    expect(existsSync(join(dir, 'new/deep/r.json'))).toBe(true);
  });
});
