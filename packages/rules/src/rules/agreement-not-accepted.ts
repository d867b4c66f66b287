import { cite } from '../catalog/sources.ts';
import { compareDates, isCalendarDate } from '../dates.ts';
import { stepReport } from '../steps.ts';
import { defineRule, type FindingInput } from './types.ts';

/** Acceptances before this date must be accepted again (third-party sources; see the rationale). */
export const MCA_REACCEPT_BEFORE = '2023-04-01';

export default defineRule({
  id: 'agreement-not-accepted',
  severity: 'error',
  category: 'agreement',
  title: {
    en: 'Microsoft Customer Agreement not accepted',
    'zh-TW': '客戶尚未接受 Microsoft 客戶合約',
  },
  messages: {
    default: {
      en: 'The customer has not accepted the Microsoft Customer Agreement, or the acceptance is not confirmed, so no target subscription can be ordered for them. In 2026 it is confirmed either by the customer in the Microsoft 365 admin center or by the partner through the Partner Center API.',
      'zh-TW':
        '客戶尚未接受 Microsoft 客戶合約，或接受尚未經過確認，因此無法替客戶訂購任何新訂閱。2026 年起，確認方式只有兩種：由客戶在 Microsoft 365 系統管理中心接受，或由合作夥伴透過合作夥伴中心 API 確認。',
    },
    reaccept: {
      en: 'The Microsoft Customer Agreement was accepted on {date:date}, before {before:date}. Acceptances that old must be accepted again; until then purchases, quantity changes and upgrades are blocked. Third parties disagree on the date this took effect (2025-10-07 or 2026-01-21) and on whether it applies to every old acceptance.',
      'zh-TW':
        '客戶在 {date:date} 接受了 Microsoft 客戶合約，早於 {before:date}。這麼早的接受必須重新接受；在那之前，購買、變更數量與升級都會被封鎖。第三方對生效日期（2025-10-07 或 2026-01-21），以及是否適用於所有舊的接受，說法不一。',
    },
    resellerAttested: {
      en: 'The plan says the acceptance was confirmed by partner attestation, but this partner is an indirect reseller, which cannot attest through the API itself. Make sure the indirect provider attested it, or have the customer accept in the Microsoft 365 admin center.',
      'zh-TW':
        '計畫記載以合作夥伴確認的方式完成，但此合作夥伴是間接轉銷商，無法自行透過 API 確認。請確認已由間接提供者完成確認，或改由客戶在 Microsoft 365 系統管理中心接受。',
    },
    upcoming: {
      en: 'Upcoming step: the customer accepts the Microsoft Customer Agreement, and the partner confirms it, by {due:date}, the day the first subscription is provisioned.',
      'zh-TW':
        '待辦步驟：客戶須在 {due:date}（第一個訂閱佈建的日期）前接受 Microsoft 客戶合約，並由合作夥伴完成確認。',
    },
    overdue: {
      en: 'Overdue: the customer had to accept the Microsoft Customer Agreement, confirmed by the partner, by {due:date}, and has not. No target subscription can be ordered for them until then.',
      'zh-TW':
        '已逾期：客戶應在 {due:date} 前接受 Microsoft 客戶合約並由合作夥伴完成確認，至今仍未完成。在此之前無法替客戶訂購任何新訂閱。',
    },
  },
  rationale: {
    en: 'A CSP partner can order for a customer only once the Microsoft Customer Agreement is accepted and confirmed. Since 2026-01-05 a partner confirms it only through the Partner Center API (with the embeddable agreement component Microsoft provides); confirming it in the Partner Center pages or with the bulk tool is no longer possible. An indirect reseller cannot use that API: its indirect provider confirms for it. The other way is for a billing administrator of the customer to accept it in the Microsoft 365 admin center. Third parties report that acceptances from before 2023-04-01 must be renewed, with dates that disagree: re-acceptance due by 2025-10-07 (Manage Protect), blocks seen from 2026-01-21 (HostGator), or no re-acceptance for existing attestations (BEMO).',
    'zh-TW':
      'Microsoft 客戶合約必須先經客戶接受並完成確認，CSP 合作夥伴才能替客戶下單。自 2026-01-05 起，合作夥伴只能透過合作夥伴中心 API（搭配 Microsoft 提供的可嵌入合約元件）確認；已無法在合作夥伴中心頁面或用大量工具確認。間接轉銷商無法使用該 API，須由其間接提供者代為確認。另一種方式是由客戶的計費系統管理員在 Microsoft 365 系統管理中心接受。第三方指出 2023-04-01 以前的接受必須更新，但日期說法不一：須於 2025-10-07 前重新接受（Manage Protect）、自 2026-01-21 起出現封鎖（HostGator），或既有的確認無須重新接受（BEMO）。',
  },
  fix: {
    en: 'Have a billing administrator of the customer accept the agreement in the Microsoft 365 admin center, or confirm the acceptance through the Partner Center API (an indirect reseller asks its indirect provider). Then set customer.agreementAccepted to true, customer.agreementAcceptedOn to the date and customer.agreementMethod to how it was confirmed. An acceptance from before 2023-04-01 should be renewed.',
    'zh-TW':
      '請由客戶的計費系統管理員在 Microsoft 365 系統管理中心接受合約，或透過合作夥伴中心 API 確認接受（間接轉銷商請洽其間接提供者）。接著將 customer.agreementAccepted 設為 true，並在 customer.agreementAcceptedOn 填入日期、在 customer.agreementMethod 填入確認方式。2023-04-01 以前的接受應重新辦理。',
  },
  guide: '/guide/move/#customer-agreement',
  sources: [
    cite('integrate-sandbox-confirm-customer-agree'),
    cite('manage-partners'),
    cite('hostgator-microsoft-customer-agreement'),
    cite('cloudfactory-mca-attestation'),
  ],
  *check(context): Generator<FindingInput> {
    const { plan, lines } = context;
    const { customer, partner } = plan;
    if (customer.agreementAccepted !== true) {
      const step = stepReport(context, 'agreement') ?? { kind: 'step' as const };
      yield {
        pointer: 'agreementAccepted' in customer ? '/customer/agreementAccepted' : '/customer',
        params: { count: lines.length, ...(step.due ? { due: step.due } : {}) },
        ...step,
        ...(step.due === undefined ? {} : { variant: step.severity === 'info' ? 'upcoming' : 'overdue' }),
      };
      return;
    }
    const acceptedOn = customer.agreementAcceptedOn;
    if (isCalendarDate(acceptedOn) && compareDates(acceptedOn, MCA_REACCEPT_BEFORE) < 0) {
      // Third-party sources only, and they conflict: a warning, not a block.
      yield {
        pointer: '/customer/agreementAcceptedOn',
        severity: 'warning',
        variant: 'reaccept',
        params: { date: acceptedOn, before: MCA_REACCEPT_BEFORE },
      };
    }
    if (customer.agreementMethod === 'partner-attestation' && partner.model === 'indirect-reseller') {
      yield {
        pointer: '/customer/agreementMethod',
        severity: 'warning',
        related: ['/partner/model'],
        variant: 'resellerAttested',
        params: {},
      };
    }
  },
});
