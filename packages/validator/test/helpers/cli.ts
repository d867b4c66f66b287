import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  cpSync,
  linkSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderWith } from './tmp.ts';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(PACKAGE_ROOT, 'bin', 'csp-move.js');

let readable: { node: string; bin: string } | undefined;

/**
 * This Node and the built CLI (bin/, dist/ without its type declarations, package.json), copied into
 * a new folder that every user may enter and read: user `nobody` must reach what it runs, which the
 * clone itself does not promise (a clone under `mktemp -d` sits in a folder only its owner may
 * enter, and so does the Node that npm installed into it). Made once per test file.
 */
function readableCli(): { node: string; bin: string } {
  if (readable) return readable;
  const dir = folderWith({});
  for (const part of ['bin', 'dist', 'package.json']) {
    cpSync(join(PACKAGE_ROOT, part), join(dir, part), {
      recursive: true,
      filter: (source) => source !== join(PACKAGE_ROOT, 'dist', 'types'),
    });
  }
  // The copies keep their modes, which a clone made under a strict umask gives to its owner alone.
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  }
  const node = join(dir, 'node');
  try {
    // A second name for the same file costs nothing, if everyone may run it; else, or across file
    // systems, a copy.
    linkSync(process.execPath, node);
    if ((statSync(node).mode & 0o005) !== 0o005) throw new Error('not for everyone');
  } catch {
    rmSync(node, { force: true });
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  chmodSync(dir, 0o755);
  readable = { node, bin: join(dir, 'bin', 'csp-move.js') };
  return readable;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (bin/csp-move.js → dist/cli.js) as a user would, with Node of this test run.
 * Colour and CI-specific behaviour are off unless `env` turns them on.
 */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    input?: string | Buffer;
    /** Standard output goes to this file (e.g. /dev/full) instead of a pipe. */
    stdoutFile?: string;
    /**
     * Run as user `nobody` with no groups (needs root): `setpriv` drops the privileges, and the CLI
     * run is a world-readable copy of this Node and the built CLI (readableCli).
     */
    asNobody?: boolean;
    /** Options for Node itself, before the CLI's path. */
    nodeOptions?: string[];
  } = {},
): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS']) delete env[key];
  Object.assign(env, options.env);
  const stdout = options.stdoutFile === undefined ? 'pipe' : openSync(options.stdoutFile, 'w');
  const copy = options.asNobody ? readableCli() : undefined;
  const [command, prefix] = copy
    ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', copy.node]]
    : [process.execPath, []];
  try {
    const result = spawnSync(
      command,
      [...prefix, ...(options.nodeOptions ?? []), copy?.bin ?? BIN, ...args],
      {
        cwd: options.cwd ?? PACKAGE_ROOT,
        env: env as NodeJS.ProcessEnv,
        input: options.input ?? '',
        stdio: ['pipe', stdout, 'pipe'],
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (result.error) throw result.error;
    return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr };
  } finally {
    if (typeof stdout === 'number') closeSync(stdout);
  }
}
