import { cancellableOnlyInWindow, directRefundWindow } from '../access.ts';
import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, daysBetween, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'early-cancellation',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Source cancelled long before its term ends', 'zh-TW': '原訂閱在期滿前很久就取消' },
  messages: {
    outsideWindow: {
      en: 'Line "{subscription}" cannot be cancelled on {date:date}: it is a new-commerce subscription, which can only be cancelled within {window} days after its term started on {termStart:date} (until {windowEnds:date}). After that it runs to its term end on {termEnd:date}; all that can still be chosen is what happens then.',
      'zh-TW':
        '訂閱「{subscription}」無法在 {date:date} 取消：它是新商務訂閱，只能在 {termStart:date} 這期開始後 {window} 天內（到 {windowEnds:date} 為止）取消。超過取消期限後，它會一直持續到 {termEnd:date} 期滿，能決定的只剩期滿時要怎麼處理。',
    },
    windowUnknown: {
      en: 'Line "{subscription}" is cancelled on {date:date}, but a new-commerce subscription can only be cancelled within {window} days after its term starts (purchase or renewal), and the plan gives no termStart. Unless the term started on or after {earliestStart:date}, the cancellation will be refused and the subscription runs to {termEnd:date}.',
      'zh-TW':
        '訂閱「{subscription}」預定於 {date:date} 取消，但新商務訂閱只能在這期開始（購買或續訂）後 {window} 天內取消，而計畫檔沒有 termStart。除非這期是在 {earliestStart:date} 當天或之後開始的，否則取消會被拒絕，訂閱會一直持續到 {termEnd:date}。',
    },
    default: {
      en: 'Line "{subscription}" is cancelled on {date:date}, {days} days before its term ends on {termEnd:date}. Cancelled subscriptions are generally not refunded, so the time already paid for is lost. csp-move recommends cancelling no more than {window} days before the term end, or letting it expire.',
      'zh-TW':
        '訂閱「{subscription}」預定於 {date:date} 取消，距離 {termEnd:date} 期滿還有 {days} 天。取消的訂閱通常不會退款，已付費的期間等於白白浪費。csp-move 建議最早在期滿前 {window} 天內才取消，或直接讓它到期。',
    },
  },
  rationale: {
    en: 'A new-commerce subscription (CSP, or bought directly under a Microsoft Customer Agreement) can only be cancelled within a few days after its term starts; after that Partner Center and the admin center refuse the cancellation, and only the end-of-term choice remains. Other subscriptions can be cancelled later, but the time already paid for is usually lost, and a cancelled subscription skips the grace period in which users keep access.',
    'zh-TW':
      '新商務訂閱（CSP，或直接以 Microsoft 客戶合約購買的訂閱）只能在這期開始後幾天內取消；超過取消期限後，合作夥伴中心與系統管理中心都會拒絕取消，只剩期滿時的選擇。其他訂閱雖然之後仍可取消，但已付費的期間通常就浪費了，而且取消的訂閱會跳過寬限期，使用者無法在寬限期內繼續存取。',
  },
  fix: {
    en: 'For a new-commerce subscription past its cancellation window, choose what happens at the term end instead (endOfTerm: cancel-at-term-end, with the target ready by then, or extended-term). Otherwise move cancelOn closer to the term end, and keep the target provisioned before the source stops.',
    'zh-TW':
      '已超過取消期限的新商務訂閱，請改為決定期滿時的處理方式（endOfTerm: cancel-at-term-end，並在期滿前備妥新訂閱；或 extended-term）。其他情況請把 cancelOn 移到更接近期滿的日期，並確保新訂閱在原訂閱停止前佈建完成。',
  },
  guide: '/guide/timing/#cancel-or-expire',
  sources: [
    cite('cancel-an-azure-marketplace-subscription'),
    cite('cancel-your-subscription'),
    cite('transition-seat-based-services-2023'),
    cite('what-if-my-subscription-expires', { date: '2024-03-29' }),
  ],
  *check({ plan, lines, policies }): Generator<FindingInput> {
    const recommended = policies.earlyCancellationWindowDays;
    for (const line of lines) {
      const { sub } = line;
      if (sub.endOfTerm !== 'cancel' || typeof sub.cancelOn !== 'string') continue;
      const related = [`${line.pointer}/termEnd`];
      if (cancellableOnlyInWindow(sub)) {
        // New commerce: cancelling is only possible in the window after the term started.
        const window =
          sub.channel === 'web-direct' ? directRefundWindow(policies, plan) : policies.cancellationWindowDays;
        const params = { subscription: sub.id, date: sub.cancelOn, termEnd: sub.termEnd, window };
        if (isCalendarDate(sub.termStart)) {
          // The window counts from the start day (168 hours for 7 days): its last whole day is
          // start + window - 1, the reading that never promises a day that may already be gone.
          const windowEnds = addDays(sub.termStart, window - 1);
          if (compareDates(sub.cancelOn, windowEnds) <= 0) continue;
          yield {
            pointer: `${line.pointer}/cancelOn`,
            related: [`${line.pointer}/termStart`, ...related],
            severity: 'error',
            variant: 'outsideWindow',
            params: { ...params, termStart: sub.termStart, windowEnds },
          };
        } else {
          yield {
            pointer: `${line.pointer}/cancelOn`,
            related,
            variant: 'windowUnknown',
            params: { ...params, earliestStart: addDays(sub.cancelOn, 1 - window) },
          };
        }
        continue;
      }
      const days = daysBetween(sub.cancelOn, sub.termEnd);
      if (days <= recommended) continue;
      yield {
        pointer: `${line.pointer}/cancelOn`,
        related,
        params: { subscription: sub.id, date: sub.cancelOn, termEnd: sub.termEnd, days, window: recommended },
      };
    }
  },
});
