// Type declarations for the published package: tsc writes .d.ts files for the validator and for the
// rules it bundles (dist/types/validator, dist/types/rules); then every import of `@csp-move/rules/…`
// becomes a relative path into dist/types/rules (the rules are not a dependency of the published
// package, they are inside it) and `.ts` extensions become `.js`, so that a consumer's tsc resolves
// everything with its default settings. The declarations of the few packages whose types appear in
// the API (yaml's nodes, json-schema-to-ts's FromSchema) are copied into dist/types/vendor, for the same
// reason: the published package has no dependencies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { files, PACKAGE_ROOT } from './shared.ts';

const out = join(PACKAGE_ROOT, 'dist', 'types');
const rulesPackage = join(PACKAGE_ROOT, '..', 'rules');
const rulesExports = (
  JSON.parse(readFileSync(join(rulesPackage, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { types?: string }>;
  }
).exports;

rmSync(out, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(PACKAGE_ROOT, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.types.json'],
  {
    cwd: PACKAGE_ROOT,
    stdio: 'inherit',
  },
);

/** Packages whose declarations are copied: the folder holding them and the entry file in it. */
const VENDOR: Record<string, { dir: string; entry: string }> = {
  yaml: { dir: 'dist', entry: 'index.d.ts' },
  'json-schema-to-ts': { dir: 'lib/types', entry: 'index.d.ts' },
  'ts-algebra': { dir: 'lib', entry: 'index.d.ts' },
};
const modules = join(PACKAGE_ROOT, '..', '..', 'node_modules');
for (const [name, { dir }] of Object.entries(VENDOR)) {
  for (const file of files(join(modules, name, dir)).filter((f) => f.endsWith('.d.ts'))) {
    const target = join(out, 'vendor', name, relative(join(modules, name, dir), file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

/** A relative specifier as Node resolution wants it in an ES module: with `.js` or `/index.js`. */
function withExtension(from: string, spec: string): string {
  const base = spec.replace(/\.d\.ts$|\.ts$|\.js$/, '');
  const path = join(dirname(from), base);
  if (existsSync(`${path}.d.ts`)) return `${base}.js`;
  if (existsSync(path) && statSync(path).isDirectory() && existsSync(join(path, 'index.d.ts')))
    return `${base}/index.js`;
  return spec;
}

/** Where the declarations of a `@csp-move/rules/<subpath>` import are, under dist/types. */
function rulesTypes(subpath: string): string {
  const entry = rulesExports[`./${subpath}`];
  const types = typeof entry === 'object' ? entry.types : undefined;
  if (!types?.endsWith('.ts')) throw new Error(`@csp-move/rules/${subpath} has no TypeScript entry`);
  return join(out, 'rules', types.replace(/\.ts$/, '.d.ts'));
}

let rewritten = 0;
for (const file of files(out).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(
    /(from |import\()(['"])([^'"]+)\2/g,
    (_match, keyword: string, quote: string, spec: string) => {
      let target = spec;
      const rules = /^@csp-move\/rules\/(.+)$/.exec(spec);
      const vendor = VENDOR[spec];
      const local = rules
        ? rulesTypes(rules[1] as string)
        : vendor
          ? join(out, 'vendor', spec, vendor.entry)
          : undefined;
      if (local) {
        target = relative(dirname(file), local).split('\\').join('/');
        if (!target.startsWith('.')) target = `./${target}`;
      }
      if (target.startsWith('.')) target = withExtension(file, target);
      return `${keyword}${quote}${target}${quote}`;
    },
  );
  if (next !== text) {
    writeFileSync(file, next);
    rewritten += 1;
  }
}
process.stdout.write(
  `types: ${files(out).length} declaration files in dist/types (${rewritten} rewritten)\n`,
);
