// Reads content/catalog/*.yaml, validates each file against its JSON Schema and the integrity checks,
// and writes src/generated/catalog-data.ts for the package to bundle (browser and Node alike get the
// data without a file system). Any bad record fails the build with file:line:column and what is wrong.
// Sources are declared once in sources.yaml: every `source:` in the other files and every `cite('<id>')`
// in src/rules names one by id, and is resolved here; an unknown id, a source no fact uses and a url
// declared twice fail the build.
//
// Usage: node scripts/build-catalog.ts [--dir <catalog folder>] [--out <file>]
//   --dir    the folder holding sources.yaml, regions.yaml, offers.yaml and policies.yaml (default: content/catalog)
//   --out    the TypeScript module to write (default: src/generated/catalog-data.ts)
//   --rules  the folder of rule files whose `cite('<id>')` calls count as uses (default: src/rules)
// Tests point --dir at a broken copy to prove the build refuses it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Ajv } from 'ajv';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import {
  compareWithLicensingCsv,
  foldedStringIdClashes,
  LicensingCsvError,
  parseLicensingCsv,
} from '../src/catalog/drift.ts';
import { checkCatalog } from '../src/catalog/integrity.ts';
import {
  type OffersFile,
  offersFileSchema,
  policiesFileSchema,
  regionsFileSchema,
} from '../src/catalog/schema.ts';
import {
  resolveSource,
  type SourceRecord,
  type SourceRef,
  sourcesFileSchema,
  withSourceRefs,
} from '../src/catalog/source-schema.ts';
import { isCalendarDate } from '../src/dates.ts';
import { SITE_URL } from '../src/site.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'content', 'catalog') },
    out: { type: 'string', default: join(here, '..', 'src', 'generated', 'catalog-data.ts') },
    rules: { type: 'string', default: join(here, '..', 'src', 'rules') },
  },
  strict: true,
});
const catalogDir = resolve(args.dir);
const outFile = resolve(args.out);
const rulesDir = resolve(args.rules);

/** Paths inside the repository are shown from its root; others (a temp copy) in full. */
const show = (path: string) => {
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
};

const ajv = new Ajv({ allErrors: true, strict: true, formats: { date: isCalendarDate } });

// As written in YAML, a source is a reference into sources.yaml (read first).
const files = {
  sources: sourcesFileSchema,
  regions: withSourceRefs(regionsFileSchema),
  offers: withSourceRefs(offersFileSchema),
  policies: withSourceRefs(policiesFileSchema),
} as const;
type FileName = keyof typeof files;

const problems: string[] = [];
const data: Partial<Record<FileName, unknown>> = {};
const locate: Partial<Record<FileName, (pointer: string) => string>> = {};

/** `file:line:col` of the node a JSON pointer names, or of its nearest existing parent. */
function locator(doc: Document, lineCounter: LineCounter, display: string) {
  return (pointer: string) => {
    const segments = pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let n = segments.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return `${display}:${line}:${col}`;
      }
    }
    return display;
  };
}

for (const [name, schema] of Object.entries(files) as [FileName, object][]) {
  const path = join(catalogDir, `${name}.yaml`);
  const display = show(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    problems.push(`${display}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    continue;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push(`${display}:${line}:${col}: ${error.message}`);
  }
  if (doc.errors.length > 0) continue;
  const where = locator(doc, lineCounter, display);
  locate[name] = where;
  const value = doc.toJS({ maxAliasCount: 0 });
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${where(error.instancePath)}: ${error.instancePath || '/'} ${error.message ?? ''}`);
    }
    continue;
  }
  data[name] = value;
}

