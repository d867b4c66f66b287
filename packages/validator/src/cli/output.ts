import { appendFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { displayPath } from '../node/files.ts';
import { planWrite, type WritePlan, writePlanned } from '../node/write.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './io.ts';
import { say, writeReason } from './messages.ts';

/** Where one formatted output goes: standard output, or a file (relative to the working folder). */
export interface Destination<F extends string> {
  format: F;
  file?: string;
}

// Names of standard output. Opening /dev/stdout again fails when it is a socket (ENXIO), so these are
// written to the stream the CLI already has.
const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * Pairs `--format` and `--output` in order: the n-th output file receives the n-th format, formats
 * without a file (or with `-`) go to standard output (at most one may).
 */
export function pairOutputs<F extends string>(
  formats: F[],
  outputs: string[],
  locale: Locale,
): Destination<F>[] {
  if (outputs.length > formats.length) throw new UsageError(say('tooManyOutputs', locale));
  const destinations = formats.map((format, i) => {
    const file = outputs[i];
    return { format, file: file !== undefined && STDOUT_NAMES.has(file) ? undefined : file };
  });
  if (destinations.filter((d) => d.file === undefined).length > 1)
    throw new UsageError(say('tooManyStdout', locale));
  return destinations;
}

function reason(error: unknown, locale: Locale): string {
  const code =
    (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return writeReason(code, locale);
}

/** The same file, whichever path names it: device and inode when it exists, else the full path. */
function identity(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}` : path;
}

/**
 * Checks every output file before any is written: none may be an input, none may be named twice,
 * and each must be writable (see planWrite). Returns how each will be written, by file name.
 */
export function checkOutputs(
  io: CliIo,
  files: readonly (string | undefined)[],
  inputs: readonly string[],
  locale: Locale,
): Map<string, WritePlan> {
  // Looked up only when there is an output file: a run without one need not look at every input again.
  let inputIds: Set<string> | undefined;
  const seen = new Set<string>();
  const plans = new Map<string, WritePlan>();
  for (const file of files) {
    if (file === undefined) continue;
    const path = resolve(io.cwd, file);
    const id = identity(path);
    inputIds ??= new Set(inputs.map((input) => identity(resolve(io.cwd, input))));
    if (inputIds.has(id)) throw new UsageError(say('outputIsInput', locale, file));
    if (seen.has(id)) throw new UsageError(say('outputTwice', locale, file));
    seen.add(id);
    try {
      plans.set(file, planWrite(path));
    } catch (error) {
      throw new UsageError(say('cannotWrite', locale, file, reason(error, locale)), '');
    }
  }
  return plans;
}

/** Writes an output file as checked by checkOutputs; a failure is a UsageError (exit 2) naming the file. */
export function writeOutput(
  io: CliIo,
  file: string,
  content: string,
  locale: Locale,
  plan?: WritePlan,
): void {
  try {
    const checked = plan ?? planWrite(resolve(io.cwd, file));
    writePlanned(checked, content);
    // Creating folders is what `-o reports/x.sarif` in CI needs; it is said, not done silently.
    if (checked.createFolder)
      io.stderr.write(`${say('createdFolder', locale, displayPath(checked.createFolder, io.cwd), file)}\n`);
  } catch (error) {
    throw new UsageError(say('cannotWrite', locale, file, reason(error, locale)), '');
  }
}

/** Appends to the GitHub job summary file (GitHub collects it after the step). */
export function appendSummary(path: string, content: string, locale: Locale): void {
  try {
    appendFileSync(path, content);
  } catch (error) {
    throw new UsageError(say('cannotWrite', locale, path, reason(error, locale)), '');
  }
}

/**
 * Colours for a stream: on a terminal unless NO_COLOR, FORCE_COLOR=0 (or false) or TERM=dumb; any other
 * FORCE_COLOR turns them on; --color / --no-color decide first.
 */
export function useColor(io: CliIo, stream: 'stdout' | 'stderr', values: Record<string, unknown>): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return Boolean(io[stream].isTTY) && io.env.TERM !== 'dumb';
}
