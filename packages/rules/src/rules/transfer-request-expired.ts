import { cite } from '../catalog/sources.ts';
import { compareDates, isCalendarDate } from '../dates.ts';
import { transferExpiresOn, transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-request-expired',
  severity: 'warning',
  category: 'timing',
  title: {
    en: 'Transfer request not approved in time',
    'zh-TW': '移轉要求未在期限內獲得核准',
  },
  messages: {
    default: {
      en: 'The transfer request to {source} was created on {requestedOn:date} and is still not approved. A request the current partner does not approve expires; csp-move counts {days} days (a working value, not a Microsoft number), so it is treated as expired since {expiresOn:date}. Create a new request, or fall back to re-provisioning before the term ends.',
      'zh-TW':
        '向 {source} 提出的移轉要求建立於 {requestedOn:date}，至今仍未核准。原合作夥伴不核准的要求會失效；csp-move 以 {days} 天計算（本專案自訂的值，並非 Microsoft 公布的數字），因此自 {expiresOn:date} 起視為已失效。請重新建立要求，或改在期滿前重新佈建。',
    },
  },
  rationale: {
    en: 'The current partner has to approve a transfer and is under no obligation to do so; the customer can only ask it to. A request left without an answer expires. Microsoft gives no number of days, so the value is a policy that your catalog extension can change.',
    'zh-TW':
      '移轉必須由原合作夥伴核准，而對方沒有義務核准；客戶只能請對方配合。沒有回應的要求會失效。Microsoft 沒有公布天數，因此這個值是一項政策設定，可以在您的目錄擴充中修改。',
  },
  fix: {
    en: 'Ask the customer to contact the current partner, create a new request if needed (update transfer.requestedOn), and keep the fallback ready: provision in CSP before the term of each transferred line ends. When the request is approved, set transfer.approvedOn.',
    'zh-TW':
      '請客戶聯絡原合作夥伴，必要時重新建立要求（更新 transfer.requestedOn），並備妥備援方案：在各個移轉訂閱期滿前，於 CSP 佈建新訂閱。要求核准後，請填入 transfer.approvedOn。',
  },
  guide: '/guide/partner-transfers/#approval',
  sources: [
    cite('transfer-subscriptions'),
    cite('azure-plan-subscription-transfer-partners'),
    cite('cloudblue-transfers'),
  ],
  *check({ plan, lines, policies, today }): Generator<FindingInput> {
    if (transferLines(lines).length === 0 || !plan.transfer) return;
    const { requestedOn, approvedOn, sourcePartner } = plan.transfer;
    if (!isCalendarDate(requestedOn) || isCalendarDate(approvedOn)) return;
    const expiresOn = transferExpiresOn(plan, policies);
    if (!expiresOn || compareDates(today, expiresOn) <= 0) return;
    yield {
      pointer: '/transfer/requestedOn',
      params: {
        source: sourcePartner.name,
        requestedOn,
        expiresOn,
        days: policies.transferRequestExpiryDays,
      },
    };
  },
});
