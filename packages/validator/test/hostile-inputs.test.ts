// Regression tests for issue 21 items 3 to 7 and its Low items about reading: what a config, a file name
// or standard input from someone else could still make the CLI read, print, overwrite or hold in memory.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/core/encoding.ts';
import { BIN, runCli } from './helpers/cli.ts';
import { READY_PLAN, READY_PLAN_V1 } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const isRoot = process.getuid?.() === 0;
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);
const SECRET = 'token: hunter2-do-not-print\n';

/** A repository (a folder with .git) in `repo/`, a secret beside it, and this config in the repository. */
function repository(config: string, files: Record<string, string> = {}): string {
  const root = folderWith({
    'secret.yaml': SECRET,
    'repo/.git/config': `[core]\n\t${SECRET}`,
    'repo/.csp-move.yaml': config,
    'repo/a.plan.yaml': READY_PLAN,
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`repo/${name}`, text])),
  });
  return join(root, 'repo');
}

describe("a config's catalog: stays in the config's repository (item 3)", () => {
  it.each([
    ['a file beside the repository', '../secret.yaml'],
    ['an absolute path', '/etc/passwd'],
    ['the .git folder', '.git/config'],
    ['a process environment', '/proc/self/environ'],
    ['an endless device', '/dev/zero'],
  ])('%s is refused with exit 2 and never printed', (_, catalog) => {
    const repo = repository(`catalog: ${catalog}\n`);
    const run = runCli(['validate', 'a.plan.yaml'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is outside the repository that holds the config/);
    expect(run.stderr).not.toContain('hunter2');
    expect(run.stderr).not.toMatch(/root:x:0/);
    noStack(run.stderr);
  });

  it('a link in the repository to a file outside it is refused too', () => {
    const repo = repository('catalog: offers.yaml\n');
    symlinkSync('../secret.yaml', join(repo, 'offers.yaml'));
    const run = runCli(['validate', 'a.plan.yaml'], { cwd: repo });
    expect([run.code, run.stderr.includes('hunter2')]).toEqual([2, false]);
  });

  it('a committed .csp-move.yaml linked to a file outside the repository is refused, not printed', () => {
    const root = folderWith({ 'secret.yaml': SECRET, 'repo/.git/HEAD': '', 'repo/a.plan.yaml': READY_PLAN });
    symlinkSync('../secret.yaml', join(root, 'repo/.csp-move.yaml'));
    const run = runCli(['validate', 'a.plan.yaml'], { cwd: join(root, 'repo') });
    expect([run.code, run.stderr]).toEqual([
      2,
      expect.stringMatching(/link to a file outside the repository/),
    ]);
    expect(run.stderr).not.toContain('hunter2');
  });

  it('a catalog in the repository is read with the size limit and encoding check of plans', () => {
    const big = repository('maxFileSize: 1KB\ncatalog: big.yaml\n', {
      'big.yaml': `# ${'x'.repeat(2000)}\n`,
    });
    const tooBig = runCli(['validate', 'a.plan.yaml'], { cwd: big });
    expect([tooBig.code, tooBig.stderr]).toEqual([
      2,
      expect.stringMatching(/over the limit of [0-9.]+ (B|KB)/),
    ]);
    const latin1 = repository('catalog: latin1.yaml\n');
    writeFileSync(join(latin1, 'latin1.yaml'), Buffer.from('offers:\n  - id: m\xfcnchen\n', 'latin1'));
    const garbled = runCli(['validate', 'a.plan.yaml'], { cwd: latin1 });
    expect([garbled.code, garbled.stderr]).toEqual([2, expect.stringMatching(/not valid UTF-8/)]);
  });

  it('--catalog /dev/zero is refused at once as not a regular file', () => {
    const dir = folderWith({ 'a.plan.yaml': READY_PLAN });
    const run = runCli(['validate', '--catalog', '/dev/zero', 'a.plan.yaml'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/not a regular file/)]);
  });

  it('the config lookup stops at the repository root', () => {
    const root = folderWith({
      '.csp-move.yaml': 'bogus: 1\n',
      'repo/.git/HEAD': '',
      'repo/a.plan.yaml': READY_PLAN,
    });
    const inside = runCli(['validate', 'a.plan.yaml'], { cwd: join(root, 'repo') });
    expect([inside.code, inside.stderr]).toEqual([0, '']);
    // Without a repository, the folders above are searched as before.
    const plain = folderWith({ '.csp-move.yaml': 'bogus: 1\n', 'sub/a.plan.yaml': READY_PLAN });
    expect(runCli(['validate', 'a.plan.yaml'], { cwd: join(plain, 'sub') }).code).toBe(2);
  });

  it('a config over 1 MB is refused by its size instead of being parsed', () => {
    const dir = folderWith({
      'a.plan.yaml': READY_PLAN,
      '.csp-move.yaml': `rules: ${'['.repeat(3_000_000)}`,
    });
    const run = runCli(['validate', 'a.plan.yaml'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/over the limit of 1(\.0)? MB/)]);
  });
});

