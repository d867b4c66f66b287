import { SEVERITY_LABELS, VERDICT_LABELS } from '@csp-move/rules/messages';
import { MAX_DIAGNOSTICS_PER_FILE } from '../core/result.ts';
import { cleanSummary, moreFindings, problemSummary, word } from './strings.ts';
import { countFindings, omittedCount } from './summary.ts';
import { escapeMarkdown, markdownCode } from './text.ts';
import type { Formatter } from './types.ts';

/** A Markdown report: a table of files and verdicts, then each file's findings (a GitHub job summary). */
export const markdown: Formatter = (report, options) => {
  const { locale } = options;
  const counts = countFindings(report.files);
  const withProblems = report.files.filter((f) => f.diagnostics.length > 0);
  const total = counts.errors + counts.warnings + counts.infos;
  const out = [
    `## ${word('title', locale)}`,
    '',
    total === 0
      ? cleanSummary(counts.files, locale)
      : problemSummary(counts, { withProblems: withProblems.length, total: counts.files }, locale),
    '',
    `| ${word('file', locale)} | ${word('verdict', locale)} | ${word('errors', locale)} | ${word('warnings', locale)} | ${word('infos', locale)} |`,
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const file of report.files) {
    const c = countFindings([file]);
    // Not a code span: GitHub splits cells at a | even inside one, and a backslash before it undoes
    // the escape there; escaped text keeps every character literal.
    out.push(
      `| ${escapeMarkdown(file.path)} | ${VERDICT_LABELS[file.verdict][locale]} | ${c.errors} | ${c.warnings} | ${c.infos} |`,
    );
  }
  for (const file of withProblems) {
    out.push(
      '',
      `### ${markdownCode(file.path)}`,
      '',
      `| ${word('line', locale)} | ${word('severity', locale)} | ${word('rule', locale)} | ${word('message', locale)} |`,
      '| ---: | --- | --- | --- |',
    );
    for (const d of file.diagnostics) {
      const where = `${d.range.start.line}:${d.range.start.column}`;
      out.push(
        `| ${where} | ${SEVERITY_LABELS[d.severity][locale]} | [${d.rule}](${d.help}) | ${escapeMarkdown(d.message)} |`,
      );
    }
    const more = omittedCount(file);
    if (more > 0) out.push('', moreFindings(more, MAX_DIAGNOSTICS_PER_FILE, locale));
  }
  return `${out.join('\n')}\n`;
};
