import { daysBetween } from '../dates.ts';
import { needsCredit } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'direct-purchase-credit',
  severity: 'info',
  category: 'access',
  title: { en: 'Credit for a direct purchase cancelled early', 'zh-TW': '提前取消直接購買的訂閱可申請抵免' },
  messages: {
    default: {
      en: 'Line "{subscription}" was bought directly from Microsoft and is cancelled on {date:date}, {days} days before its term ends. A credit for the unused time is handled by Microsoft 365 billing support; with admin access the partner can contact them on the customer\'s behalf.',
      'zh-TW':
        '訂閱「{subscription}」是直接向 Microsoft 購買的，預定於 {date:date} 取消，距期滿還有 {days} 天。未使用期間的抵免由 Microsoft 365 帳單支援處理；合作夥伴有系統管理權限，可以代客戶聯絡他們。',
    },
    customerAsks: {
      en: 'Line "{subscription}" was bought directly from Microsoft and is cancelled on {date:date}, {days} days before its term ends. A credit for the unused time is handled by Microsoft 365 billing support; without admin access the partner cannot ask for it, so the customer has to contact them directly.',
      'zh-TW':
        '訂閱「{subscription}」是直接向 Microsoft 購買的，預定於 {date:date} 取消，距期滿還有 {days} 天。未使用期間的抵免由 Microsoft 365 帳單支援處理；合作夥伴沒有系統管理權限，無法代為申請，須由客戶直接與他們聯絡。',
    },
  },
  rationale: {
    en: "Credits for subscriptions bought directly from Microsoft are not handled in Partner Center but by Microsoft 365 billing support. A partner with admin access to the tenant can contact support on the customer's behalf; otherwise the customer has to.",
    'zh-TW':
      '直接向 Microsoft 購買之訂閱的抵免，不是在合作夥伴中心處理，而是由 Microsoft 365 帳單支援負責。擁有租用戶系統管理權限的合作夥伴可以代客戶聯絡支援人員；否則就得由客戶自己聯絡。',
  },
  fix: {
    en: 'Add the credit request to the checklist for the cancellation date, and agree with the customer who makes it.',
    'zh-TW': '請在檢查清單的取消日加上申請抵免這一步，並與客戶約定由誰提出。',
  },
  guide: '/guide/credits/#who-asks',
  sources: [
    {
      title: 'Move license-based customers to CSP (transition-seat-based-services)',
      url: 'https://learn.microsoft.com/partner-center/transition-seat-based-services',
      date: '2023-01-11',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
    {
      title: 'Cancel your Microsoft business subscription (Microsoft 365 commerce)',
      url: 'https://learn.microsoft.com/microsoft-365/commerce/subscriptions/cancel-your-subscription',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
  ],
  *check({ plan, lines }): Generator<FindingInput> {
    const partnerAsks = plan.relationship.adminAccess !== 'none';
    for (const line of lines) {
      if (!needsCredit(line)) continue;
      const date = line.sub.cancelOn as string;
      yield {
        pointer: `${line.pointer}/cancelOn`,
        related: [`${line.pointer}/channel`],
        params: {
          subscription: line.sub.id,
          date,
          termEnd: line.sub.termEnd,
          days: daysBetween(date, line.sub.termEnd),
        },
        ...(partnerAsks ? {} : { variant: 'customerAsks' }),
      };
    }
  },
});
