// Builds the committed bundle at the repository root (bundle/): what the GitHub Action (action.yml),
// the pre-commit hook and `npm install -g <repository>` run, so that a clone or a tag of the repository
// works without the npm registry. Run `npm run bundle` at the repository root after changing the
// validator or the rules, and commit bundle/. test/bundle.test.ts fails while it is out of date.
//
//   node scripts/bundle.ts [folder]   (default: <repository>/bundle)
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { defines, PACKAGE_ROOT, REPOSITORY_ROOT, thirdPartyLicences, yamlAsModule } from './shared.ts';

const out = resolve(process.argv[2] ?? join(REPOSITORY_ROOT, 'bundle'));

await import('./generate-validators.ts');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  absWorkingDir: PACKAGE_ROOT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CLI, the Action and the worker thread share most of their code: shared chunks keep the
  // committed files (and their diffs) small. Chunks sit next to the entries, because the worker is
  // found relative to the module that starts it.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts', worker: 'src/node/worker.ts' },
  outdir: out,
  define: defines(),
  plugins: [yamlAsModule],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// The command that npm links (package.json `bin`): switches on Node's compile cache before the CLI loads.
const bin = join(out, 'csp-move.js');
writeFileSync(
  bin,
  "#!/usr/bin/env node\nimport module from 'node:module';\n\nmodule.enableCompileCache?.();\nawait import('./cli.js');\n",
);
chmodSync(bin, 0o755);
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences([result.metafile]).text);
process.stdout.write(`bundle written to ${out}\n`);
