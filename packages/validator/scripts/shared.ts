// What the package build (scripts/build.ts) and the repository bundle (scripts/bundle.ts) share: the
// version and build id baked into the code, the ES module build of yaml, and the licences of bundled code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile, Plugin } from 'esbuild';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPOSITORY_ROOT = join(PACKAGE_ROOT, '..', '..');

export function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** The constants esbuild writes into the code: the package version and a digest of what is bundled. */
export function defines(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  // Everything that ends up in the bundle decides the build id, which keys the result cache.
  const buildHash = createHash('sha1');
  const inputs = [...files(join(PACKAGE_ROOT, 'src')), ...files(join(PACKAGE_ROOT, '..', 'rules', 'dist'))];
  for (const file of inputs.sort()) {
    buildHash.update(relative(PACKAGE_ROOT, file).split('\\').join('/')).update(readFileSync(file));
  }
  return {
    __CSP_MOVE_VERSION__: JSON.stringify(pkg.version),
    __CSP_MOVE_BUILD__: JSON.stringify(buildHash.digest('hex').slice(0, 16)),
  };
}

// yaml's Node build is CommonJS; its ES module build (the one browsers get) bundles smaller, tree-shakes,
// and starts faster, and it is the same parser. Every bundle uses it.
export const yamlAsModule: Plugin = {
  name: 'yaml-esm',
  setup(b) {
    const yamlEsm = join(REPOSITORY_ROOT, 'node_modules', 'yaml', 'browser', 'index.js');
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlEsm }));
  },
};

/** The licence texts of every package the bundles took code from, as one file's text. */
export function thirdPartyLicences(metafiles: (Metafile | undefined)[]): { text: string; names: string[] } {
  const names = new Set<string>();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile?.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) names.add(m[1] as string);
    }
  }
  const sorted = [...names].sort();
  const licences = sorted.map((name) => {
    const dir = join(REPOSITORY_ROOT, 'node_modules', name);
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
  return {
    text: `The bundles in this folder include code from these packages:\n\n${licences.join(`\n${'-'.repeat(72)}\n\n`)}`,
    names: sorted,
  };
}
