// Builds the package: standalone validators first (scripts/generate-validators.ts), then esbuild bundles
// with every dependency inside (the published package has no runtime dependencies), the JSON Schemas,
// and the licences of what was bundled.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { schemaJson } from '../src/cli/commands/schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

await import('./generate-validators.ts');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

// Everything that ends up in the bundle decides the build id, which keys the result cache.
const buildHash = createHash('sha1');
for (const file of [...files(join(root, 'src')), ...files(join(root, '..', 'rules', 'dist'))].sort()) {
  buildHash.update(relative(root, file)).update(readFileSync(file));
}
const define = {
  __CSP_MOVE_VERSION__: JSON.stringify(pkg.version),
  __CSP_MOVE_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 16)),
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// yaml's Node build is CommonJS; its ES module build (the one browsers get) bundles smaller, tree-shakes,
// and starts faster, and it is the same parser. Both bundles use it.
const yamlEsm = join(root, '..', '..', 'node_modules', 'yaml', 'browser', 'index.js');
const yamlAsModule: Plugin = {
  name: 'yaml-esm',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlEsm }));
  },
};

const common = {
  bundle: true,
  format: 'esm',
  // One file per entry: a start resolves and reads one module instead of a dozen chunks (lazy imports
  // inside are still evaluated only when reached).
  splitting: false,
  outdir: dist,
  define,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
} as const;
const plugins = [yamlAsModule];

// Node: the CLI, the Node API and the worker thread.
const node = await build({
  ...common,
  plugins,
  platform: 'node',
  target: 'node20',
  entryPoints: { cli: 'src/cli.ts', node: 'src/node.ts', worker: 'src/node/worker.ts' },
});

// Browser: the playground's entry and the diagnostics table for the site; no Node built-ins may sneak in.
const browser = await build({
  ...common,
  plugins,
  platform: 'browser',
  target: 'es2022',
  entryPoints: { browser: 'src/browser.ts', diagnostics: 'src/diagnostics/index.ts' },
});

writeFileSync(join(dist, 'plan-v2.schema.json'), schemaJson('plan'));
writeFileSync(join(dist, 'plan-v1.schema.json'), schemaJson('plan-v1'));
writeFileSync(join(dist, 'config-v1.schema.json'), schemaJson('config'));

// Bundled code keeps its licence: collect the licence of every package the bundles took code from.
function packagesOf(metafile: Metafile | undefined): Set<string> {
  const names = new Set<string>();
  for (const input of Object.keys(metafile?.inputs ?? {})) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) names.add(m[1] as string);
  }
  return names;
}
const bundled = [...new Set([...packagesOf(node.metafile), ...packagesOf(browser.metafile)])].sort();
const licences = bundled.map((name) => {
  const dir = join(root, '..', '..', 'node_modules', name);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
  };
  const text = file
    ? readFileSync(join(dir, file), 'utf8').trim()
    : `License: ${meta.license ?? 'see package'}`;
  return `${name}@${meta.version}\n\n${text}\n`;
});
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.txt'),
  `The bundles in this folder include code from these packages:\n\n${licences.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

const sizes = files(dist)
  .filter((f) => f.endsWith('.js'))
  .map((f) => `${relative(dist, f)} ${Math.round(statSync(f).size / 1024)} KB`);
process.stdout.write(`bundled: ${sizes.join(', ')}; packages inside: ${bundled.join(', ')}\n`);
