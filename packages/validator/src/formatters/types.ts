import type { Locale } from '@csp-move/rules/messages';
import type { FailOn } from '../config/schema.ts';
import type { FileResult } from '../types.ts';

/** What the formatters are given: every file's result, in the order they are shown. */
export interface Report {
  files: FileResult[];
}

export interface FormatterOptions {
  locale: Locale;
  /** ANSI colours (stylish only); the CLI decides from the terminal, NO_COLOR and --color. */
  color: boolean;
  /** The severity from which findings fail the run; JUnit reports those as failures. */
  failOn: FailOn;
  /** Version of csp-move, for SARIF's tool section. */
  toolVersion: string;
  /** File texts by path, for code frames (stylish). Files missing here are shown without one. */
  sources?: ReadonlyMap<string, string>;
  /** For documents that are not plans (the config, a catalog): no plan verdict beside the path. */
  noVerdict?: boolean;
}

/** A formatter turns a report into text; it never writes anything itself. */
export type Formatter = (report: Report, options: FormatterOptions) => string;
