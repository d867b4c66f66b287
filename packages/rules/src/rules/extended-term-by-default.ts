import { targetFrom, upliftFactor } from '../access.ts';
import { assumedNote, PAYER_NOTES } from '../access-notes.ts';
import { cite } from '../catalog/sources.ts';
import { compareDates, daysBetween } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'extended-term-by-default',
  severity: 'warning',
  category: 'timing',
  title: {
    en: 'Source slides into a paid extended service term',
    'zh-TW': '原訂閱會自動進入付費的延長服務期限（EST）',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": auto-renew is off and nothing else is set, so when the term ends on {termEnd:date} the source does not expire: from {from:date} it runs on a paid extended service term (EST) until someone cancels it, even though the target is ready by then. It costs {quantity} licences × the monthly price × {factor} × days / 30 ({noMonthlyFactor} for an offer without a monthly term). {payer}{assumed}',
      'zh-TW':
        '訂閱「{subscription}」：自動續訂已關閉，但沒有做其他設定，因此 {termEnd:date} 期滿時原訂閱不會到期，而是自 {from:date} 起進入付費的延長服務期限（EST），一直持續到有人取消為止，即使新訂閱那時已經就緒。費用為 {quantity} 個授權 × 月費 × {factor} × 天數 / 30（沒有月約的方案為 {noMonthlyFactor}）。{payer}{assumed}',
    },
    targetLater: {
      en: 'Line "{subscription}": auto-renew is off and nothing else is set, so when the term ends on {termEnd:date} the source does not expire: from {from:date} it runs on a paid extended service term (EST) until someone cancels it. Users need it until the target is theirs on {date:date}, so at least {days} days are billed: {quantity} licences × the monthly price × {factor} × {days} / 30 ({noMonthlyFactor} for an offer without a monthly term). {payer}{assumed}',
      'zh-TW':
        '訂閱「{subscription}」：自動續訂已關閉，但沒有做其他設定，因此 {termEnd:date} 期滿時原訂閱不會到期，而是自 {from:date} 起進入付費的延長服務期限（EST），一直持續到有人取消為止。使用者在 {date:date} 拿到新訂閱之前都需要它，所以至少要付 {days} 天：{quantity} 個授權 × 月費 × {factor} × {days} / 30（沒有月約的方案為 {noMonthlyFactor}）。{payer}{assumed}',
    },
  },
  rationale: {
    en: 'Since 4 May 2026 a CSP new-commerce subscription whose term ends without a renewal or a scheduled cancellation no longer gets 30 free days: it moves into an extended service term, billed month to month at the monthly price plus 3 % (23 % where the offer has no monthly term), prorated by day (for CSP, third parties say so). The old advice "turn auto-renew off and let it expire" now costs money on every line it is followed for.',
    'zh-TW':
      '自 2026 年 5 月 4 日起，CSP 新商務訂閱若期滿時既未續訂、也沒有排定取消，就不再有 30 天免費期，而是進入延長服務期限（EST），按月計費，價格為月費加 3%（沒有月約的方案加 23%），並按天數比例計算（CSP 的部分是第三方的說法）。過去「關閉自動續訂、讓它到期」的建議，現在每一筆照做的訂閱都要付費。',
  },
  fix: {
    en: 'Have the target provisioned and licences assigned by the term end, and ask the current partner to set the subscription to cancel at the end of its term (endOfTerm: cancel-at-term-end). If users need the source longer, choose the extended term on purpose with the day it ends (endOfTerm: extended-term, extendedUntil), or move the line with a partner transfer, which needs no overlap.',
    'zh-TW':
      '請在期滿前佈建新訂閱並指派授權，再請目前的合作夥伴把原訂閱設為期滿時取消（endOfTerm: cancel-at-term-end）。若使用者需要更久，請刻意選擇延長服務期限並寫明結束日（endOfTerm: extended-term、extendedUntil），或改用合作夥伴間移轉，完全不需要重疊期間。',
  },
  guide: '/guide/timing/#extended-service-terms',
  sources: [cite('extended-service-terms'), cite('cloudblue-extended-service-terms')],
  *check({ lines, policies }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, access } = line;
      if (access.reason !== 'extended-term-by-default' || !access.extendedTerm) continue;
      const est = access.extendedTerm;
      const target = targetFrom(sub);
      const later = target !== undefined && compareDates(target.date, sub.termEnd) > 0;
      yield {
        pointer: `${line.pointer}/endOfTerm`,
        related: [`${line.pointer}/termEnd`, ...(later && target ? [`${line.pointer}/${target.field}`] : [])],
        params: {
          subscription: sub.id,
          termEnd: sub.termEnd,
          from: est.from,
          quantity: est.quantity,
          upliftPct: est.upliftPct,
          factor: upliftFactor(policies.extendedTermUpliftPct),
          noMonthlyFactor: upliftFactor(policies.extendedTermNoMonthlyUpliftPct),
          payer: PAYER_NOTES[est.payer],
          payerId: est.payer,
          assumed: assumedNote(access.assumed, policies.cspExtendedTermPurchasedFrom),
          ...(later && target ? { date: target.date, days: daysBetween(sub.termEnd, target.date) } : {}),
        },
        ...(later ? { variant: 'targetLater' } : {}),
      };
    }
  },
});
