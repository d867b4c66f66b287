import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateText } from '../src/core/migrate.ts';
import { runCli } from './helpers/cli.ts';
import { READY_PLAN, READY_PLAN_V1 } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const V1_CRLF = READY_PLAN_V1.replace(/\n/g, '\r\n');
const INVALID_V1 = READY_PLAN_V1.replace('    exit: expire\n', '');

function upgraded(text: string): string {
  const outcome = migrateText(text);
  if (outcome.kind !== 'migrated') throw new Error(outcome.kind);
  return outcome.text;
}

describe('csp-move migrate', () => {
  it('rewrites version 1 files in place, leaves version 2 files untouched and refuses invalid ones', () => {
    const cwd = folderWith({
      'a.plan.yaml': READY_PLAN_V1,
      'b.plan.yaml': READY_PLAN,
      'c.plan.yaml': INVALID_V1,
      'plans/d.plan.yaml': V1_CRLF,
    });
    const before = statSync(join(cwd, 'b.plan.yaml')).mtimeMs;
    const run = runCli(['migrate'], { cwd });
    expect(run.code).toBe(1);
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(upgraded(READY_PLAN_V1));
    expect(readFileSync(join(cwd, 'plans/d.plan.yaml'), 'utf8')).toBe(upgraded(V1_CRLF));
    expect(readFileSync(join(cwd, 'b.plan.yaml'), 'utf8')).toBe(READY_PLAN);
    expect(statSync(join(cwd, 'b.plan.yaml')).mtimeMs).toBe(before);
    expect(readFileSync(join(cwd, 'c.plan.yaml'), 'utf8')).toBe(INVALID_V1);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(run.stdout).toContain('a.plan.yaml');
    expect(run.stdout).toContain('plans/d.plan.yaml');
    expect(run.stderr).toContain('c.plan.yaml');
    expect(run.stderr).toContain('missing-field');
    // Atomic writes leave no temporary file behind.
    expect(readdirSync(cwd).sort()).toEqual(['a.plan.yaml', 'b.plan.yaml', 'c.plan.yaml', 'plans']);
    // A second run has nothing left to do but the invalid file.
    expect(runCli(['migrate', 'a.plan.yaml', 'b.plan.yaml', 'plans'], { cwd }).code).toBe(0);
  });

  it('--check writes nothing, lists the version 1 files and fails while there are any', () => {
    const cwd = folderWith({ 'a.plan.yaml': READY_PLAN_V1, 'b.plan.yaml': READY_PLAN });
    const check = runCli(['migrate', '--check'], { cwd });
    expect(check.code).toBe(1);
    expect(check.stdout.trim().split('\n')).toHaveLength(1);
    expect(check.stdout).toMatch(/^a\.plan\.yaml/);
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(READY_PLAN_V1);
    expect(runCli(['migrate'], { cwd }).code).toBe(0);
    const again = runCli(['migrate', '--check'], { cwd });
    expect([again.code, again.stdout]).toEqual([0, '']);
  });

  it('--check fails on an invalid file too, with its diagnostics', () => {
    const cwd = folderWith({ 'c.plan.yaml': INVALID_V1 });
    const run = runCli(['migrate', '--check', 'c.plan.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing-field');
  });

  it('reads standard input and writes standard output with -', () => {
    expect(runCli(['migrate', '-'], { input: READY_PLAN_V1 })).toEqual({
      code: 0,
      stdout: upgraded(READY_PLAN_V1),
      stderr: '',
    });
    expect(runCli(['migrate', '-'], { input: READY_PLAN })).toEqual({
      code: 0,
      stdout: READY_PLAN,
      stderr: '',
    });
    const invalid = runCli(['migrate', '-'], { input: INVALID_V1 });
    expect([invalid.code, invalid.stdout]).toEqual([1, '']);
    expect(invalid.stderr).toContain('missing-field');
    expect(runCli(['migrate', '--check', '-'], { input: READY_PLAN_V1 }).code).toBe(1);
    expect(runCli(['migrate', '--check', '-'], { input: READY_PLAN })).toMatchObject({ code: 0, stdout: '' });
  });

  it('rewrites the file a symbolic link points to and keeps the link', () => {
    const cwd = folderWith({ 'real/a.plan.yaml': READY_PLAN_V1 });
    symlinkSync(join(cwd, 'real', 'a.plan.yaml'), join(cwd, 'link.plan.yaml'));
    expect(runCli(['migrate', 'link.plan.yaml'], { cwd }).code).toBe(0);
    expect(lstatSync(join(cwd, 'link.plan.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'real', 'a.plan.yaml'), 'utf8')).toBe(upgraded(READY_PLAN_V1));
  });

  it('keeps the permissions of the file it rewrites', () => {
    const cwd = folderWith({ 'a.plan.yaml': READY_PLAN_V1 });
    chmodSync(join(cwd, 'a.plan.yaml'), 0o600);
    expect(runCli(['migrate'], { cwd }).code).toBe(0);
    expect(statSync(join(cwd, 'a.plan.yaml')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(upgraded(READY_PLAN_V1));
  });

  it('is a usage error (exit 2) to mix - with files, or to name nothing that exists', () => {
    const cwd = folderWith({ 'a.plan.yaml': READY_PLAN_V1 });
    expect(runCli(['migrate', '-', 'a.plan.yaml'], { cwd }).code).toBe(2);
    expect(runCli(['migrate', 'missing.plan.yaml'], { cwd }).code).toBe(2);
    expect(runCli(['migrate', '--frobnicate'], { cwd }).code).toBe(2);
    expect(readFileSync(join(cwd, 'a.plan.yaml'), 'utf8')).toBe(READY_PLAN_V1);
  });

  it('is in --help, in both locales', () => {
    expect(runCli(['--help']).stdout).toContain('csp-move migrate');
    expect(runCli(['--help', '--locale', 'zh-TW']).stdout).toContain('csp-move migrate');
  });
});

describe('csp-move explain on a version 1 file', () => {
  it('explains the version 2 plan it means, with pointers into the file', () => {
    const renewing = READY_PLAN_V1.replace('    autoRenew: false', '    autoRenew: true');
    const cwd = folderWith({ 'v1.plan.yaml': renewing, 'v2.plan.yaml': upgraded(renewing) });
    const explain = (file: string) =>
      JSON.parse(runCli(['explain', '--format', 'json', file], { cwd }).stdout);
    const v1 = explain('v1.plan.yaml');
    const v2 = explain('v2.plan.yaml');
    expect(v1.verdict).toBe(v2.verdict);
    const rules = (e: { findings: { rule: string }[] }) => e.findings.map((f) => f.rule);
    expect(rules(v1)).toEqual(['plan-version-1', ...rules(v2)]);
    const titles = (e: { steps: { title: string }[] }) => e.steps.map((s) => s.title);
    expect(titles(v1)).toEqual(titles(v2));
    const pointers = (e: { steps: { pointer: string }[] }) => e.steps.map((s) => s.pointer);
    expect(pointers(v2)).toContain('/subscriptions/0/endOfTerm');
    expect(pointers(v1)).toEqual(
      pointers(v2).map((p) => p.replace('/subscriptions/0/endOfTerm', '/subscriptions/0/autoRenew')),
    );
  });
});
