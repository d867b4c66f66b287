import { cite } from '../catalog/sources.ts';
import { stepReport } from '../steps.ts';
import { needsCredit, needsReassignment } from './shared.ts';
import { defineRule, type FindingInput, type Line } from './types.ts';

export default defineRule({
  id: 'admin-access-needed',
  severity: 'warning',
  category: 'access',
  title: { en: 'Admin access needed for the move', 'zh-TW': '移轉需要系統管理權限' },
  messages: {
    default: {
      en: "Licences must be reassigned on these lines: {reassign:list}. The partner has no admin access to the tenant, so only the customer's own admins can do it.",
      'zh-TW':
        '以下訂閱必須重新指派授權：{reassign:list}。但合作夥伴沒有這個租用戶的系統管理權限，只能由客戶自己的系統管理員處理。',
    },
    credit: {
      en: 'A credit has to be requested from Microsoft 365 billing support for these lines: {credit:list}. The partner has no admin access to the tenant, so only the customer can ask for it.',
      'zh-TW':
        '以下訂閱需要向 Microsoft 365 帳單支援要求抵免：{credit:list}。但合作夥伴沒有這個租用戶的系統管理權限，只能由客戶自行提出。',
    },
    both: {
      en: 'Licences must be reassigned on these lines: {reassign:list}; a credit has to be requested from Microsoft 365 billing support for these: {credit:list}. The partner has no admin access to the tenant, so only the customer can do either.',
      'zh-TW':
        '以下訂閱必須重新指派授權：{reassign:list}；以下訂閱則需要向 Microsoft 365 帳單支援要求抵免：{credit:list}。但合作夥伴沒有這個租用戶的系統管理權限，這些都只能由客戶自行處理。',
    },
    upcoming: {
      en: "Upcoming step: the customer grants the partner admin access through GDAP by {due:date}, for the licence reassignments and credit requests of these lines: {lines:list}. Without it, only the customer's own admins can do them.",
      'zh-TW':
        '待辦步驟：客戶須在 {due:date} 前透過 GDAP 授予合作夥伴系統管理權限，以便處理以下訂閱的授權重新指派與抵免申請：{lines:list}。若未授予，只能由客戶自己的系統管理員處理。',
    },
  },
  rationale: {
    en: "A reseller relationship alone lets the partner order, but not see users, assign licences or open support requests for the customer. Those steps of a move need admin access granted by the customer, today through GDAP, or they have to be done by the customer's own admins.",
    'zh-TW':
      '單有轉銷商關係，合作夥伴只能下單，無法查看使用者、指派授權，也不能替客戶提出支援要求。移轉中的這些步驟需要客戶授與系統管理權限（現在是透過 GDAP），否則就得由客戶自己的系統管理員完成。',
  },
  fix: {
    en: "Ask the customer for a GDAP relationship with the roles the steps need (License Administrator for licences, Service Support Administrator for support requests), and set adminAccess to gdap. Or agree in writing that the customer's admins do these steps.",
    'zh-TW':
      '請向客戶申請 GDAP 關係，並包含這些步驟所需的角色（授權管理員負責授權、服務支援管理員負責支援要求），再將 adminAccess 設為 gdap；或與客戶書面約定由其系統管理員執行這些步驟。',
  },
  guide: '/guide/relationships/#admin-access',
  sources: [
    cite('gdap-faq'),
    cite('customers-revoke-admin-privileges'),
    cite('transition-seat-based-services-2023'),
  ],
  *check(context): Generator<FindingInput> {
    const { plan, catalog, lines } = context;
    if (plan.relationship.adminAccess !== 'none') return;
    const reassign: Line[] = lines.filter((line) => needsReassignment(catalog, line));
    const credit: Line[] = lines.filter(needsCredit);
    if (reassign.length === 0 && credit.length === 0) return;
    const variant = reassign.length === 0 ? 'credit' : credit.length === 0 ? undefined : 'both';
    // Granting admin access is a step, due by the first day it is needed (see the timeline).
    const step = stepReport(context, 'grant-admin-access');
    const upcoming = step?.severity === 'info';
    yield {
      ...step,
      pointer: '/relationship/adminAccess',
      related: [
        ...reassign.map((line) => `${line.pointer}/target/offer`),
        ...credit.map((line) => `${line.pointer}/cancelOn`),
      ],
      params: {
        reassign: reassign.map((line) => line.sub.id),
        credit: credit.map((line) => line.sub.id),
        lines: lines.filter((line) => reassign.includes(line) || credit.includes(line)).map((l) => l.sub.id),
        ...(step?.due ? { due: step.due } : {}),
      },
      ...(upcoming ? { variant: 'upcoming' } : variant ? { variant } : {}),
    };
  },
});
