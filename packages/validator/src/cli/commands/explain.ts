import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '@csp-move/rules/messages';
import { analyzeText } from '../../core/validate.ts';
import { stylish } from '../../formatters/stylish.ts';
import { displayPath } from '../../node/files.ts';
import { VERSION } from '../../version.ts';
import { oneOf, type ParsedCommand } from '../args.ts';
import { EXPLAIN_FORMATS, EXPLAIN_FORMATTERS } from '../explain-format.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say, text } from '../messages.ts';
import { pairOutputs, useColor, writeOutput } from '../output.ts';
import { resolveSetup } from '../setup.ts';
import { exitCode } from './validate.ts';

async function readPlan(arg: string, io: CliIo, locale: Locale): Promise<{ path: string; text: string }> {
  if (arg === '-') return { path: '<stdin>', text: await io.readStdin() };
  const file = resolve(io.cwd, arg);
  try {
    return { path: displayPath(file, io.cwd), text: readFileSync(file, 'utf8') };
  } catch {
    throw new UsageError(say('fileMissing', locale, say('planFile', locale), arg));
  }
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
  const { path, text: source } = await readPlan(parsed.positionals[0] as string, io, locale);
  const options = {
    path,
    locale,
    catalog,
    today: setup.today,
    overrides: setup.overrides,
    maxFileSize: setup.maxFileSize,
  };
  const { result, plan } = analyzeText(source, options);
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
    else writeOutput(io, file, output, locale);
  }
  return exitCode([result], setup);
}
