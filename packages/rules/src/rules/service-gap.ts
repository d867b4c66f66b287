import { type AccessReason, targetFrom } from '../access.ts';
import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, daysBetween } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'service-gap',
  severity: 'error',
  category: 'timing',
  title: { en: 'Users lose access before the target starts', 'zh-TW': '新訂閱開始前使用者就會失去存取權' },
  messages: {
    default: {
      en: 'Line "{subscription}": the target starts on {date:date}, but users keep access to the source ({channel:channel}) only until {accessEnds:date}, {graceDays} days after the term ends on {termEnd:date}. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：新訂閱於 {date:date} 才開始，但原訂閱（{channel:channel}）的使用者只能存取到 {accessEnds:date}，也就是 {termEnd:date} 期滿後的 {graceDays} 天。從 {gapStart:date} 起到新訂閱開始前，使用者都無法使用服務，資料也可能遺失。',
    },
    noGrace: {
      en: 'Line "{subscription}": the target starts on {date:date}, but the source ({channel:channel}) has no grace period: users lose access when the term ends on {termEnd:date}. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：新訂閱於 {date:date} 才開始，但原訂閱（{channel:channel}）沒有寬限期，使用者在 {termEnd:date} 期滿時就會失去存取權。從 {gapStart:date} 起到新訂閱開始前，使用者都無法使用服務，資料也可能遺失。',
    },
    extendedTerm: {
      en: 'Line "{subscription}": the target is only theirs on {date:date}, but the extended service term of the source ends on {accessEnds:date}. From {gapStart:date} until then, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：使用者要到 {date:date} 才拿到新訂閱，但原訂閱的延長服務期限在 {accessEnds:date} 就結束。從 {gapStart:date} 起到那天為止，使用者都無法使用服務，資料也可能遺失。',
    },
    cancelled: {
      en: 'Line "{subscription}": the target starts on {date:date}, but the source is cancelled on {accessEnds:date} and a cancelled subscription gets no grace period. From {gapStart:date} until the target starts, users would have no service, and data can be lost.',
      'zh-TW':
        '訂閱「{subscription}」：新訂閱於 {date:date} 才開始，但原訂閱在 {accessEnds:date} 就會取消，而取消的訂閱沒有寬限期。從 {gapStart:date} 起到新訂閱開始前，使用者都無法使用服務，資料也可能遺失。',
    },
  },
  rationale: {
    en: 'Users keep the source only until a date that depends on its channel, its end-of-term choice and its dates: the free Expired state where it still exists (30 days for a CSP term bought before April 2025 or ending before 4 May 2026, a direct MOSA purchase and Open; 90 days for an Enterprise Agreement), the end of a paid extended service term, or the cancellation day (a cancelled subscription skips the Expired state). The target must be provisioned and its licences assigned by then, or users are cut off and data can be lost.',
    'zh-TW':
      '使用者能使用原訂閱到哪一天，取決於購買管道、期滿時的選擇與訂閱本身的日期：仍有免費「已到期」狀態者為期滿後的寬限期（2025 年 4 月前購買或 2026 年 5 月 4 日前期滿的 CSP 訂閱期、直接以 MOSA 購買的訂閱與 Open 為 30 天；大型企業合約為 90 天），付費的延長服務期限（EST）則到其結束日，取消的訂閱則到取消當天（取消會跳過「已到期」狀態）。新訂閱必須在那之前佈建完成並指派好授權，否則使用者會斷線，資料也可能遺失。',
  },
  fix: {
    en: 'Provision the target and assign its licences on or before the last day of access shown. The safest date is shortly before the term ends.',
    'zh-TW': '請在上述最後可存取日當天或之前佈建新訂閱並指派授權。最穩妥的做法是在期滿前不久完成。',
  },
  guide: '/guide/timing/#grace-period',
  sources: [
    cite('transition-seat-based-services-2023'),
    cite('what-if-my-subscription-expires'),
    cite('extended-service-terms'),
    cite('subscription-lifecycle'),
  ],
  *check({ lines }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, access } = line;
      // Ending at term end under extended service terms has rules of its own that say why.
      if (OWN_RULE.includes(access.reason) || access.until === undefined) continue;
      const target = targetFrom(sub);
      if (!target || compareDates(target.date, access.until) <= 0) continue;
      const accessEnds = access.until;
      const variant =
        access.reason === 'cancelled'
          ? 'cancelled'
          : access.reason === 'extended-term'
            ? 'extendedTerm'
            : access.graceDays === 0
              ? 'noGrace'
              : undefined;
      const related =
        access.reason === 'cancelled'
          ? `${line.pointer}/cancelOn`
          : access.reason === 'extended-term'
            ? `${line.pointer}/extendedUntil`
            : `${line.pointer}/termEnd`;
      yield {
        pointer: `${line.pointer}/${target.field}`,
        related: [related],
        params: {
          subscription: sub.id,
          date: target.date,
          accessEnds,
          termEnd: sub.termEnd,
          graceDays: access.graceDays,
          channel: sub.channel,
          gapStart: addDays(accessEnds, 1),
          days: daysBetween(accessEnds, target.date),
        },
        ...(variant ? { variant } : {}),
      };
    }
  },
});

/** Reasons whose gap another rule reports: cancel-at-term-end-gap and grace-period-retired. */
const OWN_RULE: readonly AccessReason[] = ['cancel-at-term-end', 'grace-retired'];
