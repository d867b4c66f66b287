// The result cache's metadata strategy (issue 20) and its bounded read (issue 21, item 7): an unchanged
// file is not read at all, a changed one is noticed however little changed, and no cache file can make
// a run crash, hang or fill the memory.
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { ResultCache } from '../src/node/cache.ts';
import { planWith } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
// The same length as BLOCKED, and ready: a change that keeps the size.
const READY_SAME_SIZE = planWith(
  '  name: Tailspin Coffee\n  country: TW',
  '  name: Tailspin Coffea\n  country: TW',
);
const CACHE_FILE = join('.csp-move-cache', 'results-v2.json');

/** Runs the CLI in `dir` with `args`, its outputs captured. */
async function run(dir: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: dir,
    env: {},
    stdout: {
      write: (text: string) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
      },
      isTTY: false,
    },
    readStdin: async () => '',
  });
  return { code, stdout, stderr };
}

async function validate(dir: string, ...args: string[]) {
  const { code, stdout, stderr } = await run(dir, [
    'validate',
    '--cache',
    '-f',
    'json',
    ...args,
    'p.plan.yaml',
  ]);
  const files = code === 2 ? [] : (JSON.parse(stdout).files as { verdict: string }[]);
  return { code, stdout, stderr, verdict: files[0]?.verdict };
}

/** Sets a file's access and modification time to whole seconds, so that it can be set back exactly. */
const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

describe('the cache trusts file metadata, as ESLint does', () => {
  it('takes an unchanged file from the cache without reading it', async () => {
    expect(READY_SAME_SIZE.length).toBe(BLOCKED.length);
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    const plan = join(dir, 'p.plan.yaml');
    const old = Math.floor(Date.now() / 1000) - 3600;
    setTime(plan, old);
    expect((await validate(dir)).verdict).toBe('blocked');
    // Same size, same time, same inode: the file is taken as unchanged and not read (which is why a
    // change made behind the metadata's back goes unseen, as with ESLint's metadata strategy).
    const inode = statSync(plan).ino;
    writeFileSync(plan, READY_SAME_SIZE);
    setTime(plan, old);
    expect(statSync(plan).ino).toBe(inode);
    expect((await validate(dir)).verdict).toBe('blocked');
    // Any change of time is noticed, and then the content decides.
    setTime(plan, old + 1);
    expect((await validate(dir)).verdict).toBe('ready');
  });

  it('hashes a file changed within the same second as the run that cached it', async () => {
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    const plan = join(dir, 'p.plan.yaml');
    // Modified just now: a second change within the file system's time grain would keep the time.
    const now = Math.floor(Date.now() / 1000);
    setTime(plan, now);
    expect((await validate(dir)).verdict).toBe('blocked');
    writeFileSync(plan, READY_SAME_SIZE);
    setTime(plan, now);
    expect((await validate(dir)).verdict).toBe('ready');
  });

  it('keeps no result of a changed file: a touched file with the same content is stamped again', async () => {
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    const plan = join(dir, 'p.plan.yaml');
    const old = Math.floor(Date.now() / 1000) - 3600;
    setTime(plan, old);
    await validate(dir);
    setTime(plan, old + 10);
    expect((await validate(dir)).verdict).toBe('blocked');
    const entry = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8')).entries['p.plan.yaml'];
    expect(entry.stamp.mtime).toBe(`${old + 10}000000000`);
  });
});

describe('the cache file is read bounded, as a regular file only', () => {
  it('refuses a cache linked to /dev/zero without reading it, with a note', async () => {
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    mkdirSync(join(dir, '.csp-move-cache'));
    symlinkSync('/dev/zero', join(dir, CACHE_FILE));
    const run = await validate(dir);
    expect(run.verdict).toBe('blocked');
    expect(run.stderr).toMatch(/is not a regular file and was ignored/);
  });

  it('ignores a corrupt cache with a note, never a crash', async () => {
    for (const body of ['{"version":1,"key":', '\u0000\u0001garbage', '[]', 'null', '{"entries":7}']) {
      const dir = folderWith({ 'p.plan.yaml': BLOCKED, [CACHE_FILE]: body });
      const run = await validate(dir);
      expect(run.code, body).toBe(1);
      expect(run.verdict, body).toBe('blocked');
      expect(run.stderr, body).not.toMatch(/internal error|\n\s+at /);
    }
    const dir = folderWith({ 'p.plan.yaml': BLOCKED, [CACHE_FILE]: '{"version":1,"key":' });
    expect((await validate(dir)).stderr).toMatch(/is damaged and was ignored/);
  });
});

