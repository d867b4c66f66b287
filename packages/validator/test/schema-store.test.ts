import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATION_KEYWORDS } from '@csp-move/rules/plan';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { READY_PLAN_V1 } from './helpers/plan.ts';

// SchemaStore's checks, on the schemas as published (dist/*.schema.json, served at /schemas/): each
// compiles under Ajv's strict mode (unknown keywords, formats and ambiguous types are errors), knowing
// only the annotation keywords editors read; and every enum explains its values.
const published = (name: string) =>
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', `${name}.schema.json`), 'utf8')) as Record<
    string,
    unknown
  >;

function strictAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}

/** Every object in a schema that has an `enum`, with its JSON pointer. */
function enums(node: unknown, pointer = ''): { pointer: string; node: Record<string, unknown> }[] {
  if (typeof node !== 'object' || node === null) return [];
  const here =
    !Array.isArray(node) && 'enum' in node ? [{ pointer, node: node as Record<string, unknown> }] : [];
  return [...here, ...Object.entries(node).flatMap(([key, value]) => enums(value, `${pointer}/${key}`))];
}

describe('the published plan-v2 schema', () => {
  const schema = published('plan-v2');

  it('compiles under Ajv strict mode', () => {
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  it('describes every value of every enum', () => {
    const found = enums(schema);
    expect(found.length).toBeGreaterThan(10);
    for (const { pointer, node } of found) {
      const values = node.enum as unknown[];
      const descriptions = node.markdownEnumDescriptions as unknown[] | undefined;
      expect(descriptions, pointer).toHaveLength(values.length);
      for (const text of descriptions ?? [])
        expect(typeof text === 'string' && text.trim().length > 0, pointer).toBe(true);
    }
  });

  it('accepts the example plans', () => {
    const validate = strictAjv().compile(schema);
    const folder = join(PACKAGE_ROOT, '..', '..', 'content', 'examples');
    const plans = readdirSync(folder).filter((f) => f.endsWith('.plan.yaml'));
    expect(plans.length).toBeGreaterThan(5);
    for (const file of plans) {
      const ok = validate(parse(readFileSync(join(folder, file), 'utf8')));
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

// Version 1 is frozen (schema-v1.ts). It passes every strict check but one: a `then` that requires
// `acceptedOn` without naming it in `properties` (strictRequired). Changing it would change a frozen
// contract, so this test pins that it is the only one.
it('the frozen plan-v1 schema compiles strictly except for strictRequired', () => {
  const schema = published('plan-v1');
  expect(() => strictAjv().compile(schema)).toThrow(/strictRequired/);
  const relaxed = new Ajv({ strict: true, strictRequired: false, validateFormats: false });
  const validate = relaxed.compile(schema);
  expect(validate(parse(READY_PLAN_V1)), JSON.stringify(validate.errors)).toBe(true);
});
