import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

// Codes people write that are not the ISO code Partner Center uses.
const COMMON_MISTAKES: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
  EN: 'GB',
  KO: 'KR',
  JA: 'JP',
  ZH: 'CN',
};

export default defineRule({
  id: 'unknown-market',
  severity: 'error',
  category: 'region',
  title: { en: 'Country is not a CSP market', 'zh-TW': '國家/地區不在 CSP 市場之列' },
  messages: {
    default: {
      en: '{code} is not a market in any CSP region, so no CSP partner can transact for it.',
      'zh-TW': '{code} 不屬於任何 CSP 區域的市場，CSP 合作夥伴無法在此交易。',
    },
    suggestion: {
      en: '{code} is not a market in any CSP region. Did you mean {suggestion:market}?',
      'zh-TW': '{code} 不屬於任何 CSP 區域的市場。您是不是要填 {suggestion:market}？',
    },
    former: {
      en: '{code} ({name}) is no longer a CSP market: {note}',
      'zh-TW': '{code}（{name}）已不再是 CSP 市場：{note}',
    },
  },
  rationale: {
    en: 'Partner Center only creates customers, and customers can only accept reseller requests, in the markets of a CSP region. A country outside every region cannot be served through CSP at all.',
    'zh-TW':
      '合作夥伴中心只能在 CSP 區域內的市場建立客戶，客戶也只能在這些市場接受轉銷商關係要求。不屬於任何區域的國家/地區，完全無法透過 CSP 提供服務。',
  },
  fix: {
    en: 'Use the two-letter code Partner Center uses for the country (for example DE, TW, or XK for Kosovo). For the customer, use the country set in the tenant, not the head-office address.',
    'zh-TW':
      '請填入合作夥伴中心使用的兩碼國家/地區代碼（例如 DE、TW，科索沃為 XK）。客戶請填租用戶設定的國家/地區，而非總部地址。',
  },
  guide: '/guide/regions/#same-region',
  sources: [cite('regional-authorization-overview'), cite('partner-center-supported-languages-and-locales')],
  *check({ plan, catalog }): Generator<FindingInput> {
    for (const [field, country] of [
      ['partner', plan.partner.country],
      ['customer', plan.customer.country],
    ] as const) {
      if (catalog.market(country)) continue;
      const pointer = `/${field}/country`;
      const former = catalog.data.regions.formerMarkets?.find((m) => m.code === country);
      if (former) {
        yield { pointer, params: { code: country, name: former.name, note: former.note }, variant: 'former' };
        continue;
      }
      const suggestion = COMMON_MISTAKES[country];
      yield suggestion && catalog.market(suggestion)
        ? { pointer, params: { code: country, suggestion }, variant: 'suggestion' }
        : { pointer, params: { code: country } };
    }
  },
});
