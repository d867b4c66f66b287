import { aside, type Locale, type Localized, labelled } from '@csp-move/rules/messages';
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

/** How a step's date reads, by state, in every locale. */
const WHEN = {
  overdue: { en: (due: string) => `overdue since ${due}`, 'zh-TW': (due: string) => `已逾期，期限 ${due}` },
  done: { en: (day: string) => `done ${day}`, 'zh-TW': (day: string) => `${day} 已完成` },
  planned: { en: (date: string) => `on ${date}`, 'zh-TW': (date: string) => `預定 ${date}` },
  due: { en: (due: string) => `by ${due}`, 'zh-TW': (due: string) => `最晚 ${due}` },
} satisfies Record<string, Record<Locale, (day: string) => string>>;

/** When a step happens or is due, in words: "on 2027-03-25", "by 2027-02-15", "overdue since …". */
export function stepWhen(step: Pick<FileStep, 'state' | 'date' | 'due'>, locale: Locale): string {
  if (step.state === 'overdue' && step.due) return WHEN.overdue[locale](step.due);
  if (step.state === 'done') {
    const day = step.date ?? step.due;
    return day ? WHEN.done[locale](day) : STATE_LABELS.done[locale];
  }
  if (step.date) return WHEN.planned[locale](step.date);
  if (step.due) return WHEN.due[locale](step.due);
  return STEP_WORDS.undated[locale];
}

/** "Next step: Send the … (by 2027-02-15)" / 「下一步：寄出…（最晚 2027-02-15）」 */
export function nextStepSentence(step: FileStep | undefined, locale: Locale): string {
  const label = labelled(STEP_WORDS.nextStep[locale], locale);
  if (!step) return `${label}${STEP_WORDS.noNextStep[locale]}`;
  return `${label}${step.title}${aside(stepWhen(step, locale), locale)}`;
}

/** The day a step counts from: its planned date while it is upcoming, else its due date. */
export function stepDay(step: Pick<FileStep, 'state' | 'date' | 'due'>): string | undefined {
  return step.state === 'upcoming' ? (step.date ?? step.due) : (step.due ?? step.date);
}
