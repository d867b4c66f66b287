import { LOCALES, type Locale } from '@csp-move/rules/messages';
import { escapeControl } from '../formatters/text.ts';
import { VERSION } from '../version.ts';
import { oneOf, parseCommand, peekLocale } from './args.ts';
import { type CliIo, UsageError } from './io.ts';
import { say, text } from './messages.ts';

/**
 * Runs the CLI and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or
 * config error, 3 internal error. Everything outside comes through `io`; nothing here exits.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = peekLocale(argv);
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr.write(text('usage', locale));
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(text('usage', locale));
      return 0;
    }
    if (first === '--version' || first === '-v') {
      // The version alone on the first line, for scripts; then how old the built-in catalog is. The
      // catalog is loaded only here, so other commands do not pay for it at start.
      const { defaultCatalog } = await import('@csp-move/rules/catalog');
      io.stdout.write(`${VERSION}\n${say('catalogAsOf', locale, defaultCatalog().data.offers.asOf)}\n`);
      return 0;
    }
    const parsed = parseCommand(argv, locale);
    locale = oneOf('locale', parsed.values.locale, LOCALES, locale) ?? locale;
    if (parsed.values.help) {
      io.stdout.write(text('usage', locale));
      return 0;
    }
    // Each command is loaded when it runs, so a start pays only for what it uses.
    switch (parsed.command) {
      case 'validate':
        return await (await import('./commands/validate.ts')).validateCommand(parsed, io, locale);
      case 'explain':
        return await (await import('./commands/explain.ts')).explainCommand(parsed, io, locale);
      case 'rules':
        return (await import('./commands/rules.ts')).rulesCommand(parsed, io, locale);
      case 'init':
        return (await import('./commands/init.ts')).initCommand(parsed, io, locale);
      case 'schema':
        return (await import('./commands/schema.ts')).schemaCommand(parsed, io, locale);
      case 'migrate':
        return await (await import('./commands/migrate.ts')).migrateCommand(parsed, io, locale);
      case 'status':
        return await (await import('./commands/status.ts')).statusCommand(parsed, io, locale);
      case 'calendar':
        return await (await import('./commands/calendar.ts')).calendarCommand(parsed, io, locale);
      case 'catalog':
        return await (await import('./commands/catalog.ts')).catalogCommand(parsed, io, locale);
      case 'import':
        return await (await import('./commands/import.ts')).importCommand(parsed, io, locale);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // Messages quote arguments and file names; their control characters must not reach the terminal.
      io.stderr.write(`csp-move: ${escapeControl(error.message)}\n`);
      // Details '' means the message says it all (a file that cannot be written is not a usage mistake).
      if (error.details) io.stderr.write(`\n${error.details}\n`);
      else if (error.details === undefined) io.stderr.write(`${text('seeHelp', locale)}\n`);
      return 2;
    }
    try {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`csp-move: ${text('internal', locale)}\n${detail}\n`);
    } catch {
      // Even standard error is gone; the exit code still says what happened.
    }
    return 3;
  }
}
