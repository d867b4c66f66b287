import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { displayPath, type ExpandedPaths, expandPaths } from '../node/files.ts';
import { type PlanInput, validateFiles } from '../node/run.ts';
import type { WritePlan } from '../node/write.ts';
import type { FileResult } from '../types.ts';
import { count, type ParsedCommand } from './args.ts';
import { progressReporter } from './commands/progress.ts';
import { type CliIo, UsageError } from './io.ts';
import { say, writeReason } from './messages.ts';
import { checkOutputs } from './output.ts';
import type { Setup } from './setup.ts';

/**
 * Says what looking for plan files met besides files, the same for every command: paths and folders
 * that cannot be read stop the run (exit 2) naming each, as do arguments that matched nothing; links
 * that were not followed and files the config excludes are noted on standard error.
 */
export function reportSelection(
  found: Pick<ExpandedPaths, 'problems' | 'unmatched' | 'skippedLinks'> & { excluded?: string[] },
  io: CliIo,
  locale: Locale,
): void {
  if (found.problems.length > 0) {
    const lines = found.problems.map(({ path, code }) =>
      say('cannotReadPath', locale, displayPath(resolve(io.cwd, path), io.cwd), writeReason(code, locale)),
    );
    throw new UsageError(lines[0] as string, lines.slice(1).join('\n'));
  }
  if (found.unmatched.length > 0) throw new UsageError(say('noFiles', locale, found.unmatched.join(', ')));
  for (const link of found.skippedLinks)
    io.stderr.write(`${say('skippedLink', locale, displayPath(link, io.cwd))}\n`);
  // As ESLint does: a file named on the command line but excluded by the config is skipped, with a note.
  for (const path of found.excluded ?? [])
    io.stderr.write(`csp-move: ${say('excludedFile', locale, path)}\n`);
}

/** The judged plans, and how each output file will be written (checked before any plan is judged). */
export interface JudgedPlans {
  files: FileResult[];
  outputs: Map<string, WritePlan>;
}

/**
 * Judges the plans a command line names (paths, globs, `-`, else the config's include patterns),
 * exactly as `validate` does: the schedules `status` and `calendar` show come from the same results.
 * The output files are checked as validate checks them (not an input, not named twice, writable)
 * before any plan is judged.
 */
export async function judgePlans(
  parsed: ParsedCommand,
  io: CliIo,
  setup: Setup,
  outputFiles: readonly (string | undefined)[],
): Promise<JudgedPlans> {
  const { locale } = setup;
  const expanded = await expandPaths(parsed.positionals, {
    cwd: io.cwd,
    include: setup.config.include as string[] | undefined,
    exclude: setup.config.exclude as string[] | undefined,
  });
  reportSelection(expanded, io, locale);
  const outputs = checkOutputs(io, outputFiles, expanded.files, locale);
  const inputs: PlanInput[] = expanded.files.map((file) => ({ path: displayPath(file, io.cwd), file }));
  if (expanded.stdin) inputs.push({ path: '<stdin>', text: await io.readStdin(setup.maxFileSize) });
  const progress = progressReporter(io, locale, inputs.length);
  const files = await validateFiles(inputs, {
    locale,
    today: setup.today,
    overrides: setup.overrides,
    maxFileSize: setup.maxFileSize,
    catalog: setup.catalog,
    extension: setup.extension,
    jobs: count('jobs', parsed.values.jobs, locale, 1),
    onProgress: progress?.update,
  });
  progress?.clear();
  return { files, outputs };
}

/** A number of days: `14d` or `14`; anything else is a UsageError naming the option. */
export function days(option: string, value: unknown, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{1,5})d?$/.exec(value) : null;
  if (!match) throw new UsageError(say('badValue', locale, option, String(value), '14d, 30d, 0d'));
  return Number(match[1]);
}
