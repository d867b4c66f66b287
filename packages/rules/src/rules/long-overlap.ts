import { cite } from '../catalog/sources.ts';
import { daysBetween } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'long-overlap',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Target starts long before the source ends', 'zh-TW': '新訂閱太早開始，與原訂閱重疊過久' },
  messages: {
    default: {
      en: 'Line "{subscription}": the target starts on {date:date}, {days} days before the source ends on {sourceEnds:date}. The customer pays for both for that long, and the target can only be cancelled in its first {cancellationWindowDays} days, long before the source ends. Provision it within {window} days of the source end.',
      'zh-TW':
        '訂閱「{subscription}」：新訂閱於 {date:date} 開始，比原訂閱在 {sourceEnds:date} 結束早了 {days} 天。這段期間客戶要同時支付兩份費用，而新訂閱只有前 {cancellationWindowDays} 天可以取消，早在原訂閱結束前就過了。建議在原訂閱結束前 {window} 天內再佈建。',
    },
  },
  rationale: {
    en: 'The target only has to exist by the time users lose access to the source. Starting it much earlier means paying twice (for a source on a paid extended service term, until that term ends), and in new commerce a new subscription can only be cancelled within a few days of purchase, so a mistake found later cannot be undone.',
    'zh-TW':
      '新訂閱只需要在使用者失去原訂閱存取權之前就緒。太早開始就得付兩份錢（原訂閱若使用付費的延長服務期限，則一直付到其結束），而且新商務訂閱只有購買後短短幾天可以取消，之後才發現的錯誤就無法挽回。',
  },
  fix: {
    en: 'Provision the target close to the end of the source, within the window csp-move recommends (the message gives it), and never after the last day of access.',
    'zh-TW':
      '請把新訂閱佈建日期移到接近原訂閱結束的時候，落在 csp-move 建議的天數內（訊息中會列出），但不可晚於最後可存取日。',
  },
  guide: '/guide/timing/#overlap',
  sources: [cite('create-a-new-subscription'), cite('transition-seat-based-services-2023')],
  *check({ lines, policies }): Generator<FindingInput> {
    const window = policies.earlyCancellationWindowDays;
    for (const line of lines) {
      const { sub, access } = line;
      const date = line.provisionOn;
      // The customer pays twice until the source is no longer paid for (access.ts): the cancellation,
      // the term end, or the end of a paid extended term. A renewal or an extended term without an end
      // has no such day; auto-renew-on and extended-term-open-ended report those.
      const sourceEnds = access.paidUntil;
      if (!date || !sourceEnds) continue;
      const days = daysBetween(date, sourceEnds);
      if (days <= window) continue;
      const related =
        access.reason === 'cancelled'
          ? `${line.pointer}/cancelOn`
          : access.reason === 'extended-term'
            ? `${line.pointer}/extendedUntil`
            : `${line.pointer}/termEnd`;
      yield {
        pointer: `${line.pointer}/target/provisionOn`,
        related: [related],
        params: {
          subscription: sub.id,
          date,
          sourceEnds,
          days,
          window,
          cancellationWindowDays: policies.cancellationWindowDays,
        },
      };
    }
  },
});
