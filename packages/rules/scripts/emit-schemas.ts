// Writes the JSON Schemas as files: dist/plan-v2.schema.json and dist/plan-v1.schema.json (served by
// the site, shipped by the validator) and dist/catalog-schemas/*.schema.json (for editors and catalog extensions).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  catalogExtensionSchema,
  offersFileSchema,
  policiesFileSchema,
  regionsFileSchema,
} from '../src/catalog/schema.ts';
import { sourcesFileSchema, withSourceRefs } from '../src/catalog/source-schema.ts';
import { planFileSchema } from '../src/plan/fill-in.ts';
import { planSchemaV1 } from '../src/plan/schema-v1.ts';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const write = (path: string, schema: object) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
};

write(join(dist, 'plan-v2.schema.json'), planFileSchema);
write(join(dist, 'plan-v1.schema.json'), planSchemaV1);
// The catalog files as written: sources are ids into sources.yaml.
write(join(dist, 'catalog-schemas', 'sources.schema.json'), sourcesFileSchema);
write(join(dist, 'catalog-schemas', 'regions.schema.json'), withSourceRefs(regionsFileSchema));
write(join(dist, 'catalog-schemas', 'offers.schema.json'), withSourceRefs(offersFileSchema));
write(join(dist, 'catalog-schemas', 'policies.schema.json'), withSourceRefs(policiesFileSchema));
write(join(dist, 'catalog-schemas', 'catalog-extension.schema.json'), catalogExtensionSchema);
