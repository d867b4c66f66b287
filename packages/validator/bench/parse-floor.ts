// The floor the validator is measured against: reading every plan and parsing it with `yaml` alone,
// nothing else (as issue 20 measures it: parseDocument with a LineCounter). Run as its own process,
// like the CLI, so both pay the same start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2] as string;
let nodes = 0;
for (const name of readdirSync(dir).sort()) {
  const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter: new LineCounter() });
  if (doc.contents) nodes += 1;
}
process.stdout.write(`${nodes}\n`);
