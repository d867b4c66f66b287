import { dirname, resolve } from 'node:path';
import type { Catalog, CatalogExtension } from '@csp-move/rules/catalog';
import { isCalendarDate } from '@csp-move/rules/dates';
import type { SeverityOverrides } from '@csp-move/rules/evaluate';
import { LOCALES, type Locale } from '@csp-move/rules/messages';
import { type Config, FAIL_ON, type FailOn } from '../config/schema.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../core/validate.ts';
import { stylish } from '../formatters/stylish.ts';
import { buildCatalog, catalogOutside, type ExtensionOrigin, readExtension } from '../node/catalog.ts';
import { loadConfig, parseSize } from '../node/config.ts';
import { displayPath } from '../node/files.ts';
import type { FileResult } from '../types.ts';
import { VERSION } from '../version.ts';
import { count, oneOf, type ParsedCommand } from './args.ts';
import { type CliIo, UsageError } from './io.ts';
import { say, text, writeReason } from './messages.ts';

/** Everything validate and explain need besides the files: options merged from flags and config. */
export interface Setup {
  locale: Locale;
  failOn: FailOn;
  maxWarnings?: number;
  today?: string;
  overrides?: SeverityOverrides;
  maxFileSize: number;
  config: Config;
  /** The config file read, if any: its include and exclude patterns are relative to its folder. */
  configPath?: string;
  catalog: Catalog;
  extension?: CatalogExtension;
  /** Identifies the catalog and the result-changing config for the cache. */
  catalogHash: string;
}

/** A problem file's diagnostics with code frames, for the message of a UsageError. */
function problemReport(result: FileResult, source: string, locale: Locale): string {
  const sources = new Map([[result.path, source]]);
  return stylish(
    { files: [result] },
    { locale, color: false, failOn: 'error', toolVersion: VERSION, sources, noVerdict: true },
  ).trimEnd();
}

async function extensionOrigin(
  config: Config,
  configPath: string | undefined,
  flag: string | undefined,
  io: CliIo,
  locale: Locale,
  limit: number,
): Promise<ExtensionOrigin | undefined> {
  const fromFile = async (file: string): Promise<ExtensionOrigin> => {
    const path = displayPath(file, io.cwd);
    const read = await readExtension(file, path, locale, limit);
    if (read.kind === 'missing') {
      const reason = writeReason(read.code, locale);
      throw new UsageError(say('cannotRead', locale, say('catalogFile', locale), path, reason));
    }
    if (read.kind === 'invalid')
      throw new UsageError(text('catalogInvalid', locale), problemReport(read.result, read.text, locale));
    return read.origin;
  };
  if (flag) return fromFile(resolve(io.cwd, flag));
  if (typeof config.catalog === 'string' && configPath) {
    const file = resolve(dirname(configPath), config.catalog);
    const root = catalogOutside(file, configPath);
    if (root !== undefined) {
      const where = [config.catalog, displayPath(configPath, io.cwd), displayPath(root, io.cwd)];
      throw new UsageError(say('catalogOutside', locale, ...where), '');
    }
    return fromFile(file);
  }
  return undefined;
}

/** Reads the config and catalog and merges them with the flags; throws UsageError (exit 2) on problems. */
export async function resolveSetup(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<Setup> {
  const { values } = parsed;
  const loaded = await loadConfig(values.config as string | undefined, io.cwd, flagLocale);
  if (loaded.kind === 'missing') {
    throw new UsageError(say('fileMissing', flagLocale, say('configFile', flagLocale), loaded.path));
  }
  if (loaded.kind === 'unreadable') {
    const reason = writeReason(loaded.code, flagLocale);
    throw new UsageError(say('cannotRead', flagLocale, say('configFile', flagLocale), loaded.path, reason));
  }
  if (loaded.kind === 'invalid') {
    throw new UsageError(
      text('configInvalid', flagLocale),
      problemReport(loaded.result, loaded.text, flagLocale),
    );
  }
  const config = loaded.config;
  const locale =
    oneOf('locale', values.locale, LOCALES, flagLocale) ?? (config.locale as Locale | undefined) ?? 'en';
  const failOn =
    oneOf('fail-on', values['fail-on'], FAIL_ON, locale) ?? (config.failOn as FailOn | undefined) ?? 'error';
  const maxWarnings =
    count('max-warnings', values['max-warnings'], locale) ?? (config.maxWarnings as number | undefined);
  const today = values.today as string | undefined;
  if (today !== undefined && !isCalendarDate(today)) {
    throw new UsageError(say('badValue', locale, 'today', today, 'YYYY-MM-DD'));
  }
  const maxFileSize =
    config.maxFileSize === undefined
      ? DEFAULT_MAX_FILE_SIZE
      : parseSize(config.maxFileSize as number | string);

  const flag = values.catalog as string | undefined;
  let origin = await extensionOrigin(config, loaded.path, flag, io, locale, maxFileSize);
  if (!origin && config.catalog !== undefined && typeof config.catalog === 'object' && loaded.document) {
    origin = {
      path: displayPath(loaded.path as string, io.cwd),
      document: loaded.document,
      prefix: '/catalog',
    };
  }
  const built = await buildCatalog(origin, locale);
  if (built.kind === 'invalid') {
    throw new UsageError(text('catalogInvalid', locale), problemReport(built.result, built.text, locale));
  }
  return {
    locale,
    failOn,
    maxWarnings,
    today,
    overrides: config.rules as SeverityOverrides | undefined,
    maxFileSize,
    config,
    configPath: loaded.path,
    catalog: built.catalog,
    extension: built.extension,
    catalogHash: built.hash,
  };
}
