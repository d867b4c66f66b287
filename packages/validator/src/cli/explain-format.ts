import type { Catalog } from '@csp-move/rules/catalog';
import { type Locale, SEVERITY_LABELS, VERDICT_LABELS } from '@csp-move/rules/messages';
import { type Step, stepTitle } from '@csp-move/rules/timeline';
import { json as jsonReport } from '../formatters/json.ts';
import { labelled } from '../formatters/strings.ts';
import { escapeControl, escapeMarkdown, markdownCode } from '../formatters/text.ts';
import type { FileResult } from '../types.ts';

/** What `csp-move explain` shows: one plan's result and its timeline. */
export interface Explanation {
  result: FileResult;
  steps: Step[];
  locale: Locale;
  catalog: Catalog;
}

export const EXPLAIN_FORMATS = ['text', 'markdown', 'json'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

const WORDS = {
  verdict: { en: 'Verdict', 'zh-TW': '判定' },
  findings: { en: 'Findings', 'zh-TW': '發現' },
  checklist: { en: 'Checklist', 'zh-TW': '檢查清單' },
  none: { en: 'none', 'zh-TW': '無' },
  by: { en: 'by', 'zh-TW': '最晚' },
  undated: { en: 'no date yet', 'zh-TW': '尚未排定日期' },
} as const;

function when(step: Step, locale: Locale): string {
  if (step.date) return step.date;
  if (step.due) return `${WORDS.by[locale]} ${step.due}`;
  return WORDS.undated[locale];
}

function text({ result, steps, locale, catalog }: Explanation): string {
  const out = [
    escapeControl(result.path),
    `${labelled(WORDS.verdict[locale], locale)}${VERDICT_LABELS[result.verdict][locale]}`,
    '',
  ];
  out.push(labelled(WORDS.findings[locale], locale).trimEnd());
  if (result.diagnostics.length === 0) out.push(`  ${WORDS.none[locale]}`);
  for (const d of result.diagnostics) {
    const where = `${d.range.start.line}:${d.range.start.column}`;
    out.push(
      `  ${SEVERITY_LABELS[d.severity][locale]}  ${where}  ${d.rule}`,
      `    ${escapeControl(d.message)}`,
    );
  }
  out.push('', labelled(WORDS.checklist[locale], locale).trimEnd());
  const width = Math.max(0, ...steps.map((s) => when(s, locale).length));
  for (const step of steps) {
    out.push(
      `  [${step.done ? 'x' : ' '}] ${when(step, locale).padEnd(width)}  ${escapeControl(stepTitle(step, locale, catalog))}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function markdown({ result, steps, locale, catalog }: Explanation): string {
  const out = [
    `## ${markdownCode(result.path)}`,
    '',
    `**${labelled(WORDS.verdict[locale], locale).trimEnd()}** ${VERDICT_LABELS[result.verdict][locale]}`,
    '',
    `### ${WORDS.findings[locale]}`,
    '',
  ];
  if (result.diagnostics.length === 0) out.push(WORDS.none[locale]);
  for (const d of result.diagnostics) {
    const where = `${d.range.start.line}:${d.range.start.column}`;
    out.push(
      `- ${SEVERITY_LABELS[d.severity][locale]} [${d.rule}](${d.help}) (${where}): ${escapeMarkdown(d.message)}`,
    );
  }
  out.push('', `### ${WORDS.checklist[locale]}`, '');
  for (const step of steps) {
    out.push(
      `- [${step.done ? 'x' : ' '}] **${when(step, locale)}** ${escapeMarkdown(stepTitle(step, locale, catalog))}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function json({ result, steps, locale, catalog }: Explanation): string {
  const report = JSON.parse(
    jsonReport({ files: [result] }, { locale, color: false, failOn: 'error', toolVersion: '' }),
  );
  const output = {
    version: 1,
    ...report.files[0],
    steps: steps.map((step) => ({
      id: step.id,
      kind: step.kind,
      ...(step.date ? { date: step.date } : {}),
      ...(step.due ? { due: step.due } : {}),
      ...(step.subscription ? { subscription: step.subscription } : {}),
      pointer: step.pointer,
      title: stepTitle(step, locale, catalog),
      done: step.done,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** The explanation formatters, by name. */
export const EXPLAIN_FORMATTERS: Record<ExplainFormat, (explanation: Explanation) => string> = {
  text,
  markdown,
  json,
};
