// Regression test for issue 21's Low item: `--fix` said "Fixed 1 problem" after two edits, because it
// counted how many findings fewer there were; renaming a misspelt section revealed a finding in it.
// It now counts the edits it made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { validateText } from '../src/core/validate.ts';
import { fixText } from '../src/node/fix.ts';
import { runCli } from './helpers/cli.ts';
import { READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// Two misspelt sections; once `customer` is spelt right, its country (no CSP market) is a finding.
const TWO_EDITS = READY_PLAN.replace(
  'customer:\n  name: Tailspin Coffee\n  country: TW',
  'custmer:\n  name: Tailspin Coffee\n  country: ZZ',
).replace('relationship:', 'relationshp:');

it('two edits that leave one finding in place of two are two fixes, not one', () => {
  const before = validateText(TWO_EDITS, { path: 'a.plan.yaml' });
  expect(before.diagnostics.map((d) => d.rule)).toEqual(['unknown-key', 'unknown-key']);
  const fixed = fixText(TWO_EDITS, before, { path: 'a.plan.yaml' });
  expect(fixed.result.diagnostics.map((d) => d.rule)).toEqual(['unknown-market']);
  expect(fixed.applied).toBe(2);

  const dir = folderWith({ 'a.plan.yaml': TWO_EDITS });
  const run = runCli(['validate', '--fix', 'a.plan.yaml'], { cwd: dir });
  expect(run.stderr).toContain('Fixed 2 problems in a.plan.yaml.');
  expect(readFileSync(join(dir, 'a.plan.yaml'), 'utf8')).toBe(fixed.text);
});
