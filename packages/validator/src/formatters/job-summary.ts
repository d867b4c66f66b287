import type { Locale } from '@csp-move/rules/messages';
import { markdown } from './markdown.ts';
import { markdownCode } from './text.ts';
import type { FormatterOptions, Report } from './types.ts';

/** GitHub refuses a step's job summary above 1 MiB; this leaves room for what other steps of the job add. */
export const SUMMARY_LIMIT = 900 * 1024;

const STRINGS = {
  shortened: {
    en: (shown: number, total: number) =>
      `> [!NOTE]\n> This summary is shortened to stay within GitHub's size limit for job summaries: it lists ${shown} of ${total} findings.`,
    'zh-TW': (shown: number, total: number) =>
      `> [!NOTE]\n> 為了不超過 GitHub 工作摘要的大小上限，這份摘要已縮短：只列出 ${total} 個發現中的 ${shown} 個。`,
  },
  everyFinding: {
    en: (files: string) =>
      `Full report: ${files}. Upload it with \`actions/upload-artifact\` to keep it with the run.`,
    'zh-TW': (files: string) => `完整報告：${files}。可用 \`actions/upload-artifact\` 上傳，隨這次執行保存。`,
  },
  or: { en: ' and ', 'zh-TW': '與' },
} satisfies Record<string, Record<Locale, unknown>>;

export interface JobSummaryOptions extends FormatterOptions {
  /** Report files written by the same run (SARIF, JSON), which hold every finding. */
  reports?: readonly string[];
  /** Most bytes the summary may take; default SUMMARY_LIMIT. */
  limit?: number;
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The Markdown job summary of a run: the full Markdown report when it fits in `limit`, else its head
 * (counts and files) and as many findings as fit, with a note that says so and where every finding is.
 */
export function jobSummary(report: Report, options: JobSummaryOptions): string {
  const { locale, reports = [], limit = SUMMARY_LIMIT } = options;
  const pointer = reportsLine(reports, locale);
  const full = markdown(report, options);
  const total = report.files.reduce((sum, file) => sum + file.diagnostics.length, 0);
  const withPointer = total > 0 && pointer ? `${full}\n${pointer}\n` : full;
  if (bytes(withPointer) <= limit) return withPointer;

  // The Markdown report is a head (title, counts, files table) and one section per file. Findings are
  // the table rows that start with `| <line>:<column> |`; they are dropped from the end until it fits.
  const lines = full.trimEnd().split('\n');
  const isFinding = (line: string) => /^\| \d+:\d+ \|/.test(line);
  const shownFindings = (kept: number) => lines.slice(0, kept).filter(isFinding).length;
  const note = (shown: number) =>
    `${STRINGS.shortened[locale](shown, total)}\n${pointer ? `\n${pointer}\n` : ''}`;
  const reserve = bytes(note(total)) + 16;
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const size = bytes(line) + 1;
    if (used + size + reserve > limit) break;
    used += size;
    kept += 1;
  }
  // Past the head (counts and files table), end on a finding, not on a heading or an empty table.
  const headEnd = lines.findIndex((line) => line.startsWith('### '));
  while (headEnd !== -1 && kept > headEnd && !isFinding(lines[kept - 1] as string)) kept -= 1;
  const head = lines.slice(0, kept);
  // The note goes after the counts sentence (third line), where it is read first.
  head.splice(Math.min(3, head.length), 0, note(shownFindings(kept)));
  return `${head.join('\n')}\n`;
}

function reportsLine(reports: readonly string[], locale: Locale): string {
  if (reports.length === 0) return '';
  return STRINGS.everyFinding[locale](reports.map(markdownCode).join(STRINGS.or[locale]));
}
