// `npm run bench` (and `node bench/worst-run.ts` alone): the worst case of each class of input that
// once cost more than linear time, from 100 KB to 1 MB, as time per megabyte and its ratio to the
// 100 KB figure. Flat means linear: a ratio near 1 at every size. Each class runs in a fresh process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { perMegabyte, WORST_CASES } from './worst.ts';

// WORST_SIZES (bytes, comma-separated), WORST_RUNS and WORST_TIMEOUT (seconds per class) let the same table be made
// for an older build, whose quadratic cases would otherwise run for hours.
const SIZES = (process.env.WORST_SIZES ?? '100000,300000,1000000').split(',').map(Number);
const RUNS = Number(process.env.WORST_RUNS ?? 2);
const TIMEOUT = Number(process.env.WORST_TIMEOUT ?? 0) * 1000 || undefined;

if (process.argv[2] === '--one') {
  // Child: one class, every size, the best of RUNS each; prints seconds per megabyte as JSON.
  const make = WORST_CASES[process.argv[3] as string] as (bytes: number) => string;
  perMegabyte(make, [SIZES[0] as number], 1);
  process.stdout.write(JSON.stringify(perMegabyte(make, SIZES, RUNS)));
} else {
  const rows = [['worst case', ...SIZES.map((s) => `${s / 1000} KB`), 'ratio largest / smallest']];
  for (const name of Object.keys(WORST_CASES)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', name], {
      encoding: 'utf8',
      timeout: TIMEOUT,
    });
    if (child.signal) {
      rows.push([name, `over ${(TIMEOUT ?? 0) / 1000} s for all sizes`]);
      continue;
    }
    if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
    const perMb = JSON.parse(child.stdout) as number[];
    const first = perMb[0] as number;
    rows.push([
      name,
      ...perMb.map((t) => `${t.toFixed(2)} s/MB`),
      `${((perMb[perMb.length - 1] as number) / first).toFixed(2)}x`,
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  process.stdout.write(
    `\nWorst cases (validate + stylish report, best of ${RUNS}; flat time per MB = linear):\n\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('   ')
        .trimEnd()}\n`,
    );
}
