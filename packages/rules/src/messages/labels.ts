import { type Locale, type Localized, punctuation, separator } from './locales.ts';

/** Display labels for the plan's closed lists, in every locale. */
export const CHANNEL_LABELS: Record<string, Localized> = {
  'web-direct': { en: 'bought directly from Microsoft', 'zh-TW': '直接向 Microsoft 購買' },
  csp: { en: 'another CSP partner', 'zh-TW': '其他 CSP 合作夥伴' },
  'csp-legacy': { en: 'another CSP partner (legacy offers)', 'zh-TW': '其他 CSP 合作夥伴（舊版供應項目）' },
  'mca-e': {
    en: 'directly from Microsoft under an enterprise agreement (MCA-E)',
    'zh-TW': '以企業版 Microsoft 客戶合約（MCA-E）直接向 Microsoft 購買',
  },
  'enterprise-agreement': { en: 'Enterprise Agreement', 'zh-TW': 'Enterprise 合約（EA）' },
  open: { en: 'Open licensing', 'zh-TW': 'Open 授權' },
  other: { en: 'another channel', 'zh-TW': '其他管道' },
};

export const SEVERITY_LABELS: Record<'error' | 'warning' | 'info', Localized> = {
  error: { en: 'error', 'zh-TW': '錯誤' },
  warning: { en: 'warning', 'zh-TW': '警告' },
  info: { en: 'info', 'zh-TW': '資訊' },
};

export const VERDICT_LABELS: Record<'invalid' | 'blocked' | 'needs-attention' | 'ready', Localized> = {
  invalid: { en: 'Invalid plan', 'zh-TW': '計畫檔無效' },
  blocked: { en: 'Blocked', 'zh-TW': '無法進行' },
  'needs-attention': { en: 'Needs attention', 'zh-TW': '需要留意' },
  ready: { en: 'Ready', 'zh-TW': '可以進行' },
};

/** What part of a move a rule is about, as the rule index and `csp-move rules` group them. */
export const CATEGORY_LABELS = {
  region: { en: 'Regions and markets', 'zh-TW': '區域與市場' },
  relationship: { en: 'Reseller relationship', 'zh-TW': '轉銷商關係' },
  agreement: { en: 'Customer agreement', 'zh-TW': '客戶合約' },
  access: { en: 'Admin access', 'zh-TW': '系統管理權限' },
  offer: { en: 'Offers', 'zh-TW': '供應項目' },
  licences: { en: 'Licences', 'zh-TW': '授權' },
  timing: { en: 'Timing the cut-over', 'zh-TW': '切換時機' },
  plan: { en: 'The plan file', 'zh-TW': '計畫檔' },
} as const satisfies Record<string, Localized>;

/** What part of a move a rule is about; the site groups rules by it. */
export type Category = keyof typeof CATEGORY_LABELS;

export function channelLabel(channel: string, locale: Locale): string {
  return CHANNEL_LABELS[channel]?.[locale] ?? channel;
}

/** Joins a list the way each language writes it: "a, b and c" / 「a、b 和 c」. */
export function listJoin(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return `${head.join(separator(locale, 'listComma'))} ${punctuation(locale).and} ${last}`;
}