// Sources: each id and url once; every reference resolves; every source is used.
const records = new Map<string, { record: SourceRecord; index: number }>();
const used = new Set<string>();
const sourcesFile = data.sources as { sources: SourceRecord[] } | undefined;
const whereSources = locate.sources;
if (sourcesFile && whereSources) {
  const urls = new Map<string, string>();
  sourcesFile.sources.forEach((record, index) => {
    const first = records.get(record.id);
    if (first) {
      problems.push(
        `${whereSources(`/sources/${index}/id`)}: /sources/${index}/id "${record.id}" is declared twice (first at /sources/${first.index})`,
      );
    } else records.set(record.id, { record, index });
    // csp-move's own pages are linked within the site (PageSources), which it finds by SITE_URL.
    if (record.publisher === 'csp-move' && !record.url.startsWith(`${SITE_URL}/`)) {
      problems.push(
        `${whereSources(`/sources/${index}/url`)}: /sources/${index}/url of a csp-move page must start with ${SITE_URL}/`,
      );
    }
    const sameUrl = urls.get(record.url);
    if (sameUrl) {
      problems.push(
        `${whereSources(`/sources/${index}/url`)}: /sources/${index}/url is declared twice (also source "${sameUrl}")`,
      );
    } else urls.set(record.url, record.id);
  });
}

/** Replaces every `source` reference in a parsed file by the source it names; reports unknown ids. */
function resolveRefs(node: unknown, pointer: string, where: (pointer: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item, i) => resolveRefs(item, `${pointer}/${i}`, where));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      const at = `${pointer}/${key}`;
      if (key !== 'source') return [key, resolveRefs(value, at, where)];
      const ref = value as SourceRef;
      const { id, ...use } = typeof ref === 'string' ? { id: ref } : ref;
      const found = records.get(id);
      if (!found) {
        problems.push(
          `${where(at)}: ${at} names source "${id}", which content/catalog/sources.yaml does not declare`,
        );
        return [key, value];
      }
      used.add(id);
      if (use.checked && use.checked > found.record.checked) {
        problems.push(
          `${where(at)}: ${at} was checked ${use.checked}, after its source "${id}" (${found.record.checked}); re-check the source instead`,
        );
      }
      return [key, resolveSource(found.record, use)];
    }),
  );
}
if (problems.length === 0) {
  for (const name of ['regions', 'offers', 'policies'] as const) {
    data[name] = resolveRefs(data[name], '', locate[name] as (pointer: string) => string);
  }
  // Rules cite sources in code: `cite('<id>')`. The type checker refuses an unknown id too; counting
  // the uses here is what lets an unused source fail the build.
  for (const file of readdirSync(rulesDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const path = join(rulesDir, file);
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/\bcite\(\s*'([^']*)'/g)) {
      const id = match[1] as string;
      if (records.has(id)) {
        used.add(id);
        continue;
      }
      const before = text.slice(0, match.index).split('\n');
      const column = (before.at(-1)?.length ?? 0) + 1;
      problems.push(
        `${show(path)}:${before.length}:${column}: cites source "${id}", which content/catalog/sources.yaml does not declare`,
      );
    }
  }
  for (const { record, index } of records.values()) {
    if (!used.has(record.id) && whereSources) {
      problems.push(
        `${whereSources(`/sources/${index}/id`)}: /sources/${index}/id "${record.id}" is cited by no rule, offer, policy or region; remove it`,
      );
    }
  }
}

// Integrity checks need all three files; a schema error above already fails the build.
if (problems.length === 0) {
  for (const problem of checkCatalog(data as never)) {
    const where = problem.file === 'extension' ? undefined : locate[problem.file];
    const at = where ? where(problem.pointer) : show(join(catalogDir, `${problem.file}.yaml`));
    problems.push(`${at}: ${problem.pointer} ${problem.message}`);
  }
}

// SKU identities against the snapshot of Microsoft's licensing CSV (content/catalog/microsoft): the
// snapshot must be the file its provenance names, and every GUID, String ID and display name an offer
// records must be the snapshot's, unless the offer is newer than the snapshot.
if (problems.length === 0) problems.push(...checkSnapshot(data.offers as OffersFile, locate.offers));

