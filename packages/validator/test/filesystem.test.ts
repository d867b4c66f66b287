// Regression tests for issue 14, items 9, 10, 12 and the file parts of 15: every file-system oddity
// ends in a message with the path and the right exit code, never a stack trace or a silent skip.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const isRoot = process.getuid?.() === 0;
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);

/** A tree with an unreadable folder, a link loop, a symlinked plan and an unreadable config. */
function oddTree(): string {
  const dir = folderWith({
    'plans/ready.plan.yaml': READY_PLAN,
    'plans/locked/hidden.plan.yaml': READY_PLAN,
    'elsewhere/linked.yaml': READY_PLAN,
  });
  chmodSync(join(dir, 'plans/locked'), 0o000);
  symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
  symlinkSync('../elsewhere/linked.yaml', join(dir, 'plans/linked.plan.yaml'));
  writeFileSync(join(dir, 'private.yaml'), 'locale: en\n');
  chmodSync(join(dir, 'private.yaml'), 0o000);
  // Everyone may enter the tree itself, so that user nobody reaches the unreadable parts.
  chmodSync(dir, 0o755);
  return dir;
}

describe('paths that cannot be looked at (item 9)', () => {
  it('a symlink loop and a 300-character name exit 2 with the path', () => {
    const dir = oddTree();
    const loop = runCli(['validate', 'loop.yaml'], { cwd: dir });
    expect([loop.code, loop.stderr]).toEqual([2, expect.stringMatching(/"loop\.yaml".*symbolic links/)]);
    noStack(loop.stderr);
    const long = runCli(['validate', `${'n'.repeat(300)}.yaml`], { cwd: dir });
    expect([long.code, long.stderr]).toEqual([2, expect.stringMatching(/name is too long/)]);
    noStack(long.stderr);
  });

  it('a FIFO named on the command line (<(…)) is read, as explain reads it', () => {
    const dir = folderWith({ 'ready.plan.yaml': READY_PLAN });
    for (const command of ['validate', 'explain']) {
      const run = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${BIN}" ${command} -f json <(cat ready.plan.yaml)`],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      expect([run.status, run.stderr]).toEqual([0, '']);
      const report = JSON.parse(run.stdout);
      expect(report.verdict ?? report.files[0].verdict).toBe('ready');
    }
  });
});

describe('as a user without privileges, over a tree of oddities (items 1, 9, 15)', () => {
  // Dropping privileges needs root; elsewhere the tree's folders would be unreadable to the runner
  // only if it is not their owner, which a test cannot arrange.
  const skip = !isRoot ? 'needs root to run the CLI as user nobody (setpriv)' : '';
  it.skipIf(Boolean(skip))(`reports each oddity with its path and the right exit code ${skip}`, () => {
    const dir = oddTree();
    const asNobody = (args: string[]) => runCli(args, { cwd: dir, asNobody: true });

    const walk = asNobody(['validate', 'plans']);
    expect(walk.code).toBe(2);
    expect(walk.stderr).toMatch(/Cannot read "plans\/locked": permission denied/);
    noStack(walk.stderr);

    const below = asNobody(['validate', 'plans/locked/hidden.plan.yaml']);
    expect([below.code, below.stderr]).toEqual([2, expect.stringMatching(/permission denied/)]);

    const config = asNobody(['validate', '--config', 'private.yaml', 'plans/ready.plan.yaml']);
    expect([config.code, config.stderr]).toEqual([
      2,
      expect.stringMatching(/config file "private\.yaml".*permission denied/),
    ]);
    noStack(config.stderr);

    const link = asNobody(['validate', '-f', 'json', 'plans/ready.plan.yaml', 'plans/linked.plan.yaml']);
    expect(link.code).toBe(0);

    // As nobody, /dev cannot be changed: the real devices are safe targets here.
    const full = asNobody(['validate', '-o', '/dev/full', 'plans/ready.plan.yaml']);
    expect([full.code, full.stderr.trim().split('\n').length]).toEqual([2, 1]);
    const devnull = asNobody(['validate', '-o', '/dev/null', 'plans/ready.plan.yaml']);
    expect(devnull.code).toBe(0);
    const readOnly = asNobody(['validate', '-o', 'out.json', 'plans/ready.plan.yaml']);
    expect([readOnly.code, readOnly.stderr]).toEqual([
      2,
      expect.stringMatching(/"out\.json".*permission denied/),
    ]);
  });

  it('names a symlinked plan inside a folder instead of skipping it silently', () => {
    const dir = oddTree();
    chmodSync(join(dir, 'plans/locked'), 0o755);
    const run = runCli(['validate', 'plans'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Skipped the symbolic link "plans\/linked\.plan\.yaml"/);
  });
});

describe('encodings and line endings (item 12)', () => {
  const check = (bytes: Buffer) => {
    const dir = folderWith({});
    writeFileSync(join(dir, 'odd.plan.yaml'), bytes);
    const run = runCli(['validate', '-f', 'json', 'odd.plan.yaml'], { cwd: dir });
    const [file] = JSON.parse(run.stdout).files;
    return {
      code: run.code,
      rule: file.findings[0].rule,
      message: file.findings[0].message,
      range: file.findings[0].range,
    };
  };

  it('UTF-16 is named, with or without a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(READY_PLAN, 'utf16le')]);
    expect(check(le)).toMatchObject({
      code: 1,
      rule: 'file-encoding',
      message: expect.stringMatching(/UTF-16LE/),
    });
    expect(check(Buffer.from(READY_PLAN, 'utf16le'))).toMatchObject({ rule: 'file-encoding' });
  });

  it('standard input is held to the same rule', () => {
    const run = runCli(['validate', '-'], { input: Buffer.from(READY_PLAN, 'utf16le') });
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      'csp-move: Standard input is not UTF-8 text (UTF-16LE); save the plan as UTF-8.',
    ]);
  });

  it('invalid UTF-8 is refused with the offset of the first bad byte', () => {
    const text = Buffer.from(READY_PLAN.replace('Tailspin Coffee', 'Tailspin Caf?'));
    text[text.indexOf('Caf?') + 3] = 0xe9;
    expect(check(text)).toMatchObject({
      rule: 'file-encoding',
      message: expect.stringContaining(String(text.indexOf(0xe9))),
    });
  });

  it('a NUL character and lone CR line endings are named where they are', () => {
    const nul = check(Buffer.from(planWith('  name: Tailspin Coffee', '  name: Tailspin\u0000Coffee')));
    expect(nul).toMatchObject({ rule: 'file-encoding', range: { start: { line: 9, column: 17 } } });
    const cr = check(Buffer.from(READY_PLAN.replace(/\n/g, '\r')));
    expect(cr).toMatchObject({ rule: 'line-endings', range: { start: { line: 1 } } });
  });
});

