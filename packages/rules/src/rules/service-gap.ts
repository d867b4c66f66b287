import { addDays, compareDates, daysBetween } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'service-gap',
  severity: 'error',
  category: 'timing',
  title: { en: 'Users lose access before the target starts', 'zh-TW': '目標訂閱開始前使用者就會失去存取權' },
  messages: {
    default: {
      en: 'Line "{subscription}": the target starts on {date:date}, but users keep access to the source ({channel:channel}) only until {accessEnds:date}, {graceDays} days after the term ends on {termEnd:date}. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：目標於 {date:date} 才開始，但來源（{channel:channel}）的使用者只能存取到 {accessEnds:date}，也就是 {termEnd:date} 期滿後的 {graceDays} 天。從 {gapStart:date} 起到目標開始前，使用者都無法使用服務，資料也可能遺失。',
    },
    noGrace: {
      en: 'Line "{subscription}": the target starts on {date:date}, but the source ({channel:channel}) has no grace period: users lose access when the term ends on {termEnd:date}. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：目標於 {date:date} 才開始，但來源（{channel:channel}）沒有寬限期，使用者在 {termEnd:date} 期滿時就會失去存取權。從 {gapStart:date} 起到目標開始前，使用者都無法使用服務，資料也可能遺失。',
    },
    cancelled: {
      en: 'Line "{subscription}": the target starts on {date:date}, but the source is cancelled on {accessEnds:date} and a cancelled subscription gets no grace period. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：目標於 {date:date} 才開始，但來源在 {accessEnds:date} 就會取消，而取消的訂閱沒有寬限期。從 {gapStart:date} 起到目標開始前，使用者都無法使用服務，資料也可能遺失。',
    },
  },
  rationale: {
    en: 'After its term ends, a subscription bought directly or through CSP stays in the Expired state for a grace period in which users still have access; the new subscription must exist by the end of it to prevent data loss. Volume licensing has no such period, and a cancelled subscription skips it.',
    'zh-TW':
      '直接購買或透過 CSP 購買的訂閱期滿後，會進入「已到期」狀態一段寬限期，期間使用者仍可存取；新訂閱必須在寬限期結束前就緒，才能避免資料遺失。大量授權沒有寬限期，取消的訂閱也會直接跳過寬限期。',
  },
  fix: {
    en: 'Provision the target on or before the last day of access shown. The safest date is shortly before the term ends, with auto-renew of the source turned off.',
    'zh-TW':
      '請在上述最後可存取日當天或之前佈建目標。最穩妥的做法是在期滿前不久佈建，並關閉來源訂閱的自動續訂。',
  },
  guide: '/guide/timing/#grace-period',
  sources: [
    {
      title: 'Move license-based customers to CSP (transition-seat-based-services)',
      url: 'https://learn.microsoft.com/partner-center/transition-seat-based-services',
      date: '2023-01-11',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
    {
      title: 'What if my subscription expires? (Microsoft 365 commerce)',
      url: 'https://learn.microsoft.com/microsoft-365/commerce/subscriptions/what-if-my-subscription-expires',
      date: '2024-03-29',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
    {
      title: 'Subscription lifecycle in Partner Center (subscription-lifecycle)',
      url: 'https://learn.microsoft.com/partner-center/subscription-lifecycle',
      date: '2023-08-04',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
  ],
  *check({ lines, policies }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, accessEnds } = line;
      const date = line.provisionOn;
      if (!date || compareDates(date, accessEnds) <= 0) continue;
      const graceDays = policies.graceDays[sub.channel] ?? 0;
      const cancelled = sub.endOfTerm === 'cancel' && typeof sub.cancelOn === 'string';
      yield {
        pointer: `${line.pointer}/target/provisionOn`,
        related: [cancelled ? `${line.pointer}/cancelOn` : `${line.pointer}/termEnd`],
        params: {
          subscription: sub.id,
          date,
          accessEnds,
          termEnd: sub.termEnd,
          graceDays,
          channel: sub.channel,
          gapStart: addDays(accessEnds, 1),
          days: daysBetween(accessEnds, date),
        },
        ...(cancelled ? { variant: 'cancelled' } : graceDays === 0 ? { variant: 'noGrace' } : {}),
      };
    }
  },
});
