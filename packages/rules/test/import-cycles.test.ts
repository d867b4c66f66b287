import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Modules that import each other, even for types only, cannot be read or changed one at a time (issue
// 22: paths.ts, timeline.ts and timeline-access.ts did; so did catalog/index.ts with its parts and the
// validator's distill.ts with any-of.ts). Biome's noImportCycles rule, configured in biome.json to count
// type imports, finds them; `biome ci` runs it in CI, and this test runs it on the sources by itself.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

function importCycles(paths: readonly string[]) {
  const run = spawnSync(
    biome,
    ['lint', '--only=suspicious/noImportCycles', '--colors=off', '--max-diagnostics=20', ...paths],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('import cycles', () => {
  const canary = mkdtempSync(join(root, 'packages', 'rules', 'test', '.cycle-'));
  afterAll(() => rmSync(canary, { recursive: true, force: true }));

  it('are found even when the modules import only types from each other', () => {
    writeFileSync(
      join(canary, 'a.ts'),
      "import type { B } from './b.ts';\nexport interface A {\n  b?: B;\n}\n",
    );
    writeFileSync(
      join(canary, 'b.ts'),
      "import type { A } from './a.ts';\nexport interface B {\n  a?: A;\n}\n",
    );
    const { status, output } = importCycles([relative(root, canary)]);
    expect(status).toBe(1);
    expect(output).toContain('lint/suspicious/noImportCycles');
  }, 120_000);

  it('are none in the packages and the site', () => {
    const { status, output } = importCycles([
      'packages/rules/src',
      'packages/validator/src',
      'apps/site/src',
    ]);
    expect(output).not.toContain('noImportCycles');
    expect(status).toBe(0);
  }, 120_000);
});
