import { upliftFactor } from '../access.ts';
import { PAYER_NOTES } from '../access-notes.ts';
import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'extended-term-open-ended',
  severity: 'warning',
  category: 'timing',
  title: {
    en: 'Extended service term without an end date',
    'zh-TW': '延長服務期限（EST）沒有結束日',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" runs on a paid extended service term (EST) from {from:date}, but the plan gives no extendedUntil: it is billed month to month until someone cancels it, at {quantity} licences × the monthly price × {factor} × days / 30 ({noMonthlyFactor} for an offer without a monthly term). {payer}',
      'zh-TW':
        '訂閱「{subscription}」自 {from:date} 起使用付費的延長服務期限（EST），但計畫檔沒有 extendedUntil：在有人取消之前會一直按月計費，費用為 {quantity} 個授權 × 月費 × {factor} × 天數 / 30（沒有月約的方案為 {noMonthlyFactor}）。{payer}',
    },
    // Microsoft's page for direct purchases names only the uplift on the monthly price.
    direct: {
      en: 'Line "{subscription}" runs on a paid extended service term (EST) from {from:date}, but the plan gives no extendedUntil: it is billed month to month until someone cancels it, at {quantity} licences × the monthly price × {factor} × days / 30. {payer}',
      'zh-TW':
        '訂閱「{subscription}」自 {from:date} 起使用付費的延長服務期限（EST），但計畫檔沒有 extendedUntil：在有人取消之前會一直按月計費，費用為 {quantity} 個授權 × 月費 × {factor} × 天數 / 30。{payer}',
    },
  },
  rationale: {
    en: 'An extended service term is a bridge, not an end: it continues month to month until it is cancelled or converted. Charges are prorated by day, so cancelling it the day after users are moved keeps the cost to the days actually needed; a plan without that date leaves the bill open.',
    'zh-TW':
      '延長服務期限是過渡用的，不會自己結束：在取消或轉換之前，會一直按月延續。費用按天數比例計算，因此在使用者移轉完成的隔天取消，就只需支付真正用到的天數；計畫檔沒有這個日期，帳單就沒有上限。',
  },
  fix: {
    en: 'Set extendedUntil to the last day users need the source (the day the target licences are assigned, or shortly after), and put cancelling the extended term on the checklist for that day.',
    'zh-TW':
      '請把 extendedUntil 設為使用者仍需要原訂閱的最後一天（新訂閱授權指派完成當天或稍後），並在檢查清單的那一天加上取消延長服務期限。',
  },
  guide: '/guide/timing/#extended-service-terms',
  sources: [cite('extend-your-subscription-with-est'), cite('extended-service-terms')],
  *check({ lines, policies }): Generator<FindingInput> {
    for (const line of lines) {
      const { sub, access } = line;
      const est = access.extendedTerm;
      if (access.reason !== 'extended-term' || !est || est.until) continue;
      yield {
        pointer: `${line.pointer}/endOfTerm`,
        related: [`${line.pointer}/termEnd`],
        params: {
          subscription: sub.id,
          from: est.from,
          quantity: est.quantity,
          factor: upliftFactor(policies.extendedTermUpliftPct),
          noMonthlyFactor: upliftFactor(policies.extendedTermNoMonthlyUpliftPct),
          payer: PAYER_NOTES[est.payer],
          payerId: est.payer,
        },
        ...(est.payer === 'customer' ? { variant: 'direct' } : {}),
      };
    }
  },
});
