import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(PACKAGE_ROOT, 'bin', 'csp-move.js');

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
    /** Run as user `nobody` with no groups (needs root): `setpriv` drops the privileges. */
    asNobody?: boolean;
    /** Options for Node itself, before the CLI's path. */
    nodeOptions?: string[];
  } = {},
): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  for (const key of ['FORCE_COLOR', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS']) delete env[key];
  Object.assign(env, options.env);
  const stdout = options.stdoutFile === undefined ? 'pipe' : openSync(options.stdoutFile, 'w');
  const [command, prefix] = options.asNobody
    ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath]]
    : [process.execPath, []];
  try {
    const result = spawnSync(command, [...prefix, ...(options.nodeOptions ?? []), BIN, ...args], {
      cwd: options.cwd ?? PACKAGE_ROOT,
      env: env as NodeJS.ProcessEnv,
      input: options.input ?? '',
      stdio: ['pipe', stdout, 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr };
  } finally {
    if (typeof stdout === 'number') closeSync(stdout);
  }
}
