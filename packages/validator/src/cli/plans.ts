import type { Locale } from '@csp-move/rules/messages';
import { displayPath, expandPaths } from '../node/files.ts';
import { type PlanInput, validateFiles } from '../node/run.ts';
import type { FileResult } from '../types.ts';
import { count, type ParsedCommand } from './args.ts';
import { progressReporter } from './commands/progress.ts';
import { type CliIo, UsageError } from './io.ts';
import { say } from './messages.ts';
import type { Setup } from './setup.ts';

/**
 * Judges the plans a command line names (paths, globs, `-`, else the config's include patterns),
 * exactly as `validate` does: the schedules `status` and `calendar` show come from the same results.
 */
export async function judgePlans(parsed: ParsedCommand, io: CliIo, setup: Setup): Promise<FileResult[]> {
  const { locale } = setup;
  const expanded = await expandPaths(parsed.positionals, {
    cwd: io.cwd,
    include: setup.config.include as string[] | undefined,
    exclude: setup.config.exclude as string[] | undefined,
  });
  if (expanded.unmatched.length > 0)
    throw new UsageError(say('noFiles', locale, expanded.unmatched.join(', ')));
  const inputs: PlanInput[] = expanded.files.map((file) => ({ path: displayPath(file, io.cwd), file }));
  if (expanded.stdin) inputs.push({ path: '<stdin>', text: await io.readStdin() });
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
  return files;
}

/** A number of days: `14d` or `14`; anything else is a UsageError naming the option. */
export function days(option: string, value: unknown, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{1,5})d?$/.exec(value) : null;
  if (!match) throw new UsageError(say('badValue', locale, option, String(value), '14d, 30d, 0d'));
  return Number(match[1]);
}
