// `npm run bench`: generates 2,000 and 10,000 version 2 plans of two kinds (bench-data/, not committed:
// the clean plans of issue 20 and plans with findings) and prints, for each set, the CLI's time against
// `yaml` parsing alone, the default threads (and what chose them) against --jobs 1, the effect of --jobs,
// an unchanged --cache re-run against a cold one (clean plans), `status` against `validate` (plans with
// findings), the start-up of one small file against `node -e 0`, and ajv-cli / Spectral where installed.
// Medians of a few runs, taken in rounds, with the load average while they ran.
// Then the hostile-input worst cases from 100 KB to 1 MB (bench/worst-run.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseThreads } from '../src/node/threads.ts';
import { ensureCleanPlans, ensurePlans } from './generate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'csp-move.js');
const data = join(root, 'bench-data');
const node = process.execPath;
const cores = availableParallelism();

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  spawnSync(node, [join(root, 'scripts', 'build.ts')], { stdio: 'inherit', cwd: root });
}

/** Wall-clock seconds of one run of a command; output is discarded. */
function once(command: string, args: string[], cwd = root): number {
  const start = process.hrtime.bigint();
  // Other tools print a report per file on stderr; a generous buffer keeps 10,000 reports from
  // overflowing the pipe (which would kill the tool and void the timing).
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return seconds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median seconds over `runs` runs, after one warm-up run (file cache, compile cache). */
function time(runs: number, command: string, args: string[], before?: () => void): number {
  before?.();
  once(command, args);
  return median(
    Array.from({ length: runs }, () => {
      before?.();
      return once(command, args);
    }),
  );
}

/**
 * Medians of several commands measured in rounds (each round runs each command once), so that a
 * burst of load on a shared machine hits every command alike instead of one of them.
 */
function rounds(
  runs: number,
  commands: Record<string, { args: string[]; before?: () => void }>,
): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (const [name, { args, before }] of Object.entries(commands)) {
    before?.();
    once(node, args); // warm-up: file cache, compile cache
    times[name] = [];
  }
  for (let round = 0; round < runs; round++) {
    for (const [name, { args, before }] of Object.entries(commands)) {
      before?.();
      times[name]?.push(once(node, args));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

function which(name: string): string | undefined {
  const local = join(root, '..', '..', 'node_modules', '.bin', name);
  if (existsSync(local)) return local;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const x = (ratio: number) => `${ratio.toFixed(2)}x`;
const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

// Two kinds of plans (bench/generate.ts): the clean plans issue 20 states its budgets on, and plans with
// findings, whose findings need the document's positions (the composed YAML document, not only the
// quick read), so that they cost more than parsing by nature and are reported without a budget.
// `npm run bench -- 2000` measures the 2,000-plan sets only (a quicker run); the default is every set.
const only = process.argv.slice(2).map(Number);
const sets = [
  { label: '2,000 clean plans', count: 2000, runs: 5, clean: true },
  { label: '10,000 clean plans', count: 10000, runs: 3, clean: true },
  { label: '2,000 plans with findings', count: 2000, runs: 5, clean: false },
  { label: '10,000 plans with findings', count: 10000, runs: 3, clean: false },
]
  .filter((set) => only.length === 0 || only.includes(set.count))
  .map((set) => ({
    ...set,
    dir: set.clean
      ? ensureCleanPlans(join(data, `clean-v2-${set.count}`), set.count)
      : ensurePlans(join(data, `plans-v2-${set.count}`), set.count),
  }));
const cache = join(root, '.csp-move-cache');
const clearCache = () => rmSync(cache, { recursive: true, force: true });

const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const loadBefore = load();
type Measured = Partial<Record<'floor' | 'one' | 'auto' | 'all' | 'cold' | 'warm' | 'status', number>>;
const results = sets.map(({ dir, runs, count, clean }) => {
  const loadAtStart = load();
  // As issue 20 runs it: `csp-move validate [flags] DIR`, the default (stylish) report.
  const validate = (...flags: string[]) => [bin, 'validate', ...flags, dir];
  // What the default run decides (chooseThreads, as the CLI calls it), noted just before each such run.
  const choices: { threads: number; load: number }[] = [];
  const noteChoice = () => {
    choices.push(chooseThreads(count));
  };
  const measured: Measured = rounds(runs, {
    floor: { args: [join(root, 'bench', 'parse-floor.ts'), dir] },
    one: { args: validate('--jobs', '1') },
    auto: { args: validate(), before: noteChoice },
    all: { args: validate('--jobs', String(cores)) },
    ...(clean
      ? {
          // Paired in each round: a cold run (no cache), then an unchanged re-run that reads what it wrote.
          cold: { args: validate('--cache'), before: clearCache },
          warm: { args: validate('--cache') },
        }
      : {
          // status judges the same files as validate and then sorts them into one line per plan.
          status: { args: [bin, 'status', '--jobs', String(cores), dir] },
        }),
  });
  clearCache();
  // The choice of the timed runs (the first was the warm-up): each number of threads, how often, and
  // the load averages it was chosen at.
  const byThreads = new Map<number, number[]>();
  for (const { threads, load } of choices.slice(1))
    byThreads.set(threads, [...(byThreads.get(threads) ?? []), load]);
  const chosen = [...byThreads]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([threads, loads]) => {
      const [low, high] = [Math.min(...loads), Math.max(...loads)].map((l) => l.toFixed(1));
      return `${threads} of ${cores} ×${loads.length} (load ${low === high ? low : `${low}–${high}`})`;
    });
  return { ...measured, chosen: chosen.join(', '), load: `${loadAtStart} → ${load()}` };
});

/** A cell: the figure for a set, or empty where that set does not measure it. */
const cell = (value: number | undefined, text: (value: number) => string) =>
  value === undefined ? '' : text(value);
const each = (text: (r: (typeof results)[number]) => string) => results.map(text);

row('', ...sets.map((set) => set.label), 'goal');
row('load average (1 min), start → end', ...each((r) => r.load), '');
row('yaml parse only (the floor)', ...each((r) => cell(r.floor, s)), '');
row(
  'csp-move --jobs 1',
  ...each((r) => cell(r.one, (one) => `${s(one)} = ${x(one / (r.floor ?? one))} floor`)),
  '≤ 1.3x floor (clean plans)',
);
row(
  'csp-move, default threads',
  ...each((r) => cell(r.auto, (auto) => `${s(auto)} = ${x(auto / (r.one ?? auto))} --jobs 1`)),
  '≤ 1.00x --jobs 1',
);
row('  threads the default chose', ...each((r) => r.chosen), '');
row(
  `csp-move --jobs ${cores} (every core)`,
  ...each((r) => cell(r.all, (all) => `${s(all)} = ${x((r.one ?? all) / all)} faster`)),
  'uses every core (a ratio under 1 is slower)',
);
row(
  `csp-move status --jobs ${cores}`,
  ...each((r) => cell(r.status, (status) => `${s(status)} = ${x(status / (r.all ?? status))} validate`)),
  '≤ 1.3x validate',
);
row('csp-move --cache, cold', ...each((r) => cell(r.cold, s)), '');
row(
  'csp-move --cache, unchanged',
  ...each((r) => cell(r.warm, (warm) => `${s(warm)} = ${x((r.cold ?? warm) / warm)} faster`)),
  '≥ 10x faster (clean plans)',
);

// Start-up: one small plan against starting Node and doing nothing.
const small = join(data, 'small.plan.yaml');
writeFileSync(
  small,
  `version: 1\nasOf: 2027-05-02\npartner: { name: P, country: TW }\ncustomer: { name: C, country: TW, agreementAccepted: true }\nrelationship: { reseller: accepted, requestedOn: 2027-04-19, acceptedOn: 2027-04-21, adminAccess: gdap }\nsubscriptions:\n  - { id: a, offer: office-365-e3, quantity: 5, channel: web-direct, termEnd: 2027-05-31, autoRenew: false, exit: expire, target: { offer: office-365-e3, quantity: 5, provisionOn: 2027-05-28 } }\n`,
);
const startup = rounds(11, { bare: { args: ['-e', '0'] }, start: { args: [bin, 'validate', small] } });
const { bare = 0, start = 0 } = startup;
row(
  'one small file vs node -e 0',
  `${s(start)} vs ${s(bare)} = ${x(start / bare)}`,
  ...sets.slice(1).map(() => ''),
  '< 3x',
);

// Other tools on the files of the last set, schema only, where installed; shown in its column.
const big = sets[sets.length - 1] as (typeof sets)[number];
const inLast = (text: string) => [...sets.slice(1).map(() => ''), text];
const schema = join(root, 'dist', 'plan-v1.schema.json');
const ajv = which('ajv');
row(
  'ajv-cli (schema only)',
  ...inLast(
    ajv
      ? s(
          time(1, ajv, [
            'validate',
            '--spec=draft7',
            '-c',
            'ajv-formats',
            '-s',
            schema,
            '-d',
            `${big.dir}/*.yaml`,
          ]),
        )
      : 'not installed',
  ),
  '',
);
const spectral = which('spectral');
if (spectral) {
  const ruleset = join(data, 'spectral.yaml');
  writeFileSync(
    ruleset,
    `rules:\n  plan-schema:\n    given: $\n    severity: error\n    then:\n      function: schema\n      functionOptions:\n        schema:\n          $ref: ${schema}\n`,
  );
  const seconds = time(1, spectral, ['lint', '--ruleset', ruleset, `${big.dir}/*.yaml`]);
  row(
    'Spectral (schema rule)',
    ...inLast(`${s(seconds)} = ${x(seconds / (results[results.length - 1]?.all ?? 1))} csp-move`),
    '≥ 20x csp-move',
  );
} else {
  row('Spectral (schema rule)', ...inLast('not installed'), '≥ 20x csp-move');
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
process.stdout.write(
  `csp-move benchmark: Node ${process.version}, ${cores} cores, medians of ${sets.map((s) => s.runs).join(' / ')} runs, load average ${loadBefore} before and ${load()} after\n\n`,
);
for (const r of rows)
  process.stdout.write(
    `${r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('   ')
      .trimEnd()}\n`,
  );

// Hostile input: time per megabyte of the worst case of each class that was once super-linear.
spawnSync(node, [join(root, 'bench', 'worst-run.ts')], { stdio: 'inherit' });
