import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCalendarDate, todayUtc } from '@csp-move/rules/dates';
import type { Locale } from '@csp-move/rules/messages';
import { escapeControl } from '../../formatters/text.ts';
import type { ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';
import { writeOutput } from '../output.ts';
import { starterPlan } from '../starter.ts';

/** Name of the plan `csp-move init` writes; it matches the default include pattern `**\/*.plan.yaml`. */
export const STARTER_FILE = 'new-customer.plan.yaml';

/** `csp-move init [file]`: writes a starter plan with the schema modeline; never overwrites without --force. */
export function initCommand(parsed: ParsedCommand, io: CliIo, locale: Locale): number {
  const [file = STARTER_FILE, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError(say('unexpectedArgument', locale, String(extra[0])));
  const today = (parsed.values.today as string | undefined) ?? todayUtc();
  if (!isCalendarDate(today)) throw new UsageError(say('badValue', locale, 'today', today, 'YYYY-MM-DD'));
  if (file === '-') {
    io.stdout.write(starterPlan(today, locale));
    return 0;
  }
  // lstat, not exists: a dangling symlink is something there too, and is not replaced without --force.
  if (lstatSync(resolve(io.cwd, file), { throwIfNoEntry: false }) && !parsed.values.force)
    throw new UsageError(say('initExists', locale, file));
  writeOutput(io, file, starterPlan(today, locale), locale);
  io.stdout.write(`${say('initDone', locale, escapeControl(file))}\n`);
  return 0;
}
