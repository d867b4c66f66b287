import { type Locale, labelled, SEVERITY_LABELS, VERDICT_LABELS } from '@csp-move/rules/messages';
import { MAX_DIAGNOSTICS_PER_FILE } from '../core/result.ts';
import { json as jsonReport, jsonStep } from '../formatters/json.ts';
import { nextStepSentence, stepWhen } from '../formatters/steps.ts';
import { moreFindings } from '../formatters/strings.ts';
import { omittedCount } from '../formatters/summary.ts';
import { escapeControl, escapeMarkdown, markdownCode } from '../formatters/text.ts';
import type { FileResult, FileStep, StepState } from '../types.ts';

/** What `csp-move explain` shows: one judged plan's result, with its schedule. */
export interface Explanation {
  result: FileResult;
  locale: Locale;
}

export const EXPLAIN_FORMATS = ['text', 'markdown', 'json'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

const WORDS = {
  verdict: { en: 'Verdict', 'zh-TW': '判定' },
  findings: { en: 'Findings', 'zh-TW': '發現' },
  checklist: { en: 'Checklist', 'zh-TW': '檢查清單' },
  none: { en: 'none', 'zh-TW': '無' },
  step: { en: 'step', 'zh-TW': '步驟' },
} as const;

/** The check box of a step: done, still open, or open past its due date. */
const BOX: Record<StepState, string> = { done: '[x]', upcoming: '[ ]', overdue: '[!]' };

function stepsOf(result: FileResult): FileStep[] {
  return result.schedule?.steps ?? [];
}

function text({ result, locale }: Explanation): string {
  const steps = stepsOf(result);
  const out = [
    escapeControl(result.path),
    `${labelled(WORDS.verdict[locale], locale)}${VERDICT_LABELS[result.verdict][locale]}`,
  ];
  if (result.schedule) out.push(escapeControl(nextStepSentence(result.schedule.next, locale)));
  out.push('');
  out.push(labelled(WORDS.findings[locale], locale).trimEnd());
  if (result.diagnostics.length === 0) out.push(`  ${WORDS.none[locale]}`);
  for (const d of result.diagnostics) {
    const where = `${d.range.start.line}:${d.range.start.column}`;
    const kind = d.kind === 'step' ? `  (${WORDS.step[locale]}${d.due ? ` ${d.due}` : ''})` : '';
    out.push(
      `  ${SEVERITY_LABELS[d.severity][locale]}  ${where}  ${d.rule}${kind}`,
      `    ${escapeControl(d.message)}`,
    );
  }
  if (omittedCount(result) > 0)
    out.push(`  ${moreFindings(omittedCount(result), MAX_DIAGNOSTICS_PER_FILE, locale)}`);
  out.push('', labelled(WORDS.checklist[locale], locale).trimEnd());
  const width = Math.max(0, ...steps.map((s) => stepWhen(s, locale).length));
  for (const step of steps) {
    out.push(`  ${BOX[step.state]} ${stepWhen(step, locale).padEnd(width)}  ${escapeControl(step.title)}`);
  }
  return `${out.join('\n')}\n`;
}

function markdown({ result, locale }: Explanation): string {
  const steps = stepsOf(result);
  const out = [
    `## ${markdownCode(result.path)}`,
    '',
    `**${labelled(WORDS.verdict[locale], locale).trimEnd()}** ${VERDICT_LABELS[result.verdict][locale]}`,
    '',
  ];
  if (result.schedule) out.push(escapeMarkdown(nextStepSentence(result.schedule.next, locale)), '');
  out.push(`### ${WORDS.findings[locale]}`, '');
  if (result.diagnostics.length === 0) out.push(WORDS.none[locale]);
  for (const d of result.diagnostics) {
    const where = `${d.range.start.line}:${d.range.start.column}`;
    out.push(
      `- ${SEVERITY_LABELS[d.severity][locale]} [${d.rule}](${d.help}) (${where}): ${escapeMarkdown(d.message)}`,
    );
  }
  if (omittedCount(result) > 0)
    out.push(`- ${moreFindings(omittedCount(result), MAX_DIAGNOSTICS_PER_FILE, locale)}`);
  out.push('', `### ${WORDS.checklist[locale]}`, '');
  for (const step of steps) {
    // Markdown task lists know only done and not done; an overdue step says so in its date.
    out.push(
      `- [${step.state === 'done' ? 'x' : ' '}] **${stepWhen(step, locale)}** ${escapeMarkdown(step.title)}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function json({ result, locale }: Explanation): string {
  const report = JSON.parse(
    jsonReport({ files: [result] }, { locale, color: false, failOn: 'error', toolVersion: '' }),
  );
  const output = {
    version: 1,
    ...report.files[0],
    ...(result.schedule ? { today: result.schedule.today } : {}),
    steps: stepsOf(result).map((step) => ({ ...jsonStep(step), done: step.state === 'done' })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** The explanation formatters, by name. */
export const EXPLAIN_FORMATTERS: Record<ExplainFormat, (explanation: Explanation) => string> = {
  text,
  markdown,
  json,
};
