import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensurePlans } from '/work/wt/steps/packages/validator/bench/generate.ts';
const root = '/work/wt/steps/packages/validator';
const dir = ensurePlans(join(root, 'bench-data', 'plans-10000'), 10000);
const bin = join(root, 'bin', 'csp-move.js');
const run = (args: string[]) => { const t = process.hrtime.bigint(); const r = spawnSync(process.execPath, [bin, ...args, dir], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 }); if (r.status! > 1) throw new Error(String(r.stderr)); return Number(process.hrtime.bigint() - t) / 1e9; };
const v: number[] = [], s: number[] = [], c: number[] = [];
run(['validate', '--format', 'json']);
for (let i = 0; i < 3; i++) { v.push(run(['validate', '--format', 'json'])); s.push(run(['status', '--format', 'json'])); c.push(run(['calendar'])); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[1]!;
console.log(`validate ${med(v).toFixed(2)} s, status ${med(s).toFixed(2)} s = ${(med(s) / med(v)).toFixed(2)}x, calendar ${med(c).toFixed(2)} s = ${(med(c)/med(v)).toFixed(2)}x; all: ${v.map(x=>x.toFixed(2))} | ${s.map(x=>x.toFixed(2))} | ${c.map(x=>x.toFixed(2))}`);
