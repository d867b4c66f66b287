import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

// Redefined on 2026-12-01. Until then this rule said that a reseller relationship request expires after
// 90 days. Microsoft documents no expiry for the reseller invitation (its link is the partner's own and
// can be sent again); only a GDAP request expires after 90 days. The id is kept, so configurations and
// suppressions that name it still work; it now says what is true, at severity info.
export default defineRule({
  id: 'relationship-request-stale',
  severity: 'info',
  category: 'relationship',
  title: {
    en: 'Reseller request pending for more than 90 days: any GDAP request sent with it has expired',
    'zh-TW': '轉銷商關係要求已擱置超過 90 天：隨之傳送的 GDAP 要求已失效',
  },
  messages: {
    default: {
      en: 'The reseller request sent on {date:date} is still not accepted. The invitation itself does not expire, but a GDAP request sent with it lapsed after {days} days (it was valid until {lastDay:date}): send a new GDAP request with the invitation.',
      'zh-TW':
        '{date:date} 傳送的轉銷商關係要求至今仍未獲接受。邀請本身不會失效，但隨之傳送的 GDAP 要求在 {days} 天後已經失效（有效至 {lastDay:date}）：請連同邀請重新傳送 GDAP 要求。',
    },
  },
  rationale: {
    en: 'The reseller invitation is a link that belongs to the partner, not to one customer, and Microsoft documents no expiry for it. A GDAP relationship request, which partners usually send with it, does expire after 90 days, and an expired one cannot be accepted. A customer who finally accepts an old invitation may therefore give the reseller relationship but no admin access.',
    'zh-TW':
      '轉銷商關係邀請是屬於合作夥伴、而非屬於單一客戶的連結，Microsoft 也沒有記載它會失效。合作夥伴通常會一併傳送的 GDAP 關係要求，則會在 90 天後失效，失效後就無法接受。因此，客戶若在很久之後才接受舊邀請，可能只建立了轉銷商關係，卻沒有授予系統管理權限。',
  },
  fix: {
    en: 'Create a new GDAP relationship request in Partner Center and send it with the reseller invitation to the admin of the customer who accepts it (at least a Billing Administrator). The invitation link itself can be sent again as it is.',
    'zh-TW':
      '請在合作夥伴中心建立新的 GDAP 關係要求，並與轉銷商關係邀請一起傳送給負責接受的客戶系統管理員（至少具備計費系統管理員角色）。邀請連結本身可以原樣再次傳送。',
  },
  guide: '/guide/relationships/#reseller-request',
  sources: [cite('dap-faq'), cite('request-a-relationship-with-a-customer'), cite('manage-partners')],
  *check({ plan, policies, today }): Generator<FindingInput> {
    const { reseller, requestedOn, adminAccess } = plan.relationship;
    if (reseller !== 'requested' || !isCalendarDate(requestedOn)) return;
    // GDAP already granted: nothing sent with the invitation is still waiting.
    if (adminAccess === 'gdap') return;
    const days = policies.gdapRequestExpiryDays;
    // The GDAP request is still good on its last day; it has lapsed from the day after.
    const lastDay = addDays(requestedOn, days);
    if (compareDates(lastDay, today) >= 0) return;
    yield {
      pointer: '/relationship/requestedOn',
      related: ['/relationship/reseller', '/relationship/adminAccess'],
      params: { date: requestedOn, days, lastDay, today },
    };
  },
});
