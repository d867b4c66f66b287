import { cite } from '../catalog/sources.ts';
import { addMonths, compareDates, isCalendarDate } from '../dates.ts';
import type { Term } from '../plan/schema.ts';
import { defineRule, type FindingInput } from './types.ts';

/** Months in each term Microsoft sells licence subscriptions for (P1M, P1Y, P3Y). */
const TERM_MONTHS: Record<Term, number> = { monthly: 1, annual: 12, triennial: 36 };
/** The longest term: when a line does not say its term, its end can be at most this far away. */
const LONGEST = TERM_MONTHS.triennial;

const TERM_WORDS: Record<Term | 'any', { en: string; 'zh-TW': string }> = {
  monthly: { en: 'one-month', 'zh-TW': '一個月' },
  annual: { en: 'one-year', 'zh-TW': '一年' },
  triennial: { en: 'three-year', 'zh-TW': '三年' },
  any: { en: 'three-year (the longest)', 'zh-TW': '三年（最長）' },
};

export default defineRule({
  id: 'implausible-term-end',
  severity: 'error',
  category: 'plan',
  title: { en: 'Term end out of reach of its term', 'zh-TW': '訂閱期結束日超出期限長度' },
  messages: {
    default: {
      en: 'Line "{subscription}" ends its {term} term on {date:date}, more than one term after it starts on {start:date}. Check the date: a term lasts at most until {latest:date}.',
      'zh-TW':
        '訂閱「{subscription}」的{term}訂閱期於 {start:date} 開始，卻在 {date:date} 才結束，超過一個訂閱期的長度。請確認日期：這個訂閱期最晚只到 {latest:date}。',
    },
    beforeStart: {
      en: 'Line "{subscription}" ends its term on {date:date}, before it starts on {start:date}.',
      'zh-TW': '訂閱「{subscription}」的訂閱期結束日 {date:date} 早於開始日 {start:date}。',
    },
    fromToday: {
      en: 'Line "{subscription}" ends its {term} term on {date:date}, more than one term after today ({today:date}), when the current term has already begun. Check the date: it can be {latest:date} at the latest.',
      'zh-TW':
        '訂閱「{subscription}」的{term}訂閱期在 {date:date} 才結束，但目前的訂閱期在今天（{today:date}）之前就已開始，結束日不可能超過一個訂閱期之後。請確認日期：最晚只能是 {latest:date}。',
    },
  },
  rationale: {
    en: 'Microsoft sells licence subscriptions for one month, one year or three years. A term end further away than one term from the start of the term (or, when the start is not given, from today) is a typing mistake, such as 9999-12-31 for "no end", and every date the plan derives from it, from the last day to provision to the reminders in the calendar, would be wrong.',
    'zh-TW':
      'Microsoft 銷售的授權型訂閱，訂閱期為一個月、一年或三年。若訂閱期結束日距離開始日（未填開始日時則為今天）超過一個訂閱期，就是輸入錯誤，例如用 9999-12-31 表示「沒有結束日」；計畫依此推算的所有日期，從最晚的佈建日到行事曆提醒，都會跟著出錯。',
  },
  fix: {
    en: 'Write the last day of the current term as the admin center or Partner Center shows it, and the term (`term`) and its start (`termStart`) when you know them.',
    'zh-TW':
      '請填入系統管理中心或合作夥伴中心顯示的目前訂閱期最後一天；若知道期限長度（`term`）與開始日（`termStart`），也請一併填寫。',
  },
  guide: '/guide/timing/#order-of-steps',
  sources: [cite('partner-center-subscription-resources')],
  *check({ lines, today }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub } = line;
      if (!isCalendarDate(sub.termEnd)) continue;
      const months = sub.term ? TERM_MONTHS[sub.term] : LONGEST;
      const term = TERM_WORDS[sub.term ?? 'any'];
      const pointer = `${line.pointer}/termEnd`;
      if (isCalendarDate(sub.termStart)) {
        if (compareDates(sub.termEnd, sub.termStart) < 0) {
          yield {
            pointer,
            related: [`${line.pointer}/termStart`],
            variant: 'beforeStart',
            params: { subscription: sub.id, date: sub.termEnd, start: sub.termStart },
          };
          continue;
        }
        const latest = addMonths(sub.termStart, months);
        if (compareDates(sub.termEnd, latest) > 0)
          yield {
            pointer,
            related: [`${line.pointer}/termStart`],
            params: { subscription: sub.id, term, date: sub.termEnd, start: sub.termStart, latest },
          };
        continue;
      }
      // Without a start: the current term began on or before today, so it ends within one term of today.
      const latest = addMonths(today, months);
      if (compareDates(sub.termEnd, latest) > 0)
        yield {
          pointer,
          variant: 'fromToday',
          params: { subscription: sub.id, term, date: sub.termEnd, today, latest },
        };
    }
  },
});
