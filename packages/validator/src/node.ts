/**
 * `@csp-move/validator/node`: validate plan files from Node (files, globs, worker threads, cache), the
 * formatters, and the CLI's `main` for embedding. The browser-safe core is `@csp-move/validator/browser`.
 */

export type { CliIo } from './cli/io.ts';
export { main } from './cli/main.ts';
export { type Config, configSchema, FAIL_ON, type FailOn } from './config/schema.ts';
export { applyFix, applyFixes } from './core/fixes.ts';
export { type ManualReason, type MigrateOutcome, migrateText } from './core/migrate.ts';
export { analyzeText, DEFAULT_MAX_FILE_SIZE, type ValidateOptions, validateText } from './core/validate.ts';
export {
  FORMATTERS,
  type FormatName,
  type Formatter,
  type FormatterOptions,
  type Report,
} from './formatters/index.ts';
export { CACHE_DIR, ResultCache } from './node/cache.ts';
export { buildCatalog, readExtension } from './node/catalog.ts';
export { CONFIG_FILES, loadConfig } from './node/config.ts';
export { DEFAULT_INCLUDE, displayPath, expandPaths } from './node/files.ts';
export { type PlanInput, type RunOptions, validateFiles } from './node/run.ts';
export type * from './types.ts';
export { VERSION } from './version.ts';
