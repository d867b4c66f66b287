import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { planSchema } from '@csp-move/rules/plan';
import { describe, expect, test } from 'vitest';
import { DIST } from './dist.ts';

const require = createRequire(import.meta.url);

describe('/schemas/plan-v1.json', () => {
  const served = readFileSync(join(DIST, 'schemas', 'plan-v1.json'));

  test('is byte for byte the schema the validator uses', () => {
    const shipped = readFileSync(require.resolve('@csp-move/rules/plan-v1.schema.json'));
    expect(served.equals(shipped)).toBe(true);
  });

  test('is the plan schema of the rules package', () => {
    expect(JSON.parse(served.toString('utf8'))).toEqual(planSchema);
  });
});
