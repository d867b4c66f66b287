import type { Assumption, EstPayer } from './access.ts';
import type { Localized } from './messages/locales.ts';

// The words findings use for what access.ts decides: the facts it had to assume, and who pays.

/** What a finding says about a fact csp-move had to assume, in both locales ('' when nothing was). */
const ASSUMPTION_NOTES: Record<Assumption, Localized> = {
  'term-start-after-cutoff': {
    en: 'The plan gives no termStart, so csp-move takes the term as bought or renewed on or after the cut-off ({cutoff}, a date only third parties state); add termStart if it began earlier.',
    'zh-TW':
      '計畫檔沒有 termStart，csp-move 因此假設這期是在截止日（{cutoff}，這個日期只有第三方提到）當天或之後購買或續訂的；若更早開始，請補上 termStart。',
  },
  'billing-account-mca': {
    en: 'The plan gives no billingAccount, so csp-move takes it as a Microsoft Customer Agreement account, the type without a free grace period; set billingAccount: mosa if the admin center shows that type.',
    'zh-TW':
      '計畫檔沒有 billingAccount，csp-move 因此假設它是 Microsoft 客戶合約（MCA）帳單帳戶，也就是沒有免費寬限期的類型；若系統管理中心顯示的是 MOSA，請設定 billingAccount: mosa。',
  },
};

/**
 * The notes of every assumption, joined for a message's `{assumed}` placeholder ('' when nothing was
 * assumed). `cutoff` is the CSP purchase cut-off date of the policies.
 */
export function assumedNote(assumed: readonly Assumption[], cutoff: string): Localized {
  const note = (a: Assumption, locale: keyof Localized) =>
    ASSUMPTION_NOTES[a][locale].replace('{cutoff}', cutoff);
  return {
    en: assumed.map((a) => ` ${note(a, 'en')}`).join(''),
    'zh-TW': assumed.map((a) => note(a, 'zh-TW')).join(''),
  };
}

/** Who pays an extended term, in words. */
export const PAYER_NOTES: Record<EstPayer, Localized> = {
  'source-partner': {
    en: 'Microsoft bills the current CSP partner, who will usually pass the charge on to the customer.',
    'zh-TW': 'Microsoft 會向目前的 CSP 合作夥伴收費，對方通常會轉嫁給客戶。',
  },
  customer: {
    en: 'Microsoft bills the customer directly.',
    'zh-TW': 'Microsoft 會直接向客戶收費。',
  },
};
