import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { writeFileAtomic } from '../node/write.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './io.ts';
import { say } from './messages.ts';

/** Where one formatted output goes: standard output, or a file (relative to the working folder). */
export interface Destination<F extends string> {
  format: F;
  file?: string;
}

/**
 * Pairs `--format` and `--output` in order: the n-th output file receives the n-th format, formats
 * without a file go to standard output (at most one may).
 */
export function pairOutputs<F extends string>(
  formats: F[],
  outputs: string[],
  locale: Locale,
): Destination<F>[] {
  if (outputs.length > formats.length) throw new UsageError(say('tooManyOutputs', locale));
  const destinations = formats.map((format, i) => ({ format, file: outputs[i] }));
  if (destinations.filter((d) => d.file === undefined).length > 1)
    throw new UsageError(say('tooManyStdout', locale));
  return destinations;
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/** Writes an output file atomically; a failure is a UsageError (exit 2) naming the file. */
export function writeOutput(io: CliIo, file: string, content: string, locale: Locale): void {
  try {
    writeFileAtomic(resolve(io.cwd, file), content);
  } catch (error) {
    throw new UsageError(say('cannotWrite', locale, file, reason(error)));
  }
}

/** Appends to the GitHub job summary file (GitHub collects it after the step). */
export function appendSummary(path: string, content: string, locale: Locale): void {
  try {
    appendFileSync(path, content);
  } catch (error) {
    throw new UsageError(say('cannotWrite', locale, path, reason(error)));
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
