import { daysBetween } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'early-cancellation',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Source cancelled long before its term ends', 'zh-TW': '來源訂閱在期滿前很久就取消' },
  messages: {
    default: {
      en: 'Line "{subscription}" is cancelled on {date:date}, {days} days before its term ends on {termEnd:date}. Cancelled subscriptions are generally not refunded, so the time already paid for is lost. csp-move recommends cancelling no more than {window} days before the term end, or letting it expire.',
      'zh-TW':
        '訂閱「{subscription}」預定於 {date:date} 取消，距離 {termEnd:date} 期滿還有 {days} 天。取消的訂閱通常不會退款，已付費的期間等於白白浪費。csp-move 建議最早在期滿前 {window} 天內才取消，或直接讓它到期。',
    },
  },
  rationale: {
    en: 'There are no refunds for cancelled subscriptions, so the cheapest moment to switch is close to the natural end of the term. Cancelling early pays for time nobody uses, and a cancelled subscription also skips the grace period in which users keep access.',
    'zh-TW':
      '取消的訂閱不會退款，因此最划算的切換時機是接近訂閱期自然結束的時候。提早取消等於替沒人使用的期間付費，而且取消的訂閱會跳過寬限期，使用者無法在寬限期內繼續存取。',
  },
  fix: {
    en: 'Set exit to expire and let the source end on its term end (auto-renew off), or move cancelOn closer to the term end. Keep the target provisioned before the source stops.',
    'zh-TW':
      '請把 exit 改為 expire，讓來源在期滿時自然結束（並關閉自動續訂），或把 cancelOn 移到更接近期滿的日期。目標訂閱仍須在來源停止前佈建完成。',
  },
  guide: '/guide/timing/#cancel-or-expire',
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
  ],
  *check({ lines, policies }): Generator<FindingInput> {
    const window = policies.earlyCancellationWindowDays;
    for (const line of lines) {
      const { sub } = line;
      if (sub.endOfTerm !== 'cancel' || typeof sub.cancelOn !== 'string') continue;
      const days = daysBetween(sub.cancelOn, sub.termEnd);
      if (days <= window) continue;
      yield {
        pointer: `${line.pointer}/cancelOn`,
        related: [`${line.pointer}/termEnd`],
        params: { subscription: sub.id, date: sub.cancelOn, termEnd: sub.termEnd, days, window },
      };
    }
  },
});
