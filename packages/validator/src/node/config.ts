import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { type Config, configSchema } from '../config/schema.ts';
import { type CheckedDocument, checkDocument } from '../core/document.ts';
import type { FileResult } from '../types.ts';
import { displayPath } from './files.ts';

/** Names the config file is looked for under, in the working folder. */
export const CONFIG_FILES = ['.csp-move.yaml', '.csp-move.yml'];

export type LoadedConfig =
  | { kind: 'ok'; path?: string; config: Config; document?: CheckedDocument }
  | { kind: 'invalid'; result: FileResult; text: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unreadable'; path: string; code: string };

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

/**
 * Reads the config: the file given (`--config`), else `.csp-move.yaml` in `cwd`, else none (`{}`).
 * A config with YAML or schema problems comes back as `invalid` with its diagnostics.
 */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
  locale: Locale,
): Promise<LoadedConfig> {
  const candidates = explicit ? [resolve(cwd, explicit)] : CONFIG_FILES.map((name) => resolve(cwd, name));
  let path: string | undefined;
  let text: string;
  try {
    path = candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
    if (!path) return explicit ? { kind: 'missing', path: explicit } : { kind: 'ok', config: {} };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // An unreadable config is a message naming it (exit 2), not a crash and not "no config".
    return {
      kind: 'unreadable',
      path: displayPath(path ?? (candidates[0] as string), cwd),
      code: errorCode(error),
    };
  }
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
