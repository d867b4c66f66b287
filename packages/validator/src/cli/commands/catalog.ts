import { resolve } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { isCalendarDate } from '@csp-move/rules/dates';
import {
  compareWithLicensingCsv,
  hasDrift,
  LicensingCsvError,
  parseLicensingCsv,
} from '@csp-move/rules/drift';
import type { Locale } from '@csp-move/rules/messages';
import { displayPath } from '../../node/files.ts';
import { readInput } from '../../node/read.ts';
import { oneOf, type ParsedCommand } from '../args.ts';
import { DRIFT_FORMATS, DRIFT_FORMATTERS } from '../drift-format.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say, writeReason } from '../messages.ts';
import { checkOutputs, pairOutputs, writeOutput } from '../output.ts';

// Microsoft's CSV is about 1 MB; anything far larger is not it, and is refused before it is read whole.
const MAX_CSV_BYTES = 64 * 1024 * 1024;

/** Today in UTC, the date a fresh download stands for. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * `csp-move catalog drift <licensing.csv>`: compares the built-in offer catalog with Microsoft's
 * "Product names and service plan identifiers for licensing" CSV. Exit 0 without drift, 1 with drift,
 * 2 when the file cannot be read or is not that CSV (with the line where it stops being one).
 */
export async function catalogCommand(parsed: ParsedCommand, io: CliIo, locale: Locale): Promise<number> {
  const [sub, file, ...extra] = parsed.positionals;
  if (sub !== 'drift') throw new UsageError(say('unknownSubcommand', locale, 'catalog', sub ?? '', 'drift'));
  if (file === undefined) throw new UsageError(say('driftNeedsFile', locale));
  if (extra.length > 0) throw new UsageError(say('unexpectedArgument', locale, extra[0] as string));
  const asOf = (parsed.values['as-of'] as string | undefined) ?? todayUtc();
  if (!isCalendarDate(asOf)) throw new UsageError(say('badValue', locale, 'as-of', asOf, 'YYYY-MM-DD'));
  const formats = ((parsed.values.format as string[] | undefined) ?? ['text']).map(
    (f) => oneOf('format', f, DRIFT_FORMATS, locale) as (typeof DRIFT_FORMATS)[number],
  );
  const destinations = pairOutputs(formats, (parsed.values.output as string[] | undefined) ?? [], locale);
  const plans = checkOutputs(
    io,
    destinations.map((d) => d.file),
    file === '-' ? [] : [file],
    locale,
  );

  let text: string;
  let path: string;
  if (file === '-') {
    path = '<stdin>';
    text = await io.readStdin();
  } else {
    const full = resolve(io.cwd, file);
    path = displayPath(full, io.cwd);
    const read = readInput(full, MAX_CSV_BYTES);
    if ('problem' in read) {
      const { code, params } = read.problem;
      const reason =
        code === 'file-unreadable'
          ? writeReason(String(params?.reason), locale)
          : code === 'file-too-large'
            ? say('csvTooLarge', locale, String(params?.size), String(params?.limit))
            : say('csvNotUtf8', locale);
      throw new UsageError(say('cannotRead', locale, say('csvFile', locale), file, reason), '');
    }
    text = read.text;
  }

  let csv: ReturnType<typeof parseLicensingCsv>;
  try {
    csv = parseLicensingCsv(text);
  } catch (error) {
    if (!(error instanceof LicensingCsvError)) throw error;
    throw new UsageError(
      say('csvInvalid', locale, path, String(error.line), say(`csv_${error.reason}`, locale)),
      '',
    );
  }

  const catalog = defaultCatalog();
  const report = compareWithLicensingCsv(catalog.offers, csv, asOf, catalog.data.offers.leftOut);
  const input = { report, file: path, catalogAsOf: catalog.data.offers.asOf, locale };
  for (const { format, file: out } of destinations) {
    const output = DRIFT_FORMATTERS[format](input);
    if (out === undefined) io.stdout.write(output);
    else writeOutput(io, out, output, locale, plans.get(out));
  }
  return hasDrift(report) ? 1 : 0;
}
