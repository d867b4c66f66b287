import { labelled, SEVERITY_LABELS, VERDICT_LABELS } from '@csp-move/rules/messages';
import { createColors } from 'picocolors';
import { MAX_DIAGNOSTICS_PER_FILE } from '../core/result.ts';
import type { Diagnostic, FileResult } from '../types.ts';
import { codeFrame } from './codeframe.ts';
import { nextStepSentence } from './steps.ts';
import { cleanSummary, moreFindings, problemSummary, rulesWait, word } from './strings.ts';
import { countFindings, omittedCount } from './summary.ts';
import { escapeControl } from './text.ts';
import type { Formatter, FormatterOptions } from './types.ts';

type Colors = ReturnType<typeof createColors>;

function severityColor(colors: Colors, severity: Diagnostic['severity']) {
  return severity === 'error' ? colors.red : severity === 'warning' ? colors.yellow : colors.blue;
}

function fileBlock(file: FileResult, options: FormatterOptions, colors: Colors): string[] {
  const { locale } = options;
  const verdict = VERDICT_LABELS[file.verdict][locale];
  const heading = colors.underline(escapeControl(file.path));
  const out = [options.noVerdict ? heading : `${heading}  ${colors.dim(verdict)}`];
  // A plan whose verdict stands with steps ahead says which one comes next.
  if (file.schedule?.next && file.verdict !== 'blocked')
    out.push(`  ${colors.cyan(escapeControl(nextStepSentence(file.schedule.next, locale)))}`);
  const source = options.sources?.get(file.path);
  const lines = source === undefined ? undefined : source.split('\n').map((l) => l.replace(/\r$/, ''));
  for (const d of file.diagnostics) {
    const paint = severityColor(colors, d.severity);
    const where = `${d.range.start.line}:${d.range.start.column}`;
    out.push(
      `  ${colors.dim(where)}  ${paint(SEVERITY_LABELS[d.severity][locale])}  ${escapeControl(d.message)}  ${colors.dim(d.rule)}`,
    );
    if (lines) {
      for (const line of codeFrame(lines, d.range, { gutter: colors.dim, caret: paint }))
        out.push(`    ${line}`);
    }
    for (const related of d.related ?? []) {
      out.push(
        `    ${colors.dim(`${labelled(word('related', locale), locale)}${related.range.start.line}:${related.range.start.column}`)}`,
      );
    }
    for (const fix of d.fixes ?? [])
      out.push(`    ${colors.green(labelled(word('fix', locale), locale))}${escapeControl(fix.title)}`);
    out.push(`    ${colors.dim(`${labelled(word('help', locale), locale)}${d.help}`)}`);
  }
  const more = omittedCount(file);
  if (more > 0) out.push(`  ${colors.dim(moreFindings(more, MAX_DIAGNOSTICS_PER_FILE, locale))}`);
  if (file.verdict === 'invalid') out.push(`  ${colors.dim(rulesWait(locale))}`);
  return out;
}

/**
 * For people at a terminal: findings grouped by file, each with the source line and carets under the
 * range, then a summary. Colour only when `options.color` says so.
 */
export const stylish: Formatter = (report, options) => {
  const colors = createColors(options.color);
  const counts = countFindings(report.files);
  const withProblems = report.files.filter((f) => f.diagnostics.length > 0);
  const blocks = withProblems.map((file) => fileBlock(file, options, colors).join('\n'));
  const total = counts.errors + counts.warnings + counts.infos;
  const summary =
    total === 0
      ? colors.green(`✔ ${cleanSummary(counts.files, options.locale)}`)
      : (counts.errors > 0 ? colors.red : colors.yellow)(
          `✖ ${problemSummary(counts, { withProblems: withProblems.length, total: counts.files }, options.locale)}`,
        );
  return `${[...blocks, summary].join('\n\n')}\n`;
};
