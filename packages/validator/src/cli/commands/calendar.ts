import type { Locale } from '@csp-move/rules/messages';
import { calendarEntries, writeIcs } from '../../calendar/ics.ts';
import { VERSION } from '../../version.ts';
import type { ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';
import { pairOutputs, writeOutput } from '../output.ts';
import { days, judgePlans } from '../plans.ts';
import { resolveSetup } from '../setup.ts';
import { exitCode } from './validate.ts';

/** When the file is written: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output; else now. */
function stampOf(io: CliIo, locale: Locale): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(say('badEnv', locale, 'SOURCE_DATE_EPOCH', epoch));
  return new Date(Number(epoch) * 1000);
}

/**
 * `csp-move calendar [paths] [-o moves.ics]`: every dated step of every plan as an iCalendar file.
 * Plans that cannot be judged are left out and named on standard error. Exit codes as for validate.
 */
export async function calendarCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale } = setup;
  const { values } = parsed;
  const [destination] = pairOutputs(['ics'], (values.output as string[] | undefined) ?? [], locale);
  const remindDays = days('remind', values.remind, locale);
  const stamp = stampOf(io, locale);
  const { files, outputs } = await judgePlans(parsed, io, setup, [destination?.file]);
  const output = writeIcs(calendarEntries(files), {
    locale,
    stamp,
    version: VERSION,
    ...(remindDays === undefined ? {} : { remindDays }),
  });
  if (destination?.file === undefined) io.stdout.write(output);
  else writeOutput(io, destination.file, output, locale, outputs.get(destination.file));
  const skipped = files.filter((f) => !f.schedule).map((f) => f.path);
  if (skipped.length > 0) io.stderr.write(`${say('calendarSkipped', locale, skipped.join(', '))}\n`);
  return exitCode(files, setup);
}
