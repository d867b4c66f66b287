import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/evaluate.ts';
import type { Plan } from '../src/plan/schema.ts';
import { RULE_IDS } from '../src/rules/ids.ts';
import type { PlanStep } from '../src/steps.ts';
import type { Step } from '../src/timeline.ts';
import { loadExamples } from './helpers/examples.ts';

// The rules run in the checker page as they run in the CLI: prove that the engine bundles for the
// browser with nothing left outside the bundle and no Node built-in inside it.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = `
export { evaluate } from './src/evaluate.ts';
export { timeline } from './src/timeline.ts';
export { planSteps, nextStepOf } from './src/steps.ts';
export { rules, findingMessage } from './src/rules/index.ts';
export { defaultCatalog } from './src/catalog/index.ts';
`;

const result = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'browser-entry.ts' },
  bundle: true,
  platform: 'browser',
  format: 'esm',
  external: [],
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const code = result.outputFiles[0]?.text ?? '';
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

interface Bundle {
  evaluate(plan: Plan, options: { catalog: unknown; today?: string }): Evaluation;
  timeline(plan: Plan, options: { catalog: unknown }): Step[];
  planSteps(plan: Plan, options: { catalog: unknown; today?: string }): PlanStep[];
  rules: Record<string, unknown>;
  findingMessage(finding: Evaluation['findings'][number], locale: 'en' | 'zh-TW', catalog: unknown): string;
  defaultCatalog(): unknown;
}

describe('browser bundle of evaluate, timeline and rules', () => {
  it('builds for the browser platform without warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(code.length).toBeGreaterThan(0);
  });

  it('takes every input from this package and imports no Node built-in', () => {
    const inputs = Object.entries(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(25);
    for (const [path, input] of inputs) {
      expect(path).not.toMatch(/^node:|node_modules/);
      for (const imported of input.imports) {
        expect(nodeBuiltins.has(imported.path), `${path} imports ${imported.path}`).toBe(false);
        expect(imported.external ?? false).toBe(false);
      }
    }
  });

  it('uses no Node globals', () => {
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\b__dirname\b|\bBuffer\./);
  });

  it('evaluates plans inside the bundle', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const bundle = (await import(/* @vite-ignore */ url)) as Bundle;
    const catalog = bundle.defaultCatalog();
    const examples = Object.fromEntries(loadExamples().map((e) => [e.name, e.plan]));

    const ready = bundle.evaluate(examples['small-business'] as Plan, { catalog });
    expect(ready).toMatchObject({ verdict: 'ready', findings: [], nextStep: { kind: 'provision' } });
    const steps = bundle.planSteps(examples['small-business'] as Plan, { catalog });
    expect(steps.map((s) => s.state)).toContain('done');
    expect(steps.map((s) => s.state)).toContain('upcoming');

    const refused = bundle.evaluate(examples['multi-region-refused'] as Plan, { catalog });
    expect(refused.verdict).toBe('blocked');
    expect(refused.findings.map((f) => [f.rule, f.pointer])).toEqual([
      ['region-mismatch', '/customer/country'],
    ]);
    expect(
      bundle.findingMessage(refused.findings[0] as Evaluation['findings'][number], 'zh-TW', catalog),
    ).toContain('美國');

    // Every rule is in the bundle (a count written here would go stale with each new rule).
    expect(Object.keys(bundle.rules)).toEqual([...RULE_IDS]);
    expect(bundle.timeline(examples['small-business'] as Plan, { catalog }).length).toBeGreaterThan(0);
  });
});
