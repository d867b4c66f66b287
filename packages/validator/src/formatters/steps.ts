import type { Locale, Localized } from '@csp-move/rules/messages';
import type { FileStep, StepState } from '../types.ts';

/** Words for a plan's schedule: the states of a step and how its date reads. */
export const STEP_WORDS = {
  nextStep: { en: 'Next step', 'zh-TW': '下一步' },
  noNextStep: { en: 'every step is done', 'zh-TW': '所有步驟皆已完成' },
  steps: { en: 'Steps', 'zh-TW': '步驟' },
  undated: { en: 'no date yet', 'zh-TW': '尚未排定日期' },
} satisfies Record<string, Localized>;

export const STATE_LABELS: Record<StepState, Localized> = {
  done: { en: 'done', 'zh-TW': '已完成' },
  upcoming: { en: 'upcoming', 'zh-TW': '尚未到期' },
  overdue: { en: 'overdue', 'zh-TW': '已逾期' },
};

/** When a step happens or is due, in words: "on 2027-03-25", "by 2027-02-15", "overdue since …". */
export function stepWhen(step: Pick<FileStep, 'state' | 'date' | 'due'>, locale: Locale): string {
  const zh = locale === 'zh-TW';
  if (step.state === 'overdue' && step.due)
    return zh ? `已逾期，期限 ${step.due}` : `overdue since ${step.due}`;
  if (step.state === 'done') {
    const day = step.date ?? step.due;
    if (!day) return STATE_LABELS.done[locale];
    return zh ? `${day} 已完成` : `done ${day}`;
  }
  if (step.date) return zh ? `預定 ${step.date}` : `on ${step.date}`;
  if (step.due) return zh ? `最晚 ${step.due}` : `by ${step.due}`;
  return STEP_WORDS.undated[locale];
}

/** "Next step: Send the … (by 2027-02-15)" / 「下一步：寄出…（最晚 2027-02-15）」 */
export function nextStepSentence(step: FileStep | undefined, locale: Locale): string {
  const label = STEP_WORDS.nextStep[locale];
  if (!step)
    return locale === 'zh-TW'
      ? `${label}：${STEP_WORDS.noNextStep[locale]}`
      : `${label}: ${STEP_WORDS.noNextStep[locale]}`;
  const when = stepWhen(step, locale);
  return locale === 'zh-TW' ? `${label}：${step.title}（${when}）` : `${label}: ${step.title} (${when})`;
}

/** The day a step counts from: its planned date while it is upcoming, else its due date. */
export function stepDay(step: Pick<FileStep, 'state' | 'date' | 'due'>): string | undefined {
  return step.state === 'upcoming' ? (step.date ?? step.due) : (step.due ?? step.date);
}
