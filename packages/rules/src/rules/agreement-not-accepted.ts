import { stepReport } from '../steps.ts';
import { defineRule, type FindingInput } from './types.ts';

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
      en: 'The customer has not accepted the Microsoft Customer Agreement, or the partner has not attested it, so no target subscription can be ordered for them.',
      'zh-TW': '客戶尚未接受 Microsoft 客戶合約，或合作夥伴尚未完成確認，因此無法替客戶訂購任何目標訂閱。',
    },
    upcoming: {
      en: 'Upcoming step: the customer accepts the Microsoft Customer Agreement, and the partner confirms it, by {due:date}, the day the first subscription is provisioned.',
      'zh-TW':
        '待辦步驟：客戶須在 {due:date}（第一個訂閱佈建的日期）前接受 Microsoft 客戶合約，並由合作夥伴完成確認。',
    },
    overdue: {
      en: 'Overdue: the customer had to accept the Microsoft Customer Agreement, confirmed by the partner, by {due:date}, and has not. No target subscription can be ordered for them until then.',
      'zh-TW':
        '已逾期：客戶應在 {due:date} 前接受 Microsoft 客戶合約並由合作夥伴完成確認，至今仍未完成。在此之前無法替客戶訂購任何目標訂閱。',
    },
  },
  rationale: {
    en: "Since February 2020 a CSP partner can place a new order only after confirming that the customer has accepted the Microsoft Customer Agreement. Customers who have not accepted it yet are asked to do so when they accept the partner's reseller request.",
    'zh-TW':
      '自 2020 年 2 月起，CSP 合作夥伴必須先確認客戶已接受 Microsoft 客戶合約，才能下新訂單。尚未接受的客戶，會在接受合作夥伴的轉銷商關係要求時被要求一併接受。',
  },
  fix: {
    en: 'Have the customer accept the Microsoft Customer Agreement (usually while accepting the reseller request), attest the acceptance in Partner Center, then set customer.agreementAccepted to true.',
    'zh-TW':
      '請客戶接受 Microsoft 客戶合約（通常在接受轉銷商關係要求時一併完成），在合作夥伴中心完成確認後，將 customer.agreementAccepted 設為 true。',
  },
  guide: '/guide/move/#customer-agreement',
  sources: [
    {
      title: 'Begin using pay-as-you-go rates with the Azure plan (azure-plan-get-started)',
      url: 'https://learn.microsoft.com/partner-center/azure-plan-get-started',
      date: '2022-02-28',
    },
    {
      title: 'Request a reseller relationship (request-a-relationship-with-a-customer)',
      url: 'https://learn.microsoft.com/partner-center/request-a-relationship-with-a-customer',
      date: '2023-06-05',
    },
  ],
  *check(context): Generator<FindingInput> {
    const { plan, lines } = context;
    if (plan.customer.agreementAccepted === true) return;
    const step = stepReport(context, 'agreement') ?? { kind: 'step' as const };
    yield {
      pointer: 'agreementAccepted' in plan.customer ? '/customer/agreementAccepted' : '/customer',
      params: { count: lines.length, ...(step.due ? { due: step.due } : {}) },
      ...step,
      ...(step.due === undefined ? {} : { variant: step.severity === 'info' ? 'upcoming' : 'overdue' }),
    };
  },
});
