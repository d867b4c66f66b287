import type { Locale } from '@csp-move/rules/messages';
import { stepTitle } from '@csp-move/rules/timeline';
import { STATUS_FORMATS, STATUS_FORMATTERS, type StatusFormat, statusReport } from '../../status/index.ts';
import { oneOf, type ParsedCommand } from '../args.ts';
import type { CliIo } from '../io.ts';
import { pairOutputs, useColor, writeOutput } from '../output.ts';
import { days, judgePlans } from '../plans.ts';
import { resolveSetup } from '../setup.ts';
import { exitCode } from './validate.ts';

/**
 * `csp-move status [paths]`: every plan in one view, one line per customer, overdue first. Exit codes as
 * for validate, over every plan judged (also those `--within` leaves out).
 */
export async function statusCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale, catalog } = setup;
  const { values } = parsed;
  const formats = ((values.format as string[] | undefined) ?? ['table']).map(
    (f) => oneOf('format', f, STATUS_FORMATS, locale) as StatusFormat,
  );
  const destinations = pairOutputs(formats, (values.output as string[] | undefined) ?? [], locale);
  const within = days('within', values.within, locale);
  const { files, outputs } = await judgePlans(
    parsed,
    io,
    setup,
    destinations.map((d) => d.file),
  );
  const report = statusReport(files, within);
  for (const { format, file } of destinations) {
    const toTerminal = file === undefined && Boolean(io.stdout.isTTY);
    const output = STATUS_FORMATTERS[format](report, {
      locale,
      color: file === undefined && format === 'table' && useColor(io, 'stdout', values),
      ...(toTerminal && io.stdout.columns ? { columns: io.stdout.columns } : {}),
      reword: (step, l) =>
        stepTitle({ kind: step.kind as never, params: step.params, variant: step.variant }, l, catalog),
    });
    if (file === undefined) io.stdout.write(output);
    else writeOutput(io, file, output, locale, outputs.get(file));
  }
  return exitCode(files, setup);
}
