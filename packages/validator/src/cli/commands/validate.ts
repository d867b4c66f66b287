import { dirname } from 'node:path';
import { todayUtc } from '@csp-move/rules/dates';
import type { Locale } from '@csp-move/rules/messages';
import { formatSize } from '../../core/size.ts';
import { FORMATTERS, type FormatName } from '../../formatters/index.ts';
import { jobSummary } from '../../formatters/job-summary.ts';
import { countFindings, failsAt } from '../../formatters/summary.ts';
import { CACHE_DIR, MAX_CACHE_SIZE, ResultCache } from '../../node/cache.ts';
import { displayPath } from '../../node/files.ts';
import { MAX_JOBS, type PlanInput, validateFiles } from '../../node/run.ts';
import { selectPlanFiles } from '../../node/select.ts';
import { writeFileAtomic } from '../../node/write.ts';
import type { FileResult } from '../../types.ts';
import { BUILD_ID, VERSION } from '../../version.ts';
import { count, oneOf, type ParsedCommand } from '../args.ts';
import type { CliIo } from '../io.ts';
import { say, writeReason } from '../messages.ts';
import { appendSummary, checkOutputs, pairOutputs, useColor, writeOutput } from '../output.ts';
import { reportSelection } from '../plans.ts';
import { resolveSetup, type Setup } from '../setup.ts';
import { progressReporter } from './progress.ts';

const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** The exit code of a finished run: 3 on an internal error, 1 on failing findings, else 0. */
export function exitCode(files: readonly FileResult[], setup: Pick<Setup, 'failOn' | 'maxWarnings'>): number {
  if (files.some((f) => f.diagnostics.some((d) => d.rule === 'internal-error'))) return 3;
  const failing = files.some((f) => failsAt(f, setup.failOn));
  const { warnings } = countFindings(files);
  return failing || (setup.maxWarnings !== undefined && warnings > setup.maxWarnings) ? 1 : 0;
}

function cacheFor(io: CliIo, setup: Setup): Promise<ResultCache> {
  return ResultCache.load(io.cwd, {
    version: VERSION,
    build: BUILD_ID,
    catalog: setup.catalogHash,
    config: { rules: setup.overrides ?? null, maxFileSize: setup.maxFileSize },
    locale: setup.locale,
    // Plans without asOf are judged against today, so a result is only good for the day.
    today: setup.today ?? todayUtc(),
  });
}

/** `csp-move validate [paths|globs|-]`: checks plan files and reports in one or more formats. */
export async function validateCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale } = setup;
  const { values } = parsed;
  const formats = ((values.format as string[] | undefined) ?? ['stylish']).map(
    (f) => oneOf('format', f, FORMAT_NAMES, locale) as FormatName,
  );
  const destinations = pairOutputs(formats, (values.output as string[] | undefined) ?? [], locale);
  const jobs = count('jobs', values.jobs, locale, 1, MAX_JOBS);

  const include = setup.config.include as string[] | undefined;
  const expanded = await selectPlanFiles(parsed.positionals, {
    cwd: io.cwd,
    base: setup.configPath ? dirname(setup.configPath) : io.cwd,
    include,
    exclude: setup.config.exclude as string[] | undefined,
  });
  reportSelection(expanded, io, locale);

  const inputs: PlanInput[] = expanded.files.map((file) => ({ path: displayPath(file, io.cwd), file }));
  const plans = checkOutputs(
    io,
    destinations.map((d) => d.file),
    expanded.files,
    locale,
  );
  if (expanded.stdin) inputs.push({ path: '<stdin>', text: await io.readStdin(setup.maxFileSize) });
  const wantsSources = values.fix === true || destinations.some((d) => d.format === 'stylish');
  const sources = new Map<string, string>();
  const cache = values.cache ? await cacheFor(io, setup) : undefined;
  if (cache?.problem === 'damaged') io.stderr.write(`${say('cacheUnreadable', locale, CACHE_DIR)}\n`);
  if (cache?.problem === 'not-a-file') io.stderr.write(`${say('cacheNotFile', locale, CACHE_DIR)}\n`);
  if (cache?.problem === 'too-large')
    io.stderr.write(`${say('cacheTooLarge', locale, CACHE_DIR, formatSize(MAX_CACHE_SIZE))}\n`);
  if (cache?.dropped) io.stderr.write(`${say('cacheDropped', locale, String(cache.dropped), CACHE_DIR)}\n`);
  const progress = progressReporter(io, locale, inputs.length);
  let files = await validateFiles(inputs, {
    locale,
    today: setup.today,
    overrides: setup.overrides,
    maxFileSize: setup.maxFileSize,
    catalog: setup.catalog,
    extension: setup.extension,
    jobs,
    cache,
    sources: wantsSources ? sources : undefined,
    onProgress: progress?.update,
  });
  progress?.clear();
  let unwritten = 0;
  if (values.fix) {
    const { fixFiles } = await import('./fix.ts');
    const { today, overrides, maxFileSize, catalog } = setup;
    const options = { locale, today, overrides, maxFileSize, catalog };
    ({ files, unwritten } = fixFiles(inputs, files, sources, options, io, locale));
  }

  const report = { files };
  for (const { format, file } of destinations) {
    const color = file === undefined && format === 'stylish' && useColor(io, 'stdout', values);
    const output = FORMATTERS[format](report, {
      locale,
      color,
      failOn: setup.failOn,
      toolVersion: VERSION,
      sources,
    });
    if (file === undefined) io.stdout.write(output);
    else writeOutput(io, file, output, locale, plans.get(file));
  }
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary && formats.includes('github')) {
    // Kept under GitHub's size limit; when shortened it names the report files that hold every finding.
    const reports = destinations.flatMap((d) =>
      d.file !== undefined && (d.format === 'sarif' || d.format === 'json') ? [d.file] : [],
    );
    appendSummary(
      summary,
      jobSummary(report, { locale, color: false, failOn: setup.failOn, toolVersion: VERSION, reports }),
      locale,
    );
  }
  if (cache?.dirty) {
    try {
      writeFileAtomic(cache.file, cache.serialize());
    } catch (error) {
      // A cache that cannot be saved only makes the next run slower; the results stand.
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      io.stderr.write(`${say('cannotWrite', locale, CACHE_DIR, writeReason(code, locale))}\n`);
    }
  }
  // A fix that could not be written leaves the file as it was, but the run did not do what was asked.
  return unwritten > 0 ? Math.max(2, exitCode(files, setup)) : exitCode(files, setup);
}
