import type { Locale, Localized } from './locales.ts';

/** Display labels for the plan's closed lists, in every locale. */
export const CHANNEL_LABELS: Record<string, Localized> = {
  'web-direct': { en: 'bought directly from Microsoft', 'zh-TW': '直接向 Microsoft 購買' },
  csp: { en: 'another CSP partner', 'zh-TW': '其他 CSP 合作夥伴' },
  'enterprise-agreement': { en: 'Enterprise Agreement', 'zh-TW': '大型企業合約 (EA)' },
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

export function channelLabel(channel: string, locale: Locale): string {
  return CHANNEL_LABELS[channel]?.[locale] ?? channel;
}

/** Joins a list the way each language writes it: "a, b and c" / 「a、b 和 c」. */
export function listJoin(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return locale === 'zh-TW' ? `${head.join('、')} 和 ${last}` : `${head.join(', ')} and ${last}`;
}
