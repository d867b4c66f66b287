import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';
import type { Formatter } from './types.ts';

export type { Formatter, FormatterOptions, Report } from './types.ts';

/** Every output format of `csp-move validate --format`, by name. */
export const FORMATTERS = { stylish, json, sarif, github, junit, markdown } satisfies Record<
  string,
  Formatter
>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(value: string): value is FormatName {
  return Object.hasOwn(FORMATTERS, value);
}
