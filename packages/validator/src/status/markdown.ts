import { type Locale, VERDICT_LABELS } from '@csp-move/rules/messages';
import { STATE_LABELS } from '../formatters/steps.ts';
import { escapeMarkdown, tableCode } from '../formatters/text.ts';
import { type StatusReport, statusSummary, statusWord } from './rows.ts';

/** The status as Markdown (a CI job summary, an issue): a summary line and one table row per plan. */
export function statusMarkdown(report: StatusReport, locale: Locale): string {
  const w = (key: Parameters<typeof statusWord>[0]) => statusWord(key, locale);
  const out = [`## ${w('title')}`, '', escapeMarkdown(statusSummary(report, locale)), ''];
  if (report.rows.length === 0) {
    out.push(w('noPlans'));
    return `${out.join('\n')}\n`;
  }
  out.push(
    `| ${w('customer')} | ${w('verdict')} | ${w('date')} | ${w('daysLeft')} | ${w('state')} | ${w('nextStep')} | ${w('file')} |`,
    '| --- | --- | --- | ---: | --- | --- | --- |',
  );
  for (const row of report.rows) {
    const overdue = row.next?.state === 'overdue';
    const state = row.next ? STATE_LABELS[row.next.state][locale] : '';
    const step = row.next ? row.next.title : row.verdict === 'invalid' ? w('unreadable') : w('none');
    out.push(
      `| ${escapeMarkdown(row.customer ?? '—')} | ${VERDICT_LABELS[row.verdict][locale]} | ${row.day ?? ''} | ${row.daysLeft ?? ''} | ${overdue ? `**${state}**` : state} | ${escapeMarkdown(step)} | ${tableCode(row.path)} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
