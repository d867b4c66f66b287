import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, runCli } from './helpers/cli.ts';
import { fixtureFolder } from './helpers/fixtures.ts';

// CLI output pinned in test/golden/, one file per command line, named after it. The plans (see
// helpers/fixtures.ts) pin their dates (asOf), so the output does not depend on the day. After a deliberate
// change of output: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then review the diff.
const GOLDEN = join(PACKAGE_ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const COMMAND_LINES = [
  'validate ready.plan.yaml',
  'validate typos.plan.yaml broken.plan.yaml blocked.plan.yaml',
  'validate --format json typos.plan.yaml blocked.plan.yaml',
  'validate --format sarif blocked.plan.yaml typos.plan.yaml',
  'validate --format github blocked.plan.yaml typos.plan.yaml',
  'validate --format junit blocked.plan.yaml ready.plan.yaml',
  'validate --format markdown blocked.plan.yaml typos.plan.yaml',
  'validate --locale zh-TW typos.plan.yaml blocked.plan.yaml',
  'validate --fail-on never blocked.plan.yaml',
  'validate --fail-on warning ready.plan.yaml',
  'validate --max-warnings 0 --format json blocked.plan.yaml',
  'validate --bogus ready.plan.yaml',
  'validate missing.plan.yaml',
  'validate --format xml ready.plan.yaml',
  'validate --today 2027-02-30 ready.plan.yaml',
  'explain blocked.plan.yaml',
  'explain --format json ready.plan.yaml',
  'explain --format markdown --locale zh-TW ready.plan.yaml',
  'explain typos.plan.yaml',
  'validate upcoming.plan.yaml',
  'validate --today 2027-03-23 upcoming.plan.yaml',
  'validate --format json upcoming.plan.yaml',
  'explain upcoming.plan.yaml',
  'explain --today 2027-04-06 upcoming.plan.yaml',
  'explain --format markdown --today 2027-03-23 upcoming.plan.yaml',
  'explain --format json --locale zh-TW upcoming.plan.yaml',
  'status ready.plan.yaml upcoming.plan.yaml blocked.plan.yaml typos.plan.yaml',
  'status --today 2027-03-23 --locale zh-TW ready.plan.yaml upcoming.plan.yaml blocked.plan.yaml',
  'status --within 14d --format markdown ready.plan.yaml upcoming.plan.yaml typos.plan.yaml',
  'status --format json --fail-on never upcoming.plan.yaml typos.plan.yaml',
  'status --format html upcoming.plan.yaml blocked.plan.yaml typos.plan.yaml',
  'status --within soon ready.plan.yaml',
  'calendar ready.plan.yaml upcoming.plan.yaml',
  'calendar --locale zh-TW --remind 3d upcoming.plan.yaml typos.plan.yaml',
  'rules region-mismatch',
  'rules --locale zh-TW unknown-key',
  'rules regon-mismatch',
  'frobnicate',
  'validate --format json v1.plan.yaml',
  'validate --locale zh-TW v1.plan.yaml',
  'explain v1.plan.yaml',
  'rules plan-version-1',
  'migrate --check ready.plan.yaml v1.plan.yaml typos.plan.yaml',
  'migrate --check --locale zh-TW v1.plan.yaml',
];

const cwd = fixtureFolder();

function render(args: string): string {
  // SOURCE_DATE_EPOCH pins the calendar's DTSTAMP (2026-12-01T00:00:00Z).
  const run = runCli(args.split(' '), { cwd, env: { SOURCE_DATE_EPOCH: '1796083200' } });
  return `$ csp-move ${args}\nexit: ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

describe.each(COMMAND_LINES)('csp-move %s', (args) => {
  it('prints what the golden file says', () => {
    const file = join(GOLDEN, `${args}.txt`);
    const actual = render(args);
    if (update) writeFileSync(file, actual);
    expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
