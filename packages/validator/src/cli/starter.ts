import { addDays } from '@csp-move/rules/dates';
import type { Locale } from '@csp-move/rules/messages';
import { PLAN_SCHEMA_URL } from '@csp-move/rules/site';

const COMMENTS = {
  intro: {
    en: 'One customer move into CSP. Check it with: csp-move validate <this file>',
    'zh-TW': '一位客戶移轉到 CSP 的計畫。檢查方式：csp-move validate <此檔案>',
  },
  asOf: { en: 'the date relative checks use', 'zh-TW': '相對日期檢查所用的日期' },
  partner: {
    en: 'country of your CSP tenant, as Partner Center shows it',
    'zh-TW': '您的 CSP 租用戶所在國家/地區（與合作夥伴中心相同）',
  },
  customer: {
    en: "the country set in the customer's tenant, not the head office",
    'zh-TW': '客戶租用戶中設定的國家/地區，而非總部地址',
  },
  agreement: {
    en: 'Microsoft Customer Agreement accepted and attested',
    'zh-TW': '已接受並確認 Microsoft 客戶合約',
  },
  reseller: { en: 'not-requested | requested | accepted', 'zh-TW': 'not-requested | requested | accepted' },
  access: { en: 'none | gdap | dap', 'zh-TW': 'none | gdap | dap' },
  subscriptions: { en: 'one line per subscription that moves', 'zh-TW': '每筆要移轉的訂閱寫一行' },
  offer: { en: 'catalog id of what the customer has now', 'zh-TW': '客戶目前訂閱的目錄 ID' },
  channel: {
    en: 'web-direct | csp | csp-legacy | enterprise-agreement | mca-e | open | other',
    'zh-TW': 'web-direct | csp | csp-legacy | enterprise-agreement | mca-e | open | other',
  },
  billingAccount: {
    en: 'mca | mosa: the billing account type the admin center shows',
    'zh-TW': 'mca | mosa：系統管理中心顯示的帳單帳戶類型',
  },
  endOfTerm: {
    en: 'renew | auto-renew-off | cancel-at-term-end | extended-term | cancel',
    'zh-TW': 'renew | auto-renew-off | cancel-at-term-end | extended-term | cancel',
  },
  target: {
    en: 'what you provision in CSP, shortly before the term ends',
    'zh-TW': '您在 CSP 中佈建的訂閱，於期滿前不久佈建',
  },
} as const;

/**
 * A starter plan with the schema modeline for editors. Dates are set around `today` so that the plan
 * is valid and ready as written: the customer has accepted, and the target starts a few days before
 * the current term ends, inside the cancellation window.
 */
export function starterPlan(today: string, locale: Locale): string {
  const c = (key: keyof typeof COMMENTS) => COMMENTS[key][locale];
  const termEnd = addDays(today, 90);
  return `# yaml-language-server: $schema=${PLAN_SCHEMA_URL}
# ${c('intro')}
version: 2
asOf: ${today} # ${c('asOf')}
partner:
  name: Contoso IT Services
  country: DE # ${c('partner')}
customer:
  name: Fabrikam GmbH
  country: DE # ${c('customer')}
  agreementAccepted: true # ${c('agreement')}
relationship:
  reseller: accepted # ${c('reseller')}
  requestedOn: ${addDays(today, -7)}
  acceptedOn: ${addDays(today, -5)}
  adminAccess: gdap # ${c('access')}
  gdapExpiresOn: ${addDays(today, 365)}
subscriptions: # ${c('subscriptions')}
  - id: e3
    offer: office-365-e3 # ${c('offer')}
    quantity: 25
    assigned: 25
    channel: web-direct # ${c('channel')}
    billingAccount: mca # ${c('billingAccount')}
    term: annual
    billing: annual
    termEnd: ${termEnd}
    endOfTerm: cancel-at-term-end # ${c('endOfTerm')}
    target: # ${c('target')}
      offer: office-365-e3
      quantity: 25
      provisionOn: ${addDays(termEnd, -3)}
`;
}
