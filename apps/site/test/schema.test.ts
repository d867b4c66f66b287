import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { planFileSchema, planSchemaV1 } from '@csp-move/rules/plan';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { DIST, tree } from './dist.ts';

const require = createRequire(import.meta.url);

// The site serves every plan schema version the validator ships, byte for byte: an editor that
// follows a file's modeline checks it against exactly what `csp-move validate` checks.
describe.each([
  { version: 'v1', schema: planSchemaV1 },
  { version: 'v2', schema: planFileSchema },
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

describe.each([
  { locale: 'en', prefix: '' },
  { locale: 'zh-TW', prefix: '/zh-tw' },
])('the plan file reference ($locale)', ({ prefix }) => {
  const page = tree(`${prefix}/reference/plan-file/`);
  const links = selectAll('a[href]', page).map((a) => String(a.properties.href));

  test('links both schemas', () => {
    expect(links).toContain('/schemas/plan-v2.json');
    expect(links).toContain('/schemas/plan-v1.json');
  });

  test('has a migration section with the mapping of every end-of-term field', () => {
    expect(select('h2#migrating-from-version-1', page)).toBeTruthy();
    const rows = selectAll('table[data-migration] tbody tr', page).map((row) =>
      selectAll('td', row).map((cell) => textOf(cell).trim()),
    );
    expect(rows).toContainEqual(['exit: cancel', 'endOfTerm: cancel']);
    expect(rows).toContainEqual(['exit: expire, autoRenew: true', 'endOfTerm: renew']);
    expect(rows).toContainEqual(['exit: expire, autoRenew: false', 'endOfTerm: auto-renew-off']);
    expect(links).toContain(`${prefix}/reference/cli/#migrate`);
  });
});