describe('the result cache (item 10)', () => {
  const prepare = () => {
    const dir = folderWith({
      'blocked.plan.yaml': planWith(
        '  name: Tailspin Coffee\n  country: TW',
        '  name: Tailspin Coffee\n  country: DE',
      ),
    });
    const first = runCli(['validate', '--cache', '-f', 'json', 'blocked.plan.yaml'], { cwd: dir });
    expect(first.code).toBe(1);
    const file = join(dir, '.csp-move-cache', 'results-v2.json');
    return { dir, file, cache: JSON.parse(readFileSync(file, 'utf8')) };
  };

  it('drops an entry with a malformed body, with a warning, and checks the file again', () => {
    const { dir, file, cache } = prepare();
    cache.entries['blocked.plan.yaml'].result = { verdict: 'blocked', diagnostics: [{ rule: 42 }] };
    writeFileSync(file, JSON.stringify(cache));
    const run = runCli(['validate', '--cache', '-f', 'json', 'blocked.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Ignored 1 damaged or altered entry/);
    expect(JSON.parse(run.stdout).files[0].verdict).toBe('blocked');
  });

  it('does not serve a fabricated "ready" entry for a blocked plan', () => {
    const { dir, file, cache } = prepare();
    cache.entries['blocked.plan.yaml'].result.verdict = 'ready';
    writeFileSync(file, JSON.stringify(cache));
    const run = runCli(['validate', '--cache', 'blocked.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
  });

  it('does not use entries made under another configuration', () => {
    const { dir, file } = prepare();
    writeFileSync(join(dir, '.csp-move.yaml'), 'rules:\n  region-mismatch: warning\n');
    const run = runCli(['validate', '--cache', '-f', 'json', 'blocked.plan.yaml'], { cwd: dir });
    expect(JSON.parse(run.stdout).files[0].verdict).toBe('needs-attention');
    expect(JSON.parse(readFileSync(file, 'utf8')).entries['blocked.plan.yaml'].result.verdict).toBe(
      'needs-attention',
    );
  });
});

describe('config and catalog problems (items 11, 15)', () => {
  it('a catalog market in an unknown region is an error at its region', () => {
    const dir = folderWith({
      'ready.plan.yaml': READY_PLAN,
      'catalog.yaml':
        'markets:\n  - region: atlantis\n    market: { code: TW, alpha3: TWN, name: { en: Taiwan, zh-TW: 臺灣 }, currency: TWD }\n',
    });
    const run = runCli(['validate', '--catalog', 'catalog.yaml', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/catalog\.yaml\n\s+2:13\s+error\s+There is no CSP region `atlantis`/);
  });

  it('config and catalog reports are not headed with a plan verdict', () => {
    const dir = folderWith({ 'ready.plan.yaml': READY_PLAN, '.csp-move.yaml': 'locale: fr\n' });
    const run = runCli(['validate', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\.csp-move\.yaml$/m);
    expect(run.stderr).not.toMatch(/Invalid plan|Ready/);
  });
});

describe('the shim checks the Node engine range (item 15)', () => {
  it('refuses an older Node with one line and exit 2', () => {
    const fake =
      'Object.defineProperty(process.versions,"node",{value:"18.19.0"});Object.defineProperty(process,"version",{value:"v18.19.0"})';
    const result = runCli(['--version'], { nodeOptions: ['--import', `data:text/javascript,${fake}`] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs Node\.js >=20, but this is v18\.19\.0/);
  });
});
