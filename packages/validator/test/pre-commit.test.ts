import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// A partner's repository that uses the hook from a clone of this one (`repo:` + `rev:`), with Debian's
// pre-commit: it installs this repository as a Node package and runs the committed bundle. Nothing under
// @csp-move/* may come from a registry, so that scope points at an address where nothing listens.
const ROOT = join(PACKAGE_ROOT, '..', '..');
const installed = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!installed) {
  console.warn(
    'SKIPPED the pre-commit hook test: `pre-commit` is not on PATH. Install it (apt-get install pre-commit, as .ci/run does) to run it.',
  );
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

/** A clone of this repository with the working tree's files (changed or new) committed on top. */
function cloneOfWorkingTree(into: string): string {
  git(dirname(into), 'clone', '--quiet', '--no-hardlinks', ROOT, into);
  const files = git(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0');
  for (const file of files.filter((f) => f !== '')) {
    const from = join(ROOT, file);
    const stats = lstatSync(from, { throwIfNoEntry: false });
    if (!stats) continue; // deleted in the working tree
    mkdirSync(dirname(join(into, file)), { recursive: true });
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(from), join(into, file));
    else copyFileSync(from, join(into, file));
  }
  git(into, 'add', '--all');
  git(into, 'commit', '--quiet', '--allow-empty', '-m', 'working tree');
  return git(into, 'rev-parse', 'HEAD');
}

it.skipIf(!installed)(
  'runs from a clone of the repository and fails on a bad plan',
  { timeout: 900_000 },
  () => {
    const work = folderWith({});
    const hookRepo = join(work, 'csp-move');
    const rev = cloneOfWorkingTree(hookRepo);
    const partner = join(work, 'partner');
    mkdirSync(partner);
    git(partner, 'init', '--quiet');
    const blocked = planWith(
      '  name: Tailspin Coffee\n  country: TW',
      '  name: Tailspin Coffee\n  country: DE',
    );
    const files: Record<string, string> = {
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: csp-move\n`,
      'plans/ready.yaml': READY_PLAN,
      'plans/blocked.yaml': blocked,
      // pre-commit names this file too; the config's exclude still leaves it out.
      'drafts/old.plan.yaml': 'version: 2\n',
      '.csp-move.yaml': 'exclude:\n  - drafts/**\n',
      'notes.yaml': 'not: a plan\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(partner, path)), { recursive: true });
      writeFileSync(join(partner, path), text);
    }
    git(partner, 'add', '--all');
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
      'npm_config_@csp-move:registry': 'http://127.0.0.1:9/',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      NO_COLOR: '1',
    };
    const run = () =>
      spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], {
        cwd: partner,
        env,
        encoding: 'utf8',
      });

    const failing = run();
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toContain('csp-move validate');
    expect(failing.stdout).toMatch(/plans\/blocked\.yaml\s+Blocked/);
    expect(failing.stdout).toContain('1 of 2 files');
    expect(failing.stdout).not.toContain('drafts/old.plan.yaml  ');
    expect(failing.stdout).not.toContain('notes.yaml');

    git(partner, 'rm', '--quiet', '--force', 'plans/blocked.yaml');
    const passing = run();
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/csp-move validate\.+Passed/);
  },
);