describe('migrate reads plans as validate does (item 4)', () => {
  it('a Latin-1 version 1 plan is refused by its encoding, not rewritten with U+FFFD', () => {
    const latin1 = Buffer.from(
      READY_PLAN_V1.replace('Tailspin Coffee', 'Tailspin Caf\xe9 M\xfcnchen'),
      'latin1',
    );
    const dir = folderWith({});
    writeFileSync(join(dir, 'a.plan.yaml'), latin1);
    const run = runCli(['migrate', 'a.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/file-encoding/);
    expect(readFileSync(join(dir, 'a.plan.yaml')).equals(latin1)).toBe(true);
  });
});

describe('status and calendar check their outputs as validate does (item 5)', () => {
  it.each([
    ['status', ['status', '-f', 'markdown', '-o', 'p.plan.yaml', 'p.plan.yaml']],
    ['calendar', ['calendar', '-o', 'p.plan.yaml', 'p.plan.yaml']],
  ])('%s -o naming its own input is refused with exit 2 and the plan is kept', (_, args) => {
    const dir = folderWith({ 'p.plan.yaml': READY_PLAN });
    const run = runCli(args, { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/is also an input/)]);
    expect(readFileSync(join(dir, 'p.plan.yaml'), 'utf8')).toBe(READY_PLAN);
  });

  it('status names an output twice, or one that cannot be written, before judging anything', () => {
    const dir = folderWith({ 'p.plan.yaml': READY_PLAN, 'locked.md': 'old' });
    const twice = runCli(
      ['status', '-f', 'markdown', '-f', 'json', '-o', 'a.md', '-o', './a.md', 'p.plan.yaml'],
      {
        cwd: dir,
      },
    );
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringMatching(/named more than once/)]);
    chmodSync(join(dir, 'locked.md'), 0o444);
    const locked = runCli(['calendar', '-o', 'locked.md', 'p.plan.yaml'], { cwd: dir });
    expect([locked.code, locked.stderr]).toEqual([
      2,
      expect.stringMatching(/"locked\.md": the file is read-only/),
    ]);
  });
});

// A file name that would be a GitHub workflow command on a line of its own, and a terminal escape
// (OSC 52 sets the clipboard).
const COMMAND_NAME = 'a\n::error file=x::injected\n.plan.yaml';
const OSC_NAME = 'b\u001b]52;c;ZXZpbA==\u0007.plan.yaml';
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC and BEL are what must not get through.
const RAW_CONTROL = /[\u0007\u001b]/;
const noInjectedLine = (text: string) =>
  expect(text.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);

describe('file names in messages are escaped, in one place (item 6)', () => {
  it('migrate and migrate --check: the name cannot start a workflow command or reach the terminal raw', () => {
    const dir = folderWith({ [COMMAND_NAME]: READY_PLAN_V1, [OSC_NAME]: READY_PLAN_V1 });
    for (const args of [['migrate', '--check'], ['migrate']]) {
      const run = runCli(args, { cwd: dir });
      noInjectedLine(run.stdout);
      noInjectedLine(run.stderr);
      expect(RAW_CONTROL.test(run.stdout + run.stderr)).toBe(false);
      expect(run.stdout).toContain('a\\n::error file=x::injected\\n.plan.yaml');
    }
  });

  it('the excluded-file note, the calendar note and the created-folder note', () => {
    const dir = folderWith({
      '.csp-move.yaml': 'exclude: ["b*"]\n',
      [OSC_NAME]: READY_PLAN,
      [COMMAND_NAME]: 'version: 2\n',
    });
    const excluded = runCli(['validate', OSC_NAME], { cwd: dir });
    expect(excluded.stderr).toMatch(/was not checked/);
    expect(RAW_CONTROL.test(excluded.stderr)).toBe(false);
    const calendar = runCli(['calendar', COMMAND_NAME], { cwd: dir });
    expect(calendar.stderr).toMatch(/Left out of the calendar/);
    noInjectedLine(calendar.stderr);
    const folder = runCli(
      ['status', '-f', 'json', '-o', `new\u001b[2Jdir\n::error::x/s.json`, COMMAND_NAME],
      { cwd: dir },
    );
    expect(folder.stderr).toMatch(/Created the folder/);
    expect(RAW_CONTROL.test(folder.stderr)).toBe(false);
    noInjectedLine(folder.stderr);
  });
});

