import type { Locale } from '@csp-move/rules/messages';
import { type StepWording, statusHtml } from './html.ts';
import { statusJson } from './json.ts';
import { statusMarkdown } from './markdown.ts';
import type { StatusReport } from './rows.ts';
import { statusTable } from './table.ts';

export { type StatusReport, type StatusRow, statusReport } from './rows.ts';

export const STATUS_FORMATS = ['table', 'markdown', 'json', 'html'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export interface StatusOptions {
  locale: Locale;
  color: boolean;
  columns?: number;
  reword: StepWording;
}

/** The status views, by `--format` name. */
export const STATUS_FORMATTERS: Record<
  StatusFormat,
  (report: StatusReport, options: StatusOptions) => string
> = {
  table: (report, options) => statusTable(report, options),
  markdown: (report, { locale }) => statusMarkdown(report, locale),
  json: (report) => statusJson(report),
  html: (report, { locale, reword }) => statusHtml(report, locale, reword),
};
