import { daysBetween } from '@csp-move/rules/dates';
import type { Locale, Localized } from '@csp-move/rules/messages';
import { stepDay } from '../formatters/steps.ts';
import { countFindings } from '../formatters/summary.ts';
import type { FileResult, FileStep, Verdict } from '../types.ts';

/** One plan in `csp-move status`: whose it is, its verdict, and the step it waits for. */
export interface StatusRow {
  path: string;
  /** Absent for a file that could not be read as a plan. */
  customer?: string;
  verdict: Verdict;
  /** The date the plan was judged on. */
  today?: string;
  next?: FileStep;
  /** The next step's day: planned while upcoming, else its due date. */
  day?: string;
  /** Days from the judging date to `day`; negative when overdue. */
  daysLeft?: number;
  /** Every overdue step of the plan. */
  overdue: FileStep[];
  /** Every step of the plan, in order. */
  steps: FileStep[];
  errors: number;
  warnings: number;
  infos: number;
}

/** What the status formatters get: the rows to show and what they were chosen from. */
export interface StatusReport {
  rows: StatusRow[];
  /** Plans looked at, before `--within` left some out. */
  total: number;
  /** `--within`, in days. */
  within?: number;
}

/** Words of the status views, in every locale. */
export const STATUS_WORDS = {
  title: { en: 'csp-move: status of the moves', 'zh-TW': 'csp-move：各移轉計畫的狀態' },
  customer: { en: 'Customer', 'zh-TW': '客戶' },
  verdict: { en: 'Verdict', 'zh-TW': '判定' },
  nextStep: { en: 'Next step', 'zh-TW': '下一步' },
  date: { en: 'Date', 'zh-TW': '日期' },
  daysLeft: { en: 'Days left', 'zh-TW': '剩餘天數' },
  state: { en: 'State', 'zh-TW': '狀態' },
  file: { en: 'File', 'zh-TW': '檔案' },
  none: { en: 'every step is done', 'zh-TW': '所有步驟皆已完成' },
  unreadable: {
    en: 'not a valid plan: run csp-move validate',
    'zh-TW': '不是有效的計畫檔：請執行 csp-move validate',
  },
  filter: { en: 'Filter', 'zh-TW': '篩選' },
  all: { en: 'All', 'zh-TW': '全部' },
  language: { en: 'Language', 'zh-TW': '語言' },
  noPlans: { en: 'No plans to show.', 'zh-TW': '沒有可顯示的計畫。' },
} satisfies Record<string, Localized>;

export function statusWord(key: keyof typeof STATUS_WORDS, locale: Locale): string {
  return STATUS_WORDS[key][locale];
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The summary's sentence in every locale: plans, those overdue, and the rows shown within the window. */
const SUMMARY: Record<
  Locale,
  (total: number, overdue: number, within: number | undefined, shown: number) => string
> = {
  en: (total, overdue, within, shown) =>
    `${n(total, 'plan', 'plans')}, ${overdue} with overdue steps${
      within === undefined ? '' : `; showing the ${shown} due within ${n(within, 'day', 'days')} or overdue`
    }`,
  'zh-TW': (total, overdue, within, shown) =>
    `共 ${total} 個計畫，其中 ${overdue} 個有逾期步驟${
      within === undefined ? '' : `；只列出 ${within} 天內到期或已逾期的 ${shown} 個`
    }`,
};

/** "3 plans, 1 with overdue steps" / 「共 3 個計畫，其中 1 個有逾期步驟」, plus the --within window. */
export function statusSummary(report: StatusReport, locale: Locale): string {
  const overdue = report.rows.filter((r) => r.overdue.length > 0).length;
  return SUMMARY[locale](report.total, overdue, report.within, report.rows.length);
}

function rowOf(file: FileResult): StatusRow {
  const counts = countFindings([file]);
  const schedule = file.schedule;
  const next = schedule?.next;
  const day = next ? stepDay(next) : undefined;
  return {
    path: file.path,
    ...(schedule ? { customer: schedule.customer, today: schedule.today } : {}),
    verdict: file.verdict,
    ...(next ? { next } : {}),
    ...(day ? { day } : {}),
    ...(day && schedule ? { daysLeft: daysBetween(schedule.today, day) } : {}),
    overdue: schedule?.steps.filter((s) => s.state === 'overdue') ?? [],
    steps: schedule?.steps ?? [],
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
  };
}

/** Overdue first, then plans that cannot be read, then by the next step's day; finished plans last. */
function group(row: StatusRow): number {
  if (row.overdue.length > 0) return 0;
  if (row.verdict === 'invalid') return 1;
  return row.next ? 2 : 3;
}

function compareRows(a: StatusRow, b: StatusRow): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0) return byGroup;
  // Plans may be judged on different days (their asOf): days left is what compares.
  const byDays = (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER);
  if (byDays !== 0) return byDays;
  const da = a.day ?? '9999-99-99';
  const db = b.day ?? '9999-99-99';
  if (da !== db) return da < db ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The rows of `csp-move status`, sorted. With `within`, only plans whose next step is due within that
 * many days (or is overdue), and plans that cannot be read, are kept.
 */
export function statusReport(files: readonly FileResult[], within?: number): StatusReport {
  const rows = files.map(rowOf).sort(compareRows);
  const kept =
    within === undefined
      ? rows
      : rows.filter(
          (r) =>
            r.verdict === 'invalid' ||
            r.overdue.length > 0 ||
            (r.daysLeft !== undefined && r.daysLeft <= within),
        );
  return { rows: kept, total: files.length, ...(within === undefined ? {} : { within }) };
}