describe('the cache keeps what validate reports, in a file of its own version', () => {
  it('keeps of a schedule only the next step, and reports the same from the cache', async () => {
    const dir = folderWith({ 'p.plan.yaml': READY_SAME_SIZE });
    setTime(join(dir, 'p.plan.yaml'), Math.floor(Date.now() / 1000) - 3600);
    const first = await validate(dir);
    const entry = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8')).entries['p.plan.yaml'];
    // Version 1 kept every step (about 10 KB a plan); validate shows only the next one.
    expect(entry.result.schedule.steps).toEqual([]);
    expect(entry.result.schedule.next.kind).toBeTypeOf('string');
    const again = await validate(dir);
    expect(again.stdout).toBe(first.stdout);
    expect(JSON.parse(again.stdout).files[0].nextStep).toEqual(JSON.parse(first.stdout).files[0].nextStep);
  });

  it('ignores a version 1 cache file: its entries are never served', async () => {
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    const plan = join(dir, 'p.plan.yaml');
    setTime(plan, Math.floor(Date.now() / 1000) - 3600);
    await validate(dir);
    // An old cache beside the new one, whose entry for the file would say "ready" if it were read.
    const current = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8'));
    const entry = current.entries['p.plan.yaml'];
    const forged = { ...entry, result: { verdict: 'ready', diagnostics: [], suppressed: [] } };
    writeFileSync(
      join(dir, '.csp-move-cache', 'results-v1.json'),
      JSON.stringify({ version: 1, key: current.key, entries: { 'p.plan.yaml': forged } }),
    );
    rmSync(join(dir, CACHE_FILE));
    const run = await validate(dir);
    expect(run.verdict).toBe('blocked');
    expect(run.stderr).toBe('');
  });

  it('drops an entry that holds more steps than the next one, with a note', async () => {
    const dir = folderWith({ 'p.plan.yaml': READY_SAME_SIZE });
    setTime(join(dir, 'p.plan.yaml'), Math.floor(Date.now() / 1000) - 3600);
    await validate(dir);
    const cache = JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8'));
    const schedule = cache.entries['p.plan.yaml'].result.schedule;
    schedule.steps = [schedule.next];
    writeFileSync(join(dir, CACHE_FILE), JSON.stringify(cache));
    const run = await validate(dir);
    expect(run.stderr).toMatch(/Ignored 1 damaged or altered entry/);
    expect(run.verdict).toBe('ready');
  });
});

