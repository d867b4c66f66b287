import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { runCli } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// Long runs: worker threads, the result cache, the progress line.
const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
// A warning whatever the date: auto-renew left on is a step now, information until it is due.
const WARNED = planWith('  adminAccess: gdap', '  adminAccess: dap');
const json = (stdout: string) =>
  JSON.parse(stdout) as { files: { path: string; verdict: string; findings: { rule: string }[] }[] };

describe('workers and cache', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 240; i++)
    files[`plans/p${String(i).padStart(3, '0')}.yaml`] =
      i % 3 === 0 ? BLOCKED : i % 3 === 1 ? WARNED : READY_PLAN;
  files['plans/p999.yaml'] = 'version: [';
  const dir = folderWith(files);

  it('gives the same results on worker threads as on one thread', () => {
    const one = runCli(['validate', '--jobs', '1', '-f', 'json', 'plans'], { cwd: dir });
    const two = runCli(['validate', '--jobs', '2', '-f', 'json', 'plans'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    expect(json(one.stdout).files).toHaveLength(241);
  });

  it('reuses results of unchanged files from .csp-move-cache/', () => {
    const first = runCli(['validate', '--cache', '-f', 'json', 'plans'], { cwd: dir });
    const cacheFile = join(dir, '.csp-move-cache', 'results-v2.json');
    expect(existsSync(cacheFile)).toBe(true);
    expect(readdirSync(join(dir, '.csp-move-cache'))).toEqual(['results-v2.json']);
    const second = runCli(['validate', '--cache', '-f', 'json', 'plans'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(Object.keys(cached.entries)).toHaveLength(241);
    // Proof that results come from the cache: an entry reworded behind its back (still a well-formed
    // entry) is what gets reported, until the file itself changes.
    const entry = cached.entries['plans/p001.yaml'].result;
    entry.diagnostics[0].message = 'worded by the cache';
    writeFileSync(cacheFile, JSON.stringify(cached));
    const messageOf = (stdout: string) =>
      (json(stdout).files.find((f) => f.path === 'plans/p001.yaml')?.findings[0] as { message?: string })
        ?.message;
    expect(messageOf(runCli(['validate', '--cache', '-f', 'json', 'plans'], { cwd: dir }).stdout)).toBe(
      'worded by the cache',
    );
    writeFileSync(join(dir, 'plans/p001.yaml'), `${WARNED}# changed\n`);
    expect(messageOf(runCli(['validate', '--cache', '-f', 'json', 'plans'], { cwd: dir }).stdout)).not.toBe(
      'worded by the cache',
    );
    // A different locale is a different key: nothing is reused, everything is worded anew.
    const zh = runCli(['validate', '--cache', '--locale', 'zh-TW', '-f', 'json', 'plans/p000.yaml'], {
      cwd: dir,
    });
    expect(json(zh.stdout).files[0]?.findings[0]?.rule).toBe('region-mismatch');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).key).not.toBe(cached.key);
  });
});

describe('progress', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 520; i++) files[`plans/p${i}.yaml`] = READY_PLAN;
  const dir = folderWith(files);

  async function run(isTTY: boolean) {
    let out = '';
    let err = '';
    const code = await main(['validate', '--jobs', '1', 'plans'], {
      cwd: dir,
      env: {},
      stdout: {
        write: (text: string) => {
          out += text;
        },
      },
      stderr: {
        write: (text: string) => {
          err += text;
        },
        isTTY,
      },
      readStdin: async () => '',
    });
    return { code, out, err };
  }

  it('shows a progress line on a terminal for long runs, and clears it before the report', async () => {
    const { code, out, err } = await run(true);
    expect(code).toBe(0);
    expect(err).toMatch(/^\rChecking plan files: \d+\/520/);
    expect(err).toContain('\rChecking plan files: 520/520');
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
    expect(out).toBe('✔ 520 files checked, no problems\n');
  });

  it('writes nothing to standard error when it is not a terminal', async () => {
    expect((await run(false)).err).toBe('');
  });
});
