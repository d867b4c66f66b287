import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'gdap-expires-during-move',
  severity: 'warning',
  category: 'access',
  title: { en: 'GDAP ends before the move is over', 'zh-TW': 'GDAP 在移轉完成前就到期' },
  messages: {
    default: {
      en: 'GDAP ends on {date:date}, but the move goes on until {last:date} (line "{subscription}"). After that day the partner can no longer reassign licences or open support requests for the customer.',
      'zh-TW':
        'GDAP 於 {date:date} 到期，但移轉要到 {last:date} 才結束（訂閱「{subscription}」）。過了那天，合作夥伴就無法再替客戶重新指派授權或提出支援要求。',
    },
    tooLong: {
      en: 'GDAP is planned to last until {date:date}, but a GDAP relationship lasts at most {maxDays} days: one that starts on {acceptedOn:date} ends by {latest:date}.',
      'zh-TW':
        'GDAP 預定有效到 {date:date}，但 GDAP 關係最長只有 {maxDays} 天：從 {acceptedOn:date} 開始的關係，最晚在 {latest:date} 就會結束。',
    },
  },
  rationale: {
    en: 'GDAP is always time-bound; when it ends, the subscriptions keep running, but the partner loses the admin roles it needs for the steps of a move that come late: reassigning licences and asking for credits after the source ends.',
    'zh-TW':
      'GDAP 一定有期限；到期後訂閱仍會照常運作，但合作夥伴會失去移轉後段步驟所需的系統管理角色，例如來源結束後重新指派授權或要求抵免。',
  },
  fix: {
    en: 'Extend the GDAP relationship, or send a new request that covers the whole move (at most the maximum duration), and update gdapExpiresOn.',
    'zh-TW': '請延長 GDAP 關係，或傳送涵蓋整個移轉期間的新要求（不得超過最長期限），並更新 gdapExpiresOn。',
  },
  guide: '/guide/relationships/#dap-and-gdap',
  sources: [cite('gdap-faq'), cite('gdap-bulk-migration-tool')],
  *check({ plan, lines, policies }): Generator<FindingInput> {
    const { adminAccess, gdapExpiresOn, acceptedOn } = plan.relationship;
    if (adminAccess !== 'gdap' || !isCalendarDate(gdapExpiresOn)) return;
    const pointer = '/relationship/gdapExpiresOn';
    if (isCalendarDate(acceptedOn)) {
      // Ending before it starts is date-order's finding.
      if (compareDates(gdapExpiresOn, acceptedOn) < 0) return;
      const latest = addDays(acceptedOn, policies.gdapMaxDays);
      if (compareDates(gdapExpiresOn, latest) > 0) {
        yield {
          pointer,
          related: ['/relationship/acceptedOn'],
          variant: 'tooLong',
          params: { date: gdapExpiresOn, acceptedOn, maxDays: policies.gdapMaxDays, latest },
        };
      }
    }
    let last: { date: string; pointer: string; subscription: string } | undefined;
    for (const line of lines) {
      const { sub } = line;
      const steps: [string | undefined, string][] = [
        [sub.target.provisionOn, `${line.pointer}/target/provisionOn`],
        [sub.endOfTerm === 'cancel' ? sub.cancelOn : undefined, `${line.pointer}/cancelOn`],
        [sub.termEnd, `${line.pointer}/termEnd`],
      ];
      for (const [date, at] of steps) {
        if (isCalendarDate(date) && (!last || compareDates(date, last.date) > 0)) {
          last = { date, pointer: at, subscription: sub.id };
        }
      }
    }
    if (!last || compareDates(gdapExpiresOn, last.date) >= 0) return;
    yield {
      pointer,
      related: [last.pointer],
      params: { date: gdapExpiresOn, last: last.date, subscription: last.subscription },
    };
  },
});
