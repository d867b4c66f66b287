import { defaultCatalog } from '@csp-move/rules/catalog';
import type { Locale } from '@csp-move/rules/messages';
import { checkSchema, type SchemaCheck } from '../schema/validators.ts';
import type { FileResult } from '../types.ts';
import type { LineIndex } from './lines.ts';
import type { Source } from './locate.ts';
import { parseYaml } from './parse.ts';
import { buildResult } from './result.ts';

/** A YAML document other than a plan (the config file, a catalog extension), read and checked. */
export interface CheckedDocument {
  /** The value, when the document has no YAML or schema problems. An empty file is `{}`. */
  value?: unknown;
  source: Source;
  lines: LineIndex;
  /** The document's diagnostics, worded; verdict `invalid` when it has problems. */
  result: FileResult;
}

/** Parses YAML (or JSON) text once and checks it against a schema, with the plan's diagnostics. */
export function checkDocument(
  text: string,
  check: SchemaCheck,
  path: string,
  locale: Locale,
): CheckedDocument {
  const context = { path, locale, catalog: defaultCatalog() };
  const parsed = parseYaml(text);
  const source = { doc: parsed.doc, text };
  const value = parsed.drafts.length === 0 ? (parsed.value ?? {}) : undefined;
  const drafts = value === undefined ? parsed.drafts : checkSchema(check, value, source);
  const result = buildResult(context, drafts, parsed.lines);
  return { value: drafts.length === 0 ? value : undefined, source, lines: parsed.lines, result };
}
