import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Helpers for tests that read the built site in `dist/` (run `astro build` first). */

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run \`npm run build -w @csp-move/site\` first`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every file of the built site, as absolute paths. */
export const distFiles: readonly string[] = walk(DIST);

/** The site path a built HTML file is served at: `dist/rules/x/index.html` → `/rules/x/`. */
export function sitePath(file: string): string {
  const path = `/${relative(DIST, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page (the 404 page included), by site path. */
export const pages: ReadonlyMap<string, string> = new Map(
  distFiles.filter((f) => f.endsWith('.html')).map((f) => [sitePath(f), f]),
);

/** Pages meant to be read: everything except the 404 page. */
export const contentPages: readonly string[] = [...pages.keys()].filter((p) => p !== '/404.html').sort();

const trees = new Map<string, Root>();

/** The parsed HTML of a page, by site path. */
export function tree(path: string): Root {
  let parsed = trees.get(path);
  if (!parsed) {
    const file = pages.get(path);
    if (!file) throw new Error(`No built page at ${path}`);
    parsed = fromHtml(readFileSync(file, 'utf8'));
    trees.set(path, parsed);
  }
  return parsed;
}

/** The file in dist that a site path is served from, if any (directories serve their index.html). */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
