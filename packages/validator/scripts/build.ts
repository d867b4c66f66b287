// Builds the package: standalone validators first (scripts/generate-validators.ts), then esbuild bundles
// with every dependency inside (the published package has no runtime dependencies), the JSON Schemas,
// and the licences of what was bundled.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { schemaJson } from '../src/cli/commands/schema.ts';
import { defines, files, PACKAGE_ROOT, thirdPartyLicences, yamlAsModule } from './shared.ts';

const root = PACKAGE_ROOT;
const dist = join(root, 'dist');

await import('./generate-validators.ts');
const define = defines();

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

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
  entryPoints: {
    browser: 'src/browser.ts',
    diagnostics: 'src/diagnostics/index.ts',
    import: 'src/inputs/browser.ts',
  },
});

writeFileSync(join(dist, 'plan-v2.schema.json'), schemaJson('plan'));
writeFileSync(join(dist, 'plan-v1.schema.json'), schemaJson('plan-v1'));
writeFileSync(join(dist, 'config-v1.schema.json'), schemaJson('config'));

// Bundled code keeps its licence: collect the licence of every package the bundles took code from.
const licences = thirdPartyLicences([node.metafile, browser.metafile]);
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), licences.text);
const bundled = licences.names;

const sizes = files(dist)
  .filter((f) => f.endsWith('.js'))
  .map((f) => `${relative(dist, f)} ${Math.round(statSync(f).size / 1024)} KB`);
process.stdout.write(`bundled: ${sizes.join(', ')}; packages inside: ${bundled.join(', ')}\n`);