describe('every read is bounded (item 7)', () => {
  // Piped from a producer, as in a shell: the CLI stops reading at the limit and the producer gets EPIPE.
  const piped = (producer: string, args: string) =>
    spawnSync('bash', ['-c', `${producer} | "${process.execPath}" "${BIN}" ${args}`], {
      cwd: folderWith({}),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('3 MB on standard input stops at the limit with exit 2, no stack trace', () => {
    for (const producer of ['head -c 3145728 /dev/zero', "yes 'a: 1' | head -c 3145728", 'cat /dev/zero']) {
      const run = piped(producer, 'validate -');
      expect([producer, run.status, run.stderr]).toEqual([
        producer,
        2,
        expect.stringMatching(/Standard input is over the limit of 1(\.0)? MB/),
      ]);
      noStack(run.stderr);
    }
    const migrate = piped('cat /dev/zero', 'migrate -');
    expect([migrate.status, migrate.stderr]).toEqual([2, expect.stringMatching(/over the limit/)]);
  });

  it('migrate /dev/zero is refused by its size', () => {
    const run = runCli(['migrate', '/dev/zero'], { cwd: folderWith({}) });
    expect([run.code, run.stderr]).toEqual([1, expect.stringMatching(/file-too-large/)]);
  });
});

describe('what looking for files meets is said, by every command (Low items)', () => {
  it('ELOOP on an explicit path is named, not "No plan files found"', () => {
    const dir = folderWith({ 'a.plan.yaml': READY_PLAN });
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    for (const command of ['validate', 'status', 'calendar', 'migrate']) {
      const run = runCli([command, 'loop.yaml'], { cwd: dir });
      expect([command, run.code, run.stderr]).toEqual([
        command,
        2,
        expect.stringMatching(/"loop\.yaml": too many levels of symbolic links/),
      ]);
    }
  });

  it('status, calendar and migrate --check name skipped links as validate does', () => {
    const dir = folderWith({ 'plans/a.plan.yaml': READY_PLAN, 'elsewhere/old.yaml': READY_PLAN_V1 });
    symlinkSync('../elsewhere/old.yaml', join(dir, 'plans/old.plan.yaml'));
    for (const args of [
      ['status', 'plans'],
      ['calendar', 'plans'],
      ['migrate', '--check', 'plans'],
    ]) {
      const run = runCli(args, { cwd: dir });
      expect([args[0], run.stderr]).toEqual([
        args[0],
        expect.stringMatching(/Skipped the symbolic link "plans\/old\.plan\.yaml"/),
      ]);
    }
  });

  it.skipIf(!isRoot)('status, calendar and migrate --check exit 2 naming an unreadable folder', () => {
    const dir = folderWith({ 'plans/a.plan.yaml': READY_PLAN, 'plans/locked/old.plan.yaml': READY_PLAN_V1 });
    chmodSync(join(dir, 'plans/locked'), 0o000);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'plans'), 0o755);
    for (const args of [
      ['status', 'plans'],
      ['calendar', 'plans'],
      ['migrate', '--check', 'plans'],
    ]) {
      const run = runCli(args, { cwd: dir, asNobody: true });
      expect([args[0], run.code, run.stderr]).toEqual([
        args[0],
        2,
        expect.stringMatching(/Cannot read "plans\/locked": permission denied/),
      ]);
    }
  });
});

describe('encodings (Low items)', () => {
  it('UTF-32 is named as UTF-32, not UTF-16LE', () => {
    const text = 'version: 2\n';
    const le = Buffer.alloc(text.length * 4);
    const be = Buffer.alloc(text.length * 4);
    for (let i = 0; i < text.length; i++) {
      le.writeUInt32LE(text.charCodeAt(i), i * 4);
      be.writeUInt32BE(text.charCodeAt(i), i * 4);
    }
    const bomLe = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le]);
    const bomBe = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), be]);
    expect([le, be, bomLe, bomBe].map((bytes) => (decodeText(bytes) as { params: object }).params)).toEqual([
      { encoding: 'UTF-32LE' },
      { encoding: 'UTF-32BE' },
      { encoding: 'UTF-32LE' },
      { encoding: 'UTF-32BE' },
    ]);
    expect((decodeText(Buffer.from('\ufeffversion', 'utf16le')) as { params: object }).params).toEqual({
      encoding: 'UTF-16LE',
    });
  });
});
