import { cite } from '../catalog/sources.ts';
import { stepReport } from '../steps.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'reseller-relationship-missing',
  severity: 'error',
  category: 'relationship',
  title: {
    en: 'No accepted reseller relationship',
    'zh-TW': '尚未建立轉銷商關係',
  },
  messages: {
    default: {
      en: 'No reseller relationship request has been sent, yet the plan provisions subscriptions for this customer. The partner cannot order anything for this customer until an admin of the customer with at least the Billing Administrator role accepts a request.',
      'zh-TW':
        '尚未傳送轉銷商關係要求，計畫中卻已排定為這位客戶佈建訂閱。必須等客戶至少具備計費系統管理員角色的系統管理員接受要求後，合作夥伴才能替這位客戶下單。',
    },
    requested: {
      en: 'The reseller relationship request has not been accepted yet, but the plan provisions subscriptions for this customer. The partner cannot order anything for this customer until an admin of the customer with at least the Billing Administrator role accepts it.',
      'zh-TW':
        '轉銷商關係要求尚未獲得接受，計畫中卻已排定為這位客戶佈建訂閱。必須等客戶至少具備計費系統管理員角色的系統管理員接受後，合作夥伴才能替這位客戶下單。',
    },
    upcoming: {
      en: 'Upcoming step: send the reseller relationship request by {due:date}, so that an admin of the customer (at least a Billing Administrator) can accept it before the first subscription is provisioned.',
      'zh-TW':
        '待辦步驟：在 {due:date} 前寄出轉銷商關係要求，讓客戶的系統管理員（至少具備計費系統管理員角色）能在第一個訂閱佈建前接受。',
    },
    overdue: {
      en: 'Overdue: the reseller relationship request was due by {due:date} and has not been sent. The partner cannot order anything for this customer until an admin of the customer with at least the Billing Administrator role accepts a request.',
      'zh-TW':
        '已逾期：轉銷商關係要求應在 {due:date} 前寄出，至今仍未寄出。必須等客戶至少具備計費系統管理員角色的系統管理員接受要求後，合作夥伴才能替這位客戶下單。',
    },
    requestedOverdue: {
      en: 'Overdue: the customer had to accept the reseller relationship request by {due:date}, the day the first subscription is provisioned, and has not. The partner cannot order anything for this customer until an admin of the customer with at least the Billing Administrator role accepts it.',
      'zh-TW':
        '已逾期：客戶應在 {due:date}（第一個訂閱佈建的日期）前接受轉銷商關係要求，至今仍未接受。必須等客戶至少具備計費系統管理員角色的系統管理員接受後，合作夥伴才能替這位客戶下單。',
    },
    requestedUpcoming: {
      en: 'Upcoming step: an admin of the customer (at least a Billing Administrator) has to accept the reseller relationship request by {due:date}, the day the first subscription is provisioned.',
      'zh-TW':
        '待辦步驟：客戶的系統管理員（至少具備計費系統管理員角色）必須在 {due:date}（第一個訂閱佈建的日期）前接受轉銷商關係要求。',
    },
  },
  rationale: {
    en: 'Partner Center places orders only for customers who have a reseller relationship with the partner. The customer accepts it in the Microsoft 365 admin center, which takes at least the Billing Administrator role (a Global admin can too). Until then the new subscriptions cannot be provisioned, and the old ones keep running to their end.',
    'zh-TW':
      '合作夥伴中心只能替已與合作夥伴建立轉銷商關係的客戶下單。客戶須在 Microsoft 365 系統管理中心接受這項關係，接受者至少須具備計費系統管理員角色（全域管理員也可以）。在此之前無法佈建新訂閱，原有訂閱也會照常走到期滿。',
  },
  fix: {
    en: 'In Partner Center, open Customers and choose "Request a reseller relationship". Send the link unchanged to an admin of the customer with at least the Billing Administrator role, and once it is accepted set reseller to accepted with the acceptedOn date.',
    'zh-TW':
      '在合作夥伴中心開啟「客戶」，選擇「要求轉銷商關係」，把產生的連結原封不動寄給客戶至少具備計費系統管理員角色的系統管理員。對方接受後，將 reseller 改為 accepted，並填上 acceptedOn 日期。',
  },
  guide: '/guide/move/#reseller-relationship',
  sources: [
    cite('transition-seat-based-services-2023'),
    cite('customers-revoke-admin-privileges'),
    cite('manage-partners'),
  ],
  *check(context): Generator<FindingInput> {
    const { plan, lines } = context;
    const { reseller } = plan.relationship;
    if (reseller === 'accepted') return;
    const requested = reseller === 'requested';
    // A step: the request is due some days before the first order, the acceptance by that order.
    const step = stepReport(context, requested ? 'acceptance' : 'send-request') ?? { kind: 'step' as const };
    const state = step.due === undefined ? '' : step.severity === 'info' ? 'Upcoming' : 'Overdue';
    const variant = requested ? `requested${state}` : state ? state.toLowerCase() : undefined;
    yield {
      pointer: '/relationship/reseller',
      params: { state: reseller, count: lines.length, ...(step.due ? { due: step.due } : {}) },
      ...step,
      ...(variant ? { variant } : {}),
    };
  },
});
