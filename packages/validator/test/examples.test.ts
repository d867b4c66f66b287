import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import type { Plan } from '@csp-move/rules/plan';
import { isRuleId } from '@csp-move/rules/rules';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateText } from '../src/core/validate.ts';
import { isDiagnosticCode } from '../src/diagnostics/index.ts';
import { PACKAGE_ROOT, runCli } from './helpers/cli.ts';

// The example plans in content/examples, as a partner would check them: from the CLI, in one run.
const EXAMPLES = join(PACKAGE_ROOT, '..', '..', 'content', 'examples');
const names = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.plan.yaml'))
  .sort();
const run = runCli(['validate', '--format', 'json', '.'], { cwd: EXAMPLES });
const fromCli = new Map(
  (
    JSON.parse(run.stdout) as {
      files: {
        path: string;
        verdict: string;
        findings: { rule: string; pointer: string; severity: string }[];
      }[];
    }
  ).files.map((f) => [f.path, f]),
);

it('has example plans, and the CLI checks every one without a usage or internal error', () => {
  expect(names.length).toBeGreaterThan(20);
  expect([0, 1]).toContain(run.code);
  // content/examples/v1 keeps version 1 plans; test/migrate.test.ts checks them.
  const v1 = readdirSync(join(EXAMPLES, 'v1')).map((f) => `v1/${f}`);
  expect([...fromCli.keys()].sort()).toEqual([...names, ...v1].sort());
});

describe.each(names)('%s', (file) => {
  const name = file.replace(/\.plan\.yaml$/, '');
  const text = readFileSync(join(EXAMPLES, file), 'utf8');
  const result = validateText(text, { path: file });
  const cli = fromCli.get(file);

  it('is a valid plan: no YAML, schema or suppression diagnostics', () => {
    expect(result.verdict).not.toBe('invalid');
    expect(result.diagnostics.filter((d) => isDiagnosticCode(d.rule))).toEqual([]);
  });

  it(isRuleId(name) ? `fires ${name}, as its name says` : 'fires rules only', () => {
    const rules = result.diagnostics.map((d) => d.rule);
    if (isRuleId(name)) expect(rules).toContain(name);
    for (const rule of rules) expect(isRuleId(rule)).toBe(true);
  });

  it('gets the same findings from the CLI, from the validator and from the rules package', () => {
    const mine = result.diagnostics.map((d) => ({ rule: d.rule, pointer: d.pointer, severity: d.severity }));
    expect(cli?.findings.map((f) => ({ rule: f.rule, pointer: f.pointer, severity: f.severity }))).toEqual(
      mine,
    );
    expect(cli?.verdict).toBe(result.verdict);
    const plan = parse(text) as Plan;
    const direct = evaluate(plan, { catalog: defaultCatalog() });
    const key = (f: { rule: string; pointer: string; severity: string }) =>
      `${f.rule} ${f.pointer} ${f.severity}`;
    expect(mine.map(key).sort()).toEqual(direct.findings.map(key).sort());
    expect(result.verdict).toBe(direct.verdict);
  });
});
