// Regression test for issue 21's Low item: nesting depth was checked only after the whole concrete
// syntax tree was built, so a megabyte of `[` took about a gigabyte of memory before nesting-limit was
// reported. Now reading stops at the first collection too deep: 4 MB of `[` parse in a 64 MB heap.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { MAX_DEPTH } from '../src/core/parse.ts';
import { PACKAGE_ROOT } from './helpers/cli.ts';

it('4 MB of [ ends in one nesting-limit in a 64 MB heap, without building the tree first', () => {
  const parse = pathToFileURL(join(PACKAGE_ROOT, 'src/core/parse.ts')).href;
  const script = `const { parseYaml } = await import(${JSON.stringify(parse)});
const { drafts } = parseYaml('['.repeat(4 * 1024 * 1024));
process.stdout.write(JSON.stringify(drafts.map((d) => [d.code, d.span])));`;
  const run = spawnSync(process.execPath, ['--max-old-space-size=64', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(run.stderr).not.toMatch(/heap out of memory/);
  expect([run.status, JSON.parse(run.stdout || 'null')]).toEqual([
    0,
    [['nesting-limit', [MAX_DEPTH, MAX_DEPTH + 1]]],
  ]);
});
