import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isLocale, type Locale } from '@csp-move/rules/messages';
import { UsageError } from './io.ts';
import { say } from './messages.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
  locale: { type: 'string' },
};

const CHECKING: Options = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o', multiple: true },
  'fail-on': { type: 'string' },
  today: { type: 'string' },
  catalog: { type: 'string' },
  config: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
};

/** The options each command accepts (node:util parseArgs, strict). */
export const COMMANDS = {
  validate: {
    ...COMMON,
    ...CHECKING,
    'max-warnings': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    cache: { type: 'boolean' },
    fix: { type: 'boolean' },
  },
  explain: { ...COMMON, ...CHECKING },
  rules: { ...COMMON, format: { type: 'string', short: 'f' } },
  init: { ...COMMON, force: { type: 'boolean' }, today: { type: 'string' } },
  schema: { ...COMMON },
  migrate: {
    ...COMMON,
    check: { type: 'boolean' },
    config: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  },
  status: { ...COMMON, ...CHECKING, within: { type: 'string' }, jobs: { type: 'string', short: 'j' } },
  calendar: { ...COMMON, ...CHECKING, remind: { type: 'string' }, jobs: { type: 'string', short: 'j' } },
  catalog: {
    ...COMMON,
    format: { type: 'string', short: 'f', multiple: true },
    output: { type: 'string', short: 'o', multiple: true },
    'as-of': { type: 'string' },
  },
  import: {
    ...COMMON,
    out: { type: 'string' },
    check: { type: 'boolean' },
    config: { type: 'string' },
    catalog: { type: 'string' },
  },
} satisfies Record<string, Options>;

export type CommandName = keyof typeof COMMANDS;

export interface ParsedCommand {
  command: CommandName;
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** The `--locale` of a command line, before it is parsed, so usage errors can be worded in it. */
export function peekLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice(9) : undefined;
    if (isLocale(value)) return value;
  }
  return 'en';
}

/** parseArgs explains itself in English only; its error codes are worded here in every locale. */
function describeParseError(error: unknown, locale: Locale): string {
  const { code, message } = error as { code?: string; message?: string };
  // Node names an option as '-f, --format <value>' or '--cache'; the long name is the one to show.
  const quoted = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return say('unknownOption', locale, option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const takesNone = /does not take an argument/.test(message ?? '');
    return say(takesNone ? 'noValueAllowed' : 'missingValue', locale, option);
  }
  return say('badOption', locale, String(message ?? error).replace(/\.$/, ''));
}

/** Parses `csp-move <command> …`; a wrong option or command is a UsageError (exit 2). */
export function parseCommand(argv: readonly string[], locale: Locale): ParsedCommand {
  const [name, ...rest] = argv;
  if (!name || !Object.hasOwn(COMMANDS, name))
    throw new UsageError(say('unknownCommand', locale, name ?? ''));
  const command = name as CommandName;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: COMMANDS[command],
      strict: true,
      allowPositionals: true,
    });
    return { command, values: values as ParsedCommand['values'], positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error, locale));
  }
}

/** An option's value if it is one of `allowed`, else a UsageError naming the choices. */
export function oneOf<T extends string>(
  option: string,
  value: unknown,
  allowed: readonly T[],
  locale: Locale,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(say('badValue', locale, option, String(value), allowed.join(', ')));
}

/** A whole number option from `min` to `max`, else a UsageError naming the range. */
export function count(
  option: string,
  value: unknown,
  locale: Locale,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value === 'string' && /^\d{1,16}$/.test(value) && n >= min && n <= max) return n;
  const range = max === Number.MAX_SAFE_INTEGER ? `${min}, ${min + 1}, …` : `${min} … ${max}`;
  throw new UsageError(say('badValue', locale, option, String(value), range));
}
