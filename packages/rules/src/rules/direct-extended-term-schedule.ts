import { cite } from '../catalog/sources.ts';
import { compareDates } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'direct-extended-term-schedule',
  severity: 'info',
  category: 'timing',
  title: {
    en: 'Schedule the extended term of a direct purchase while it is active',
    'zh-TW': '直接購買的訂閱須在有效期間內排定延長服務期限',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" relies on an extended service term after {termEnd:date}. For a subscription bought directly from Microsoft it does not start by itself: a billing account owner or contributor of the customer has to schedule the change to an extended service term in the Microsoft 365 admin center (Billing, Your products, Edit recurring billing) by {termEnd:date}, while the subscription is still active.',
      'zh-TW':
        '訂閱「{subscription}」在 {termEnd:date} 之後要靠延長服務期限（EST）延續。直接向 Microsoft 購買的訂閱不會自動進入 EST：必須由客戶的帳單帳戶擁有者或參與者，在訂閱仍有效時、也就是 {termEnd:date} 之前，於 Microsoft 365 系統管理中心（帳單 > 您的產品 > 編輯週期性計費）排定改為延長服務期限。',
    },
    afterTermEnd: {
      en: 'Line "{subscription}" relies on an extended service term after {termEnd:date}, and that day has passed. Check in the Microsoft 365 admin center that the change to an extended service term was scheduled in time: if it was not, the subscription ended on {termEnd:date} and has to be reactivated before it can be converted.',
      'zh-TW':
        '訂閱「{subscription}」在 {termEnd:date} 之後要靠延長服務期限（EST）延續，而這一天已經過了。請到 Microsoft 365 系統管理中心確認當初是否及時排定改為延長服務期限：若沒有，訂閱已在 {termEnd:date} 結束，必須先重新啟用才能轉換。',
    },
  },
  rationale: {
    en: 'For direct Microsoft Customer Agreement subscriptions, an extended service term is an option the customer chooses, not a default: it can only be scheduled on an active subscription, and an expired one has to be reactivated first.',
    'zh-TW':
      '對直接以 Microsoft 客戶合約購買的訂閱而言，延長服務期限是客戶自行選擇的選項，不是預設值：只能在有效的訂閱上排定，已到期的訂閱必須先重新啟用。',
  },
  fix: {
    en: 'Agree with the customer who schedules the change and put it on the checklist before the term end; after the move, cancel the extended term (charges stop prorated).',
    'zh-TW':
      '請與客戶約定由誰排定變更，並在期滿前排入檢查清單；移轉完成後再取消延長服務期限（費用按比例停止）。',
  },
  guide: '/guide/timing/#extended-service-terms',
  sources: [cite('extend-your-subscription-with-est')],
  *check({ lines, today }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, access } = line;
      if (access.reason !== 'extended-term' || access.extendedTerm?.payer !== 'customer') continue;
      const late = compareDates(today, sub.termEnd) > 0;
      yield {
        pointer: `${line.pointer}/endOfTerm`,
        related: [`${line.pointer}/termEnd`],
        params: { subscription: sub.id, termEnd: sub.termEnd },
        ...(late ? { variant: 'afterTermEnd', severity: 'warning' as const } : {}),
      };
    }
  },
});
