import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, PACKAGE_ROOT } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// action.yml and .pre-commit-hooks.yaml at the repository root run the published CLI by version.
const ROOT = join(PACKAGE_ROOT, '..', '..');
const version = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version as string;
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

describe('the GitHub Action', () => {
  it('runs the version of this package by default', () => {
    expect(action.inputs.version.default).toBe(version);
  });

  it('writes SARIF, prints annotations, and keeps the exit code (even 2) for its last step', () => {
    const blocked = planWith(
      '  name: Tailspin Coffee\n  country: TW',
      '  name: Tailspin Coffee\n  country: DE',
    );
    const dir = folderWith({
      'plans/a.yaml': READY_PLAN,
      'plans/b yaml/b.yaml': blocked,
      'out.txt': '',
      'summary.md': '',
    });
    // A stand-in for npx that runs this build of the CLI with the arguments after `--`.
    const bin = join(dir, 'npx');
    writeFileSync(
      bin,
      `#!/usr/bin/env bash\nwhile [ "$1" != "--" ]; do shift; done\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`,
    );
    chmodSync(bin, 0o755);
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'validate');
    const run = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        GITHUB_OUTPUT: join(dir, 'out.txt'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        CSP_MOVE_PATHS: 'plans/a.yaml\nno-such-plan.yaml',
        CSP_MOVE_FAIL_ON: 'error',
        CSP_MOVE_LOCALE: '',
        CSP_MOVE_CONFIG: '',
        CSP_MOVE_CATALOG: '',
        CSP_MOVE_SARIF: 'reports/csp-move.sarif',
        CSP_MOVE_VERSION: version,
      },
    });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('exit-code=2\n');
    const ok = spawnSync('bash', ['-e', '-c', step.run], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        GITHUB_OUTPUT: join(dir, 'out.txt'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        CSP_MOVE_PATHS: 'plans',
        CSP_MOVE_FAIL_ON: 'error',
        CSP_MOVE_SARIF: 'reports/csp-move.sarif',
        CSP_MOVE_VERSION: version,
      },
    });
    expect(ok.stdout).toMatch(/^::error file=plans\/b yaml\/b\.yaml,line=10,/m);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('exit-code=2\nexit-code=1\n');
    expect(JSON.parse(readFileSync(join(dir, 'reports/csp-move.sarif'), 'utf8')).runs[0].results.length).toBe(
      1,
    );
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('## csp-move plan check');
  });
});

describe('the pre-commit hook', () => {
  const [hook] = hooks as { id: string; entry: string; files: string }[];

  it('runs the version of this package', () => {
    expect(hook?.id).toBe('csp-move');
    expect(hook?.entry).toContain(`@csp-move/validator@${version} `);
  });

  it('matches plan files and leaves other YAML alone', () => {
    const files = new RegExp(hook?.files as string);
    for (const path of ['a.plan.yaml', 'x/b.plan.yml', 'plans/c.yaml', 'repo/plans/2027/d.yml'])
      expect(files.test(path), path).toBe(true);
    for (const path of ['a.yaml', '.github/workflows/ci.yml', 'myplans/e.yaml', 'plans/readme.md'])
      expect(files.test(path), path).toBe(false);
  });
});
