import { cite } from '../catalog/sources.ts';
import { compareDates } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'dap-deprecated',
  severity: 'warning',
  category: 'access',
  title: { en: 'Admin access through legacy DAP', 'zh-TW': '透過舊版 DAP 取得系統管理權限' },
  messages: {
    default: {
      en: 'The plan relies on DAP, which reseller relationships have not included since {date:date}. Use GDAP: granular, time-bound admin access that the customer approves role by role.',
      'zh-TW':
        '此計畫仰賴 DAP，但自 {date:date} 起，轉銷商關係已不再附帶 DAP。請改用 GDAP：依角色細分、有期限，並由客戶逐項核准的系統管理權限。',
    },
    ending: {
      en: 'The plan relies on DAP, which reseller relationships no longer include from {date:date}. Request GDAP now so that the move does not depend on access that is going away.',
      'zh-TW':
        '此計畫仰賴 DAP，但自 {date:date} 起，轉銷商關係將不再附帶 DAP。請現在就申請 GDAP，避免移轉仰賴即將消失的權限。',
    },
  },
  rationale: {
    en: 'DAP gave partners standing Global administrator rights in customer tenants. Microsoft replaced it with GDAP, which grants only the roles a task needs and for a limited time; new relationships no longer come with DAP, and existing DAP access is being removed.',
    'zh-TW':
      'DAP 讓合作夥伴在客戶租用戶中長期擁有全域管理員權限。Microsoft 已改以 GDAP 取代：只授與工作所需的角色，而且有使用期限；新的關係不再附帶 DAP，既有的 DAP 權限也陸續被移除。',
  },
  fix: {
    en: 'Send the customer a GDAP request with the roles the move needs (License Administrator, Service Support Administrator), then set adminAccess to gdap with gdapExpiresOn.',
    'zh-TW':
      '請向客戶傳送 GDAP 要求，包含移轉所需的角色（授權管理員、服務支援管理員），再將 adminAccess 設為 gdap 並填上 gdapExpiresOn。',
  },
  guide: '/guide/relationships/#dap-and-gdap',
  sources: [cite('gdap-faq'), cite('gdap-introduction')],
  *check({ plan, policies, today }): Generator<FindingInput> {
    if (plan.relationship.adminAccess !== 'dap') return;
    const date = policies.dapEndDate;
    yield {
      pointer: '/relationship/adminAccess',
      params: { date },
      ...(compareDates(today, date) < 0 ? { variant: 'ending' } : {}),
    };
  },
});