describe("a folder's unchanged plans are recognised from the cache", () => {
  // In a folder that is not named plans/ and without .plan.yaml: recognised by its start alone.
  const validateFolder = async (dir: string) => {
    const { code, stdout, stderr } = await run(dir, ['validate', '--cache', '-f', 'json', 'team']);
    const files = code === 2 ? [] : (JSON.parse(stdout).files as { path: string; verdict: string }[]);
    return { code, stderr, files: files.map(({ path, verdict }) => ({ path, verdict })) };
  };
  // The same length as BLOCKED, with neither the modeline nor a version: not a plan by its start.
  const notAPlan = BLOCKED.replace('# yaml-language-server', '# yaml-language-servex').replace(
    'version: 2',
    'versiom: 2',
  );

  it('does not read the start of an unchanged plan again to recognise it', async () => {
    expect(notAPlan.length).toBe(BLOCKED.length);
    const dir = folderWith({ 'team/move.yaml': BLOCKED });
    const file = join(dir, 'team', 'move.yaml');
    const old = Math.floor(Date.now() / 1000) - 3600;
    setTime(file, old);
    expect((await validateFolder(dir)).files).toEqual([{ path: 'team/move.yaml', verdict: 'blocked' }]);
    // Changed behind the metadata's back: still taken as the plan it was, so its start was not read.
    writeFileSync(file, notAPlan);
    setTime(file, old);
    expect((await validateFolder(dir)).files.map((f) => f.verdict)).toEqual(['blocked']);
    // Any change of time is noticed: the start is read, and it is no plan.
    setTime(file, old + 1);
    const changed = await validateFolder(dir);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/team/);
  });

  it('does not take a file named on the command line as a plan of its folder because it was cached', async () => {
    const dir = folderWith({ 'team/move.yaml': READY_SAME_SIZE, 'team/notes.yaml': notAPlan });
    const old = Math.floor(Date.now() / 1000) - 3600;
    setTime(join(dir, 'team', 'notes.yaml'), old);
    // Named, it is validated (and cached) though its start does not declare a plan.
    const { stdout } = await run(dir, ['validate', '--cache', '-f', 'json', 'team/notes.yaml']);
    expect(JSON.parse(stdout).files[0].path).toBe('team/notes.yaml');
    // The folder's plans are still what their starts declare.
    expect((await validateFolder(dir)).files.map((f) => f.path)).toEqual(['team/move.yaml']);
  });
});

describe('the cache is not used across a change of catalog or of csp-move', () => {
  it('checks an unchanged file again when the catalog extension it was judged with changed', async () => {
    const plan = planWith('      offer: microsoft-365-business-standard', '      offer: contoso-backup');
    const offer = [
      'offers:',
      '  - id: contoso-backup',
      '    names: [{ en: Contoso Backup, zh-TW: Contoso 備份 }]',
      '    kind: standalone',
      '    status: active',
      '    source: { title: Contoso price list, url: "https://contoso.example/prices" }',
      '    asOf: 2027-01-01',
    ].join('\n');
    const dir = folderWith({ 'p.plan.yaml': plan, 'extra.yaml': 'offers: []\n' });
    setTime(join(dir, 'p.plan.yaml'), Math.floor(Date.now() / 1000) - 3600);
    const rules = async () => {
      const { stdout } = await run(dir, [
        'validate',
        '--cache',
        '-f',
        'json',
        '--catalog',
        'extra.yaml',
        'p.plan.yaml',
      ]);
      return (JSON.parse(stdout).files[0].findings as { rule: string }[]).map((f) => f.rule);
    };
    expect(await rules()).toContain('unknown-offer');
    writeFileSync(join(dir, 'extra.yaml'), `${offer}\n`);
    expect(await rules()).not.toContain('unknown-offer');
  });

  it('serves no entry stored under another version or build of csp-move', async () => {
    const dir = folderWith({ 'p.plan.yaml': BLOCKED });
    const file = join(dir, 'p.plan.yaml');
    setTime(file, Math.floor(Date.now() / 1000) - 3600);
    const parts = { version: '0.1.0', build: 'a', catalog: 'c' };
    const first = await ResultCache.load(dir, parts);
    const stats = statSync(file, { bigint: true });
    first.store(
      'p.plan.yaml',
      first.content(BLOCKED),
      { path: 'p.plan.yaml', verdict: 'ready', diagnostics: [], suppressed: [] },
      stats,
    );
    mkdirSync(join(dir, '.csp-move-cache'));
    writeFileSync(join(dir, CACHE_FILE), first.serialize());
    expect((await ResultCache.load(dir, parts)).unchanged('p.plan.yaml', stats)?.verdict).toBe('ready');
    for (const other of [
      { ...parts, version: '0.2.0' },
      { ...parts, build: 'b' },
    ]) {
      const later = await ResultCache.load(dir, other);
      expect(later.unchanged('p.plan.yaml', stats)).toBeUndefined();
      expect(later.lookup('p.plan.yaml', first.content(BLOCKED).hash)).toBeUndefined();
    }
  });
});
