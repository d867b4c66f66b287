import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { planSchema, planSchemaV1 } from '@csp-move/rules/plan';
import { describe, expect, test } from 'vitest';
import { DIST } from './dist.ts';

const require = createRequire(import.meta.url);

describe.each([
  ['plan-v2', planSchema],
  ['plan-v1', planSchemaV1],
] as const)('/schemas/%s.json', (name, schema) => {
  const served = readFileSync(join(DIST, 'schemas', `${name}.json`));

  test('is byte for byte the schema the validator uses', () => {
    const shipped = readFileSync(require.resolve(`@csp-move/rules/${name}.schema.json`));
    expect(served.equals(shipped)).toBe(true);
  });

  test('is the plan schema of the rules package', () => {
    expect(JSON.parse(served.toString('utf8'))).toEqual(schema);
  });
});
