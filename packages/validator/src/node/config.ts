import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import type { Locale } from '@csp-move/rules/messages';
import { type Config, configSchema } from '../config/schema.ts';
import { type CheckedDocument, checkDocument } from '../core/document.ts';
import { fileProblem } from '../core/result.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../core/validate.ts';
import type { FileResult } from '../types.ts';
import { displayPath } from './files.ts';
import { readInput } from './read.ts';

/** Names the config file is looked for under, in the working folder and then each folder above it. */
export const CONFIG_FILES = ['.csp-move.yaml', '.csp-move.yml'];

export type LoadedConfig =
  | { kind: 'ok'; path?: string; config: Config; document?: CheckedDocument }
  | { kind: 'invalid'; result: FileResult; text: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unreadable'; path: string; code: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

/** The root of the Git repository `path` is in (the nearest folder holding `.git`), if any. */
export function repositoryRoot(path: string): string | undefined {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * True when `file`, links resolved, is not inside `root` or is inside its `.git` folder: a file a
 * repository's own files may name (its config, the catalog its config names) must be its own.
 */
export function outsideOf(root: string, file: string): boolean {
  let rel: string;
  try {
    rel = relative(realpathSync(root), realpathSync(file));
  } catch {
    return false; // A file that does not exist is reported as missing when it is read.
  }
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside || rel.split(sep).includes('.git');
}

/**
 * The config file that applies in `cwd`: the first `.csp-move.yaml` (or `.yml`) found in `cwd` or a
 * folder above it, as ESLint, yamllint and Spectral look for theirs, up to the root of the repository
 * (a folder holding `.git`): a config above a checkout belongs to someone else. Undefined when there
 * is none.
 */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = CONFIG_FILES.map((name) => resolve(dir, name)).find((file) => {
      try {
        return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
      } catch {
        return false;
      }
    });
    if (found || existsSync(resolve(dir, '.git')) || dirname(dir) === dir) return found;
  }
}

/**
 * Reads the config: the file given (`--config`), else the nearest `.csp-move.yaml` (findConfig), else
 * none (`{}`). A config with YAML or schema problems comes back as `invalid` with its diagnostics.
 */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
  locale: Locale,
): Promise<LoadedConfig> {
  const given = explicit === undefined ? undefined : resolve(cwd, explicit);
  let path: string | undefined;
  try {
    path = given
      ? statSync(given, { throwIfNoEntry: false })?.isFile()
        ? given
        : undefined
      : findConfig(cwd);
    if (!path) return explicit ? { kind: 'missing', path: explicit } : { kind: 'ok', config: {} };
  } catch (error) {
    // An unreadable config is a message naming it (exit 2), not a crash and not "no config".
    return { kind: 'unreadable', path: displayPath(path ?? given ?? cwd, cwd), code: errorCode(error) };
  }
  // A config found in a repository is the repository's own: a committed link to a file elsewhere
  // would have that file read and its lines shown in the log.
  const root = given ? undefined : repositoryRoot(dirname(path));
  if (root !== undefined && outsideOf(root, path))
    return { kind: 'unreadable', path: displayPath(path, cwd), code: 'outsideRepository' };
  // Read as plans are: a regular file, within the default size limit (the config sets the limit for
  // plans, not for itself), UTF-8 or refused by name.
  const read = readInput(path, DEFAULT_MAX_FILE_SIZE, { regularOnly: true });
  if ('problem' in read) {
    const shown = displayPath(path, cwd);
    if (read.problem.code === 'file-unreadable')
      return { kind: 'unreadable', path: shown, code: String(read.problem.params?.reason) };
    const context = { path: shown, locale, catalog: defaultCatalog() };
    return { kind: 'invalid', result: fileProblem(context, read.problem), text: '' };
  }
  const { text } = read;
  // Most runs have no config file; its validator is only loaded when there is one.
  const { validateConfig } = await import('../generated/config-validator.js');
  const document = checkDocument(
    text,
    { kind: 'config', validate: validateConfig, schema: configSchema },
    displayPath(path, cwd),
    locale,
  );
  if (document.value === undefined) return { kind: 'invalid', result: document.result, text };
  return { kind: 'ok', path, config: document.value as Config, document };
}

const UNITS: Record<string, number> = { B: 1, KB: 1000, MB: 1000 ** 2, KiB: 1024, MiB: 1024 ** 2 };

/** Bytes from a config size: a number of bytes, or text such as `512KB` or `2 MB`. */
export function parseSize(value: number | string): number {
  if (typeof value === 'number') return value;
  const m = /^([0-9]+(?:\.[0-9]+)?) ?(B|KB|MB|KiB|MiB)$/.exec(value);
  return m ? Math.round(Number(m[1]) * (UNITS[m[2] as string] as number)) : Number.NaN;
}
