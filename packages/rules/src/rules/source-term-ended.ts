import { cite } from '../catalog/sources.ts';
import { addDays, compareDates } from '../dates.ts';
import { linePath } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

// Issue 25 item 2: a plan judged after a source's term end read as if the move had gone to plan. The
// term ending is a fact of its own: what the source has been doing since depends on its end-of-term choice.

export default defineRule({
  id: 'source-term-ended',
  severity: 'warning',
  category: 'timing',
  title: {
    en: 'The source subscription’s term has already ended',
    'zh-TW': '原訂閱的訂閱期已經結束',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": the term of {offer:offer} ended on {termEnd:date}, before {today:date}, the day the plan is judged on. With its end-of-term choice, users lost access that day. Record what was done, or correct the dates.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 的訂閱期已在 {termEnd:date} 結束，早於評估計畫的日期 {today:date}。依期滿時的選擇，使用者當天就失去存取權。請記錄已完成的步驟，或更正日期。',
    },
    grace: {
      en: 'Line "{subscription}": the term of {offer:offer} ended on {termEnd:date}, before {today:date}, the day the plan is judged on. Users keep access free of charge until {until:date}; then it ends. Record what was done, or correct the dates.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 的訂閱期已在 {termEnd:date} 結束，早於評估計畫的日期 {today:date}。使用者可免費存取到 {until:date}，之後訂閱即結束。請記錄已完成的步驟，或更正日期。',
    },
    extendedTerm: {
      en: 'Line "{subscription}": the term of {offer:offer} ended on {termEnd:date}, before {today:date}, the day the plan is judged on. Since {from:date} it runs on a paid extended service term until it is cancelled. Record what was done, or correct the dates.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 的訂閱期已在 {termEnd:date} 結束，早於評估計畫的日期 {today:date}。自 {from:date} 起進入付費的延長服務期限，直到取消為止。請記錄已完成的步驟，或更正日期。',
    },
    extendedTermUntil: {
      en: 'Line "{subscription}": the term of {offer:offer} ended on {termEnd:date}, before {today:date}, the day the plan is judged on. Since {from:date} it runs on a paid extended service term, until {until:date}. Record what was done, or correct the dates.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 的訂閱期已在 {termEnd:date} 結束，早於評估計畫的日期 {today:date}。自 {from:date} 起進入付費的延長服務期限，到 {until:date} 為止。請記錄已完成的步驟，或更正日期。',
    },
    renewed: {
      en: 'Line "{subscription}": the term of {offer:offer} ended on {termEnd:date}, before {today:date}, the day the plan is judged on. Auto-renew was on, so a new paid term started on {from:date}. Record what was done, or correct the dates.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 的訂閱期已在 {termEnd:date} 結束，早於評估計畫的日期 {today:date}。由於自動續訂仍開啟，新的付費訂閱期已在 {from:date} 開始。請記錄已完成的步驟，或更正日期。',
    },
  },
  rationale: {
    en: 'A date that has passed is not a step that was done. Once the term of a source has ended, the source is no longer waiting for the move: according to its end-of-term choice it has renewed for a new term, runs on a paid extended service term, is in a free grace period, or has ended and its users have lost access. The plan should say so before it is followed any further.',
    'zh-TW':
      '日期已過不代表步驟已完成。原訂閱的訂閱期一旦結束，就不再等候移轉：依期滿時的選擇，它可能已續訂新的一期、進入付費的延長服務期限、處於免費寬限期，或已經結束而使用者失去存取權。繼續依計畫進行前，計畫應先反映這一點。',
  },
  fix: {
    en: 'Check the subscription in the Microsoft 365 admin center or Partner Center. List the steps already done in the line’s `done` field, and update termEnd, endOfTerm and the dates to what happened.',
    'zh-TW':
      '請在 Microsoft 365 系統管理中心或合作夥伴中心確認這筆訂閱。把已完成的步驟列在該訂閱的 `done` 欄位，並把 termEnd、endOfTerm 與各個日期更新為實際情況。',
  },
  guide: '/guide/timing/#choices-at-term-end',
  sources: [cite('extended-service-terms')],
  *check({ lines, today }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, access, pointer } = line;
      if (compareDates(sub.termEnd, today) >= 0) continue;
      // A transfer keeps the subscription; a cancellation ends it before its term end; a renewal with
      // a target is auto-renew-on's finding.
      if (linePath(sub) === 'partner-transfer' || access.reason === 'cancelled') continue;
      if (access.reason === 'renews' && line.provisionOn) continue;
      const base = { subscription: sub.id, offer: sub.offer, termEnd: sub.termEnd, today };
      const from = addDays(sub.termEnd, 1);
      const est = access.extendedTerm;
      yield {
        pointer: `${pointer}/termEnd`,
        related: [`${pointer}/endOfTerm`],
        ...(access.reason === 'renews'
          ? { variant: 'renewed', params: { ...base, from } }
          : est
            ? est.until
              ? { variant: 'extendedTermUntil', params: { ...base, from: est.from, until: est.until } }
              : { variant: 'extendedTerm', params: { ...base, from: est.from } }
            : access.reason === 'grace' && access.graceDays > 0 && access.until
              ? { variant: 'grace', params: { ...base, until: access.until } }
              : { params: base }),
      };
    }
  },
});
