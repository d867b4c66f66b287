// Regression test for issue 21's Low item: there was no cap on diagnostics, so a 0.63 MB plan gave
// 97 MB of SARIF. Each file lists its first MAX_DIAGNOSTICS_PER_FILE findings and says how many more
// there are; counts and exit codes still include every finding.
import { describe, expect, it } from 'vitest';
import { exitCode } from '../src/cli/commands/validate.ts';
import { MAX_DIAGNOSTICS_PER_FILE } from '../src/core/result.ts';
import { validateText } from '../src/core/validate.ts';
import { FORMATTERS } from '../src/formatters/index.ts';
import type { FormatterOptions } from '../src/formatters/types.ts';
import type { FileResult } from '../src/types.ts';
import { READY_PLAN } from './helpers/plan.ts';

const options: FormatterOptions = { locale: 'en', color: false, failOn: 'error', toolVersion: '0' };
const EXTRA = 5000;
// Five thousand unknown top-level fields: one finding each.
const MANY = READY_PLAN + Array.from({ length: EXTRA }, (_, i) => `extra${i}: 1\n`).join('');

describe('a file with thousands of findings', () => {
  const result = validateText(MANY, { path: 'many.plan.yaml' });
  const total = result.diagnostics.length + (result.omitted?.errors ?? 0) + (result.omitted?.warnings ?? 0);

  it('lists the first findings by position and counts the rest by severity', () => {
    expect(result.diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    expect(total).toBeGreaterThanOrEqual(EXTRA);
    expect(result.diagnostics[0]?.range.start.line).toBeLessThanOrEqual(
      result.diagnostics.at(-1)?.range.start.line ?? 0,
    );
  });

  it('every report stays small and says "… and N more"', () => {
    const more = `and ${total - MAX_DIAGNOSTICS_PER_FILE} more findings`;
    for (const format of ['stylish', 'markdown', 'junit', 'github'] as const) {
      const text = FORMATTERS[format]({ files: [result] }, options);
      expect([format, text.includes(more)]).toEqual([format, true]);
    }
    const sarif = JSON.parse(FORMATTERS.sarif({ files: [result] }, options));
    expect(sarif.runs[0].results).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    expect(sarif.runs[0].properties.omitted['many.plan.yaml']).toEqual(result.omitted);
    expect(JSON.stringify(sarif).length).toBeLessThan(MANY.length * 10);
  });

  it('the JSON report keeps its shape, counts every finding and adds omitted to the file', () => {
    const json = JSON.parse(FORMATTERS.json({ files: [result] }, options));
    expect(json.files[0].findings).toHaveLength(MAX_DIAGNOSTICS_PER_FILE);
    expect(json.files[0].omitted).toEqual(result.omitted);
    expect(json.summary.errors + json.summary.warnings + json.summary.infos).toBe(total);
  });
});

it('an error past the cap still fails the run', () => {
  const file: FileResult = {
    path: 'a.plan.yaml',
    verdict: 'invalid',
    diagnostics: [],
    suppressed: [],
    omitted: { errors: 1, warnings: 0, infos: 0 },
  };
  expect(exitCode([file], { failOn: 'error' })).toBe(1);
  expect(
    exitCode([{ ...file, omitted: { errors: 0, warnings: 2, infos: 0 } }], {
      failOn: 'error',
      maxWarnings: 1,
    }),
  ).toBe(1);
});
