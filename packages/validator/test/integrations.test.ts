import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT, runCli } from './helpers/cli.ts';

// .pre-commit-hooks.yaml at the repository root: pre-commit installs the repository root as a Node
// package, whose `csp-move` command is the committed bundle (test/pre-commit.test.ts runs it for real).
const ROOT = join(PACKAGE_ROOT, '..', '..');
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the pre-commit hook', () => {
  const [hook] = hooks as { id: string; entry: string; files: string }[];

  it('runs the command of the repository root package, which is the committed bundle', () => {
    expect(hook?.id).toBe('csp-move');
    expect(hook).toMatchObject({ language: 'node', entry: 'csp-move validate' });
    expect(rootPackage.bin).toEqual({ 'csp-move': 'bundle/csp-move.js' });
    expect(rootPackage.files).toContain('bundle');
    // npm pack (which pre-commit runs) needs a version; workspaces stay as they are.
    expect(rootPackage.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(rootPackage.workspaces).toEqual(['packages/*', 'apps/*']);
    // A lifecycle script would print into the output that pre-commit reads the tarball name from.
    expect(Object.keys(rootPackage.scripts)).not.toContain('prepack');
    expect(Object.keys(rootPackage.scripts)).not.toContain('prepare');
    const bin = statSync(join(ROOT, rootPackage.bin['csp-move']));
    expect(bin.mode & 0o111).not.toBe(0);
    const run = runCli(['--version'], {});
    const bundled = spawnSync(process.execPath, [join(ROOT, 'bundle/csp-move.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(bundled.stdout).toBe(run.stdout);
  });

  it('matches plan files and leaves other YAML alone', () => {
    const files = new RegExp(hook?.files as string);
    for (const path of ['a.plan.yaml', 'x/b.plan.yml', 'plans/c.yaml', 'repo/plans/2027/d.yml'])
      expect(files.test(path), path).toBe(true);
    for (const path of ['a.yaml', '.github/workflows/ci.yml', 'myplans/e.yaml', 'plans/readme.md'])
      expect(files.test(path), path).toBe(false);
  });
});
