import { chmodSync, realpathSync, statSync } from 'node:fs';
import type { Locale } from '@csp-move/rules/messages';
import { type MigrateOutcome, migrateText } from '../../core/migrate.ts';
import { fileProblem } from '../../core/result.ts';
import { stylish } from '../../formatters/stylish.ts';
import { displayPath, expandPaths } from '../../node/files.ts';
import { readInput } from '../../node/read.ts';
import type { FileResult } from '../../types.ts';
import { VERSION } from '../../version.ts';
import type { ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';
import { useColor, writeOutput } from '../output.ts';
import { reportSelection } from '../plans.ts';
import { resolveSetup, type Setup } from '../setup.ts';
import { exitCode } from './validate.ts';

interface Run {
  io: CliIo;
  setup: Setup;
  color: boolean;
  check: boolean;
}

/** What happened to the files of one run, for the summary and the exit code. */
interface Tally {
  migrated: number;
  current: number;
  refused: number;
  /** Exit code of the worst refusal (1, or 3 for an internal error). */
  code: number;
}

function reportInvalid(run: Run, result: FileResult, source: string | undefined): number {
  const { locale, failOn } = run.setup;
  const sources = new Map(source === undefined ? [] : [[result.path, source]]);
  run.io.stderr.write(`${say('migrateInvalid', locale, result.path)}\n\n`);
  run.io.stderr.write(
    stylish({ files: [result] }, { locale, color: run.color, failOn, toolVersion: VERSION, sources }),
  );
  return exitCode([result], run.setup) || 1;
}

/** Says why a file was left alone; returns the exit code it asks for (1 or 3). */
function refuse(run: Run, path: string, outcome: MigrateOutcome, source: string): number {
  const { locale } = run.setup;
  if (outcome.kind === 'invalid') return reportInvalid(run, outcome.result, source);
  if (outcome.kind !== 'manual') return 0;
  const why = say(outcome.reason === 'anchor' ? 'migrateWhyAnchor' : 'migrateWhyLayout', locale);
  run.io.stderr.write(`${say('migrateManual', locale, path, String(outcome.line), why)}\n`);
  return 1;
}

/** `csp-move migrate -`: the plan from standard input, its version 2 text to standard output. */
async function migrateStdin(run: Run): Promise<number> {
  const { io, setup } = run;
  const source = await io.readStdin(setup.maxFileSize);
  const path = '<stdin>';
  const options = { path, locale: setup.locale, catalog: setup.catalog, maxFileSize: setup.maxFileSize };
  const outcome = migrateText(source, options);
  if (outcome.kind === 'invalid' || outcome.kind === 'manual') return refuse(run, path, outcome, source);
  if (run.check) {
    if (outcome.kind === 'current') return 0;
    io.stdout.write(`${say('migrateNeeded', setup.locale, path)}\n`);
    return 1;
  }
  io.stdout.write(outcome.kind === 'migrated' ? outcome.text : source);
  return 0;
}

/**
 * Replaces a plan file's content atomically. Through a symbolic link, the file it points to is
 * rewritten and the link stays; the file keeps its permissions (the new file is created with the
 * default ones, so they are set back right after the rename).
 */
function writeInPlace(io: CliIo, file: string, content: string, locale: Locale): void {
  let target = file;
  let mode: number | undefined;
  try {
    target = realpathSync(file);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // Gone since it was read: writeOutput reports what happens now.
  }
  writeOutput(io, target, content, locale);
  try {
    if (mode !== undefined && (statSync(target).mode & 0o7777) !== mode) chmodSync(target, mode);
  } catch {
    // The content is written; permissions that cannot be set back are the file system's default.
  }
}

function migrateFile(run: Run, file: string, tally: Tally): void {
  const { io, setup } = run;
  const { locale } = setup;
  const path = displayPath(file, io.cwd);
  // Read as validate reads plans: within the size limit, and UTF-8 or refused by name (a Latin-1 file
  // decoded as UTF-8 would be written back with U+FFFD in place of its letters).
  const read = readInput(file, setup.maxFileSize);
  if ('problem' in read) {
    const result = fileProblem({ path, locale, catalog: setup.catalog }, read.problem);
    tally.refused += 1;
    tally.code = Math.max(tally.code, reportInvalid(run, result, undefined));
    return;
  }
  const source = read.text;
  const options = { path, locale, catalog: setup.catalog, maxFileSize: setup.maxFileSize };
  const outcome = migrateText(source, options);
  if (outcome.kind === 'current') {
    tally.current += 1;
  } else if (outcome.kind === 'migrated') {
    tally.migrated += 1;
    if (run.check) {
      io.stdout.write(`${say('migrateNeeded', locale, path)}\n`);
    } else {
      writeInPlace(io, file, outcome.text, locale);
      io.stdout.write(`${say('migrateDone', locale, path)}\n`);
    }
  } else {
    tally.refused += 1;
    tally.code = Math.max(tally.code, refuse(run, path, outcome, source));
  }
}

/**
 * `csp-move migrate [paths|globs|-] [--check]`: rewrites version 1 plan files as version 2 in place
 * (each file atomically), leaves version 2 files untouched and refuses files that are not valid plans.
 * With --check nothing is written: the files still in version 1 are listed and the exit code is 1.
 */
export async function migrateCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale } = setup;
  const run: Run = {
    io,
    setup,
    color: useColor(io, 'stderr', parsed.values),
    check: Boolean(parsed.values.check),
  };
  const args = parsed.positionals;
  if (args.includes('-')) {
    if (args.length > 1) throw new UsageError(say('migrateStdinAlone', locale));
    return migrateStdin(run);
  }
  const expanded = await expandPaths(args, {
    cwd: io.cwd,
    include: setup.config.include as string[] | undefined,
    exclude: setup.config.exclude as string[] | undefined,
  });
  reportSelection(expanded, io, locale);

  const tally: Tally = { migrated: 0, current: 0, refused: 0, code: 0 };
  for (const file of expanded.files) migrateFile(run, file, tally);
  const counts = [tally.migrated, tally.current, tally.refused].map(String);
  if (run.check) {
    io.stderr.write(
      `${say(tally.migrated > 0 ? 'migrateCheckPending' : 'migrateCheckDone', locale, ...counts)}\n`,
    );
    return Math.max(tally.code, tally.migrated > 0 ? 1 : 0);
  }
  io.stderr.write(`${say('migrateSummary', locale, ...counts)}\n`);
  return tally.code;
}
