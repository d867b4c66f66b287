import { addDays, compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'relationship-request-stale',
  severity: 'warning',
  category: 'relationship',
  title: { en: 'Relationship request has expired', 'zh-TW': '關係要求已失效' },
  messages: {
    default: {
      en: 'The request sent on {date:date} was never accepted, and requests expire after {days} days: it was valid until {lastDay:date}. The customer can no longer accept it.',
      'zh-TW':
        '{date:date} 傳送的要求一直未獲接受，而要求在 {days} 天後就會失效：它只到 {lastDay:date} 有效，客戶已無法再接受。',
    },
  },
  rationale: {
    en: 'A relationship request that nobody answers does not stay open forever. Once it has expired, the link in it no longer works, and the move waits until a new request is accepted.',
    'zh-TW':
      '無人回應的關係要求不會永遠有效。一旦過期，要求中的連結就會失效，移轉必須等到新的要求獲得接受才能繼續。',
  },
  fix: {
    en: 'Send a new request from Partner Center, make sure it reaches a Global admin of the customer, and update requestedOn.',
    'zh-TW': '請從合作夥伴中心重新傳送要求，確認送達客戶的全域管理員，並更新 requestedOn。',
  },
  guide: '/guide/move/#reseller-relationship',
  sources: [
    {
      title: 'GDAP frequently asked questions (gdap-faq)',
      url: 'https://learn.microsoft.com/partner-center/gdap-faq',
      date: '2023-10-23',
    },
  ],
  *check({ plan, policies, today }): Generator<FindingInput> {
    const { reseller, requestedOn } = plan.relationship;
    if (reseller !== 'requested' || !isCalendarDate(requestedOn)) return;
    const days = policies.gdapRequestExpiryDays;
    // The request is still good on its last day; it has lapsed from the day after.
    const lastDay = addDays(requestedOn, days);
    if (compareDates(lastDay, today) >= 0) return;
    yield {
      pointer: '/relationship/requestedOn',
      related: ['/relationship/reseller'],
      params: { date: requestedOn, days, lastDay, today },
    };
  },
});
