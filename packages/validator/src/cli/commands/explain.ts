import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { fileProblem } from '../../core/result.ts';
import { analyzeText } from '../../core/validate.ts';
import { stylish } from '../../formatters/stylish.ts';
import { displayPath } from '../../node/files.ts';
import { type ReadProblem, readInput } from '../../node/read.ts';
import { VERSION } from '../../version.ts';
import { oneOf, type ParsedCommand } from '../args.ts';
import { EXPLAIN_FORMATS, EXPLAIN_FORMATTERS } from '../explain-format.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say, text, writeReason } from '../messages.ts';
import { checkOutputs, pairOutputs, useColor, writeOutput } from '../output.ts';
import { resolveSetup } from '../setup.ts';
import { exitCode } from './validate.ts';

async function readPlan(
  arg: string,
  io: CliIo,
  locale: Locale,
  limit: number,
): Promise<{ path: string; text: string } | { path: string; problem: ReadProblem }> {
  if (arg === '-') return { path: '<stdin>', text: await io.readStdin(limit) };
  const file = resolve(io.cwd, arg);
  const read = readInput(file, limit);
  if ('problem' in read && read.problem.code === 'file-unreadable') {
    const reason = writeReason(String(read.problem.params?.reason), locale);
    throw new UsageError(say('cannotRead', locale, say('planFile', locale), arg, reason));
  }
  return { path: displayPath(file, io.cwd), ...read };
}

/** `csp-move explain <file>`: the verdict, the findings and the dated checklist of one plan. */
export async function explainCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale, catalog } = setup;
  if (parsed.positionals.length !== 1) throw new UsageError(say('explainOneFile', locale));
  const formats = ((parsed.values.format as string[] | undefined) ?? ['text']).map(
    (f) => oneOf('format', f, EXPLAIN_FORMATS, locale) as (typeof EXPLAIN_FORMATS)[number],
  );
  const destinations = pairOutputs(formats, (parsed.values.output as string[] | undefined) ?? [], locale);
  const arg = parsed.positionals[0] as string;
  const plans = checkOutputs(
    io,
    destinations.map((d) => d.file),
    arg === '-' ? [] : [arg],
    locale,
  );
  const read = await readPlan(arg, io, locale, setup.maxFileSize);
  const { path } = read;
  const source = 'text' in read ? read.text : '';
  const options = {
    path,
    locale,
    catalog,
    today: setup.today,
    overrides: setup.overrides,
    maxFileSize: setup.maxFileSize,
  };
  const { result, plan } =
    'text' in read
      ? analyzeText(source, options)
      : { result: fileProblem({ path, locale, catalog }, read.problem), plan: undefined };
  if (!plan) {
    const color = useColor(io, 'stderr', parsed.values);
    const sources = new Map([[path, source]]);
    io.stderr.write(`${text('planInvalid', locale)}\n\n`);
    io.stderr.write(
      stylish({ files: [result] }, { locale, color, failOn: setup.failOn, toolVersion: VERSION, sources }),
    );
    return exitCode([result], setup) || 1;
  }
  for (const { format, file } of destinations) {
    const output = EXPLAIN_FORMATTERS[format]({ result, locale });
    if (file === undefined) io.stdout.write(output);
    else writeOutput(io, file, output, locale, plans.get(file));
  }
  return exitCode([result], setup);
}
