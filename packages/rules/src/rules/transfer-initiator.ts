import { cite } from '../catalog/sources.ts';
import { transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-initiator',
  severity: 'error',
  category: 'relationship',
  title: {
    en: 'Transfer started by an indirect reseller',
    'zh-TW': '由間接轉銷商發起移轉',
  },
  messages: {
    default: {
      en: "{partner} is an indirect reseller, so it cannot create the transfer request for {count:subscriptions}. Its indirect provider, which is billed for the subscriptions, creates it and names {partner} as the partner of record (distributors state this; Microsoft's transfer API only has a field naming the reseller as partner of record).",
      'zh-TW':
        '{partner} 是間接轉銷商，無法為 {count:subscriptions}建立移轉要求。必須由實際被計費的間接提供者建立，並把 {partner} 設為記錄合作夥伴（這是經銷商的說法；Microsoft 的移轉 API 只有一個記錄轉銷商為記錄合作夥伴的欄位）。',
    },
  },
  rationale: {
    en: "The partner that is billed for a subscription is the one that transacts in Partner Center: a direct-bill partner or an indirect provider. Microsoft's transfer API takes the partner of record (the reseller) as a field for transfers to an indirect provider; distributors state that resellers coordinate transfers through their provider.",
    'zh-TW':
      '在合作夥伴中心執行交易的，是被計費的合作夥伴：直接計費合作夥伴或間接提供者。Microsoft 的移轉 API 在移轉給間接提供者時，以一個欄位記錄記錄合作夥伴（轉銷商）；經銷商也說明轉銷商須透過其提供者辦理移轉。',
  },
  fix: {
    en: 'Ask your indirect provider to create the transfer request with your partner ID as partner of record, or set partner.model if the plan is written for a direct-bill partner or an indirect provider.',
    'zh-TW':
      '請您的間接提供者建立移轉要求，並以您的合作夥伴識別碼作為記錄合作夥伴；若計畫其實是為直接計費合作夥伴或間接提供者撰寫，請修正 partner.model。',
  },
  guide: '/guide/partner-transfers/#who-does-what',
  sources: [cite('transfer-subscriptions'), cite('create-a-transfer'), cite('cloudblue-transfers')],
  *check({ plan, lines }): Generator<FindingInput> {
    if (plan.partner.model !== 'indirect-reseller') return;
    const moving = transferLines(lines);
    if (moving.length === 0) return;
    yield {
      pointer: '/partner/model',
      related: moving.map((line) => `${line.pointer}/path`),
      params: { partner: plan.partner.name, count: moving.length },
    };
  },
});
