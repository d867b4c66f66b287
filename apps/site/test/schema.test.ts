import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { planSchema, planSchemaV1 } from '@csp-move/rules/plan';
import { describe, expect, test } from 'vitest';
import { DIST } from './dist.ts';

const require = createRequire(import.meta.url);

// The site serves every plan schema version the validator ships, byte for byte: an editor that
// follows a file's modeline checks it against exactly what `csp-move validate` checks.
describe.each([
  { version: 'v1', schema: planSchemaV1 },
  { version: 'v2', schema: planSchema },
])('/schemas/plan-$version.json', ({ version, schema }) => {
  const served = readFileSync(join(DIST, 'schemas', `plan-${version}.json`));

  test('is byte for byte the file the validator package ships', () => {
    const shipped = readFileSync(require.resolve(`@csp-move/validator/plan-${version}.schema.json`));
    expect(served.equals(shipped)).toBe(true);
  });

  test('is the schema of that version in the rules package', () => {
    expect(JSON.parse(served.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