if (problems.length > 0) {
  process.stderr.write(
    `The catalog has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `// Generated by scripts/build-catalog.ts from content/catalog. Do not edit.\n` +
    `import type { CatalogData } from '../catalog/types.ts';\n\n` +
    `import type { SourceRecord } from '../catalog/source-schema.ts';\n\n` +
    `export const catalogData: CatalogData = ${JSON.stringify({ regions: data.regions, offers: data.offers, policies: data.policies })};\n\n` +
    `export type SourceId =\n${[...records.keys()].map((id) => `  | '${id}'`).join('\n')};\n\n` +
    `export const sourceTable: Record<SourceId, SourceRecord> = ${JSON.stringify(Object.fromEntries([...records].map(([id, { record }]) => [id, record])))};\n`,
);
process.stdout.write(`catalog: ${show(outFile)} written\n`);

/** Problems of the CSV snapshot and of the offers' SKU identities measured against it. */
function checkSnapshot(offers: OffersFile, where: ((pointer: string) => string) | undefined): string[] {
  const folder = join(catalogDir, 'microsoft');
  const provenancePath = join(folder, 'licensing-service-plans.yaml');
  let provenance: { file?: unknown; asOf?: unknown; sha256?: unknown };
  let bytes: Buffer;
  try {
    provenance = parseDocument(readFileSync(provenancePath, 'utf8')).toJS() ?? {};
  } catch (error) {
    return [
      `${show(provenancePath)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    ];
  }
  const { file, asOf, sha256 } = provenance;
  if (
    typeof file !== 'string' ||
    typeof asOf !== 'string' ||
    !isCalendarDate(asOf) ||
    typeof sha256 !== 'string'
  ) {
    return [`${show(provenancePath)}: needs file, asOf (a date) and sha256 of the snapshot`];
  }
  const csvPath = join(folder, file);
  try {
    bytes = readFileSync(csvPath);
  } catch (error) {
    return [`${show(csvPath)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`];
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== sha256) {
    return [
      `${show(csvPath)}: sha256 is ${digest}, but ${show(provenancePath)} records ${sha256}; record where and when a new download came from`,
    ];
  }
  let csv: ReturnType<typeof parseLicensingCsv>;
  try {
    csv = parseLicensingCsv(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof LicensingCsvError) return [`${show(csvPath)}:${error.line}:1: ${error.message}`];
    throw error;
  }
  const at = (offer: string, field: string, value: string) => {
    const i = offers.offers.findIndex((o) => o.id === offer);
    const list = (offers.offers[i]?.identity as Record<string, unknown> | undefined)?.[field];
    const j = Array.isArray(list) ? list.indexOf(value) : -1;
    const pointer = `/offers/${i}/identity/${field}${j >= 0 ? `/${j}` : ''}`;
    return `${where ? where(pointer) : show(join(catalogDir, 'offers.yaml'))}: ${pointer}`;
  };
  const report = compareWithLicensingCsv(offers.offers, csv, asOf, offers.leftOut);
  const stringIds = new Set([...csv.skus.values()].map((sku) => sku.stringId.toLowerCase()));
  const selfService = offers.selfService?.stringIds ?? [];
  return [
    ...selfService.flatMap((id, j) =>
      stringIds.has(id.toLowerCase())
        ? []
        : [
            `${where ? where(`/selfService/stringIds/${j}`) : show(join(catalogDir, 'offers.yaml'))}: /selfService/stringIds/${j} "${id}" is not a String ID of the snapshot ${show(csvPath)}`,
          ],
    ),
    ...foldedStringIdClashes(csv).map(
      (c) =>
        `${show(csvPath)}:${c.line}:1: the String IDs "${c.first}" and "${c.second}" differ only in case or spaces; the identity lookup compares them without either, so it cannot tell them apart`,
    ),
    ...report.missing.map(
      (m) =>
        `${at(m.offer, m.kind === 'skuId' ? 'skuIds' : 'stringIds', m.id)} ${m.kind} "${m.id}" of "${m.offer}" is not in the snapshot ${show(csvPath)}`,
    ),
    ...report.changed.map(
      (c) =>
        `${at(c.offer, c.field === 'name' ? 'names' : 'stringIds', c.catalog[0] ?? '')} the snapshot (line ${c.line}) lists ${c.skuId} of "${c.offer}" with ${c.field === 'name' ? 'the name' : 'the String ID'} "${c.microsoft}", not one of ${c.catalog.map((x) => `"${x}"`).join(', ')}`,
    ),
  ];
}
