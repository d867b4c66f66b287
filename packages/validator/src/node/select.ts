import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { DEFAULT_INCLUDE, type ExpandedPaths, expandPaths } from './files.ts';
import { isPlanFile } from './recognize.ts';

export interface SelectOptions {
  /** The working folder: command-line paths are relative to it. */
  cwd: string;
  /** The folder of the config file (its include and exclude patterns are relative to it); default `cwd`. */
  base?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  /** True for a file known to declare a plan without reading it (an unchanged file the cache knows). */
  knownPlan?: (file: string) => boolean;
}

export interface Selection {
  /** Absolute paths, sorted, each once. */
  files: string[];
  stdin: boolean;
  /** Arguments that matched nothing: missing files, globs without matches, folders without plans. */
  unmatched: string[];
  /** Files named on the command line that `exclude` leaves out (as given), to say so. */
  excluded: string[];
  /** Arguments and folders that could not be read; never skipped silently. */
  problems: ExpandedPaths['problems'];
  /** Symbolic links to YAML files met inside folders; not followed, so said. */
  skippedLinks: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** A test for paths that `exclude` leaves out: the file or a folder above it matches a pattern. */
export async function excluder(
  patterns: readonly string[],
  base: string,
): Promise<(file: string) => boolean> {
  if (patterns.length === 0) return () => false;
  // Most runs have no exclude patterns; the matcher loads only for those that do.
  const { default: picomatch } = await import('picomatch');
  const matches = picomatch([...patterns], { dot: true });
  return (file) => {
    const rel = toPosix(relative(base, file));
    if (rel.startsWith('../')) return false;
    const parts = rel.split('/');
    for (let i = parts.length; i > 0; i--) if (matches(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

/**
 * The plan files a `validate` run checks, the conventions of ESLint and yamllint:
 *   - no arguments: the include patterns, searched from the config's folder, within the working folder;
 *   - a folder: the plan files below it (recognise.ts), not every YAML file;
 *   - a file or glob: taken as it is;
 *   - `exclude` applies to all of them, files named explicitly too (pre-commit names every file),
 *     which are listed in `excluded` so the CLI can say so.
 */
export async function selectPlanFiles(args: readonly string[], options: SelectOptions): Promise<Selection> {
  const { cwd } = options;
  const base = options.base ?? cwd;
  const isExcluded = await excluder(options.exclude ?? [], base);
  // A path that cannot be looked at (a link loop, a name too long) is not a folder; expandPaths reports it.
  const isFolder = (arg: string) => {
    try {
      return statSync(resolve(cwd, arg), { throwIfNoEntry: false })?.isDirectory() === true;
    } catch {
      return false;
    }
  };
  const folders = args.filter((arg) => arg !== '-' && isFolder(arg));
  const others = args.filter((arg) => !folders.includes(arg));
  const found = new Set<string>();
  const unmatched: string[] = [];
  const excluded: string[] = [];
  const problems: ExpandedPaths['problems'] = [];
  const skippedLinks: string[] = [];
  const note = (expanded: ExpandedPaths) => {
    problems.push(...expanded.problems);
    skippedLinks.push(...expanded.skippedLinks);
    return expanded;
  };
  let stdin = false;

  if (args.length === 0) {
    const include = options.include ?? DEFAULT_INCLUDE;
    const inside = (file: string) => !toPosix(relative(cwd, file)).startsWith('../');
    const all = note(await expandPaths([], { cwd: base, include }));
    const files = all.files.filter((file) => inside(file) && !isExcluded(file));
    if (files.length === 0 && all.files.length === 0) unmatched.push(...include);
    for (const file of files) found.add(file);
  }
  for (const folder of folders) {
    const expanded = note(await expandPaths([folder], { cwd }));
    // Paths from the folder's parent, so that `validate plans` and `validate .` inside plans/ see it.
    const parent = dirname(resolve(cwd, folder));
    // The files found lie below it: the path from it is the rest of theirs (relative() on every file costs).
    const below = `${parent}${sep}`;
    const fromParent = (file: string) =>
      toPosix(file.startsWith(below) ? file.slice(below.length) : relative(parent, file));
    const plans = expanded.files.filter(
      (file) => !isExcluded(file) && isPlanFile(file, fromParent(file), options.knownPlan),
    );
    if (expanded.files.length === 0 || (plans.length === 0 && expanded.files.every((f) => !isExcluded(f))))
      unmatched.push(folder);
    for (const file of plans) found.add(file);
  }
  if (others.length > 0) {
    const expanded = note(await expandPaths(others, { cwd }));
    stdin = expanded.stdin;
    unmatched.push(...expanded.unmatched);
    const named = new Set(others.filter((arg) => arg !== '-').map((arg) => resolve(cwd, arg)));
    for (const file of expanded.files) {
      if (!isExcluded(file)) found.add(file);
      else if (named.has(file)) excluded.push(toPosix(relative(cwd, file)));
    }
  }
  return { files: [...found].sort(), stdin, unmatched, excluded, problems, skippedLinks };
}
