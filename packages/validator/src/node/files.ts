import fs, { type Dirent, type Stats, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Where plan files are looked for when no path is given (config `include` replaces it). */
export const DEFAULT_INCLUDE = ['**/*.plan.{yaml,yml}', 'plans/**/*.{yaml,yml}'];

// Never worth looking into: dependencies and tool folders (dot-folders are skipped by `dot: false`).
const ALWAYS_IGNORED = ['**/node_modules/**'];

export interface ExpandOptions {
  cwd: string;
  /** Globs used when `args` is empty. Default DEFAULT_INCLUDE. */
  include?: readonly string[];
  /** Globs left out of directories, globs and include patterns (not of files named explicitly). */
  exclude?: readonly string[];
}

/** A path that could not be looked at, and the system's reason (EACCES, ELOOP, ENAMETOOLONG, …). */
export interface PathProblem {
  path: string;
  code: string;
}

export interface ExpandedPaths {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** True when `-` (standard input) was among the arguments. */
  stdin: boolean;
  /** Arguments that matched nothing: missing files, globs without matches. */
  unmatched: string[];
  /** Arguments and folders that could not be read; never skipped silently. */
  problems: PathProblem[];
  /** Symbolic links to .yaml/.yml files met inside folders; not followed, so said. */
  skippedLinks: string[];
}

/** What the file-system walk met besides matches: folders it could not read, links it did not follow. */
interface WalkReport {
  problems: PathProblem[];
  skippedLinks: string[];
}

const YAML_NAME = /\.ya?ml$/i;

/**
 * node:fs for the glob library, reporting what the walk would otherwise pass over in silence: folders
 * that cannot be read (their error) and symbolic links to YAML files (which are not followed, so that
 * a link to / or a link loop cannot send the walk anywhere).
 */
function reportingFs(report: WalkReport): typeof fs {
  const readdir = ((path: string, options: object, callback: (e: Error | null, entries: Dirent[]) => void) =>
    fs.readdir(path, options as { withFileTypes: true }, (error, entries) => {
      if (error) report.problems.push({ path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      for (const entry of entries ?? []) {
        if (entry.isSymbolicLink() && YAML_NAME.test(entry.name))
          report.skippedLinks.push(join(path, entry.name));
      }
      callback(error, entries);
    })) as unknown as typeof fs.readdir;
  return { ...fs, readdir };
}

// Globs are typed into a shell far less often than file names; the glob library loads on first use.
async function globFiles(
  patterns: readonly string[],
  cwd: string,
  exclude: readonly string[],
  report: WalkReport,
): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob([...patterns], {
    fs: reportingFs(report),
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_IGNORED, ...exclude],
  });
}

/**
 * Turns command-line paths into files: a file is taken as is, a directory means every .yaml/.yml
 * below it (not in node_modules or dot-folders), anything else is a glob; `-` is standard input.
 * With no arguments, the include patterns are searched from `cwd`.
 */
export async function expandPaths(args: readonly string[], options: ExpandOptions): Promise<ExpandedPaths> {
  const { cwd } = options;
  const exclude = options.exclude ?? [];
  const found = new Set<string>();
  const unmatched: string[] = [];
  let stdin = false;
  const report: WalkReport = { problems: [], skippedLinks: [] };
  const add = (files: string[]) => {
    for (const file of files) found.add(resolve(file));
  };

  if (args.length === 0) {
    const include = options.include ?? DEFAULT_INCLUDE;
    const files = await globFiles(include, cwd, exclude, report);
    if (files.length === 0) unmatched.push(...include);
    add(files);
  }
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const path = resolve(cwd, arg);
    let stats: Stats | undefined;
    try {
      stats = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      // A link loop, a name too long, a folder on the way that cannot be entered.
      report.problems.push({ path: arg, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      continue;
    }
    // A FIFO or device named on purpose (`<(…)`) is read like a file.
    if (stats && !stats.isDirectory()) {
      add([path]);
    } else if (stats?.isDirectory()) {
      // Searched from `cwd`, so that exclude patterns (written relative to it) apply inside too.
      const { escapePath } = await import('tinyglobby');
      const base = relative(cwd, path).split(sep).join('/');
      const prefix = base === '' ? '' : `${escapePath(base)}/`;
      const files = await globFiles([`${prefix}**/*.yaml`, `${prefix}**/*.yml`], cwd, exclude, report);
      if (files.length === 0) unmatched.push(arg);
      add(files);
    } else if (/[*?[\]{}()!]/.test(arg)) {
      const pattern = isAbsolute(arg) ? relative(cwd, arg).split(sep).join('/') : arg;
      const files = await globFiles([pattern], cwd, exclude, report);
      if (files.length === 0) unmatched.push(arg);
      add(files);
    } else {
      unmatched.push(arg);
    }
  }
  return { files: [...found].sort(), stdin, unmatched, ...report };
}

/** How a path is shown: relative to `cwd`, with `/` separators (as SARIF and GitHub expect). */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}
