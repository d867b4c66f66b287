import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'region-mismatch',
  severity: 'error',
  category: 'region',
  title: {
    en: 'Partner and customer are in different CSP regions',
    'zh-TW': '合作夥伴與客戶位於不同的 CSP 區域',
  },
  messages: {
    default: {
      en: "The customer's tenant country {customerCountry:market} is in the {customerRegion:region} region, but the partner's CSP tenant {partnerCountry:market} sells in the {partnerRegion:region} region. A partner can only take over customers in its own region.",
      'zh-TW':
        '客戶租用戶的國家/地區 {customerCountry:market} 屬於「{customerRegion:region}」區域，但合作夥伴的 CSP 租用戶 {partnerCountry:market} 只能在「{partnerRegion:region}」區域銷售。合作夥伴只能接手同一區域內的客戶。',
    },
  },
  rationale: {
    en: "A CSP partner tenant can transact only with customers whose tenant country is in the partner's CSP region. What counts is the country set in the customer's tenant, not where the company or its users are. Partner Center refuses to create such a customer, and the customer cannot accept the reseller request.",
    'zh-TW':
      'CSP 合作夥伴的租用戶只能與「租用戶國家/地區」位於同一 CSP 區域的客戶交易。判斷依據是客戶租用戶中設定的國家/地區，而不是公司或使用者所在地。區域不符時，合作夥伴中心無法建立該客戶，客戶也無法接受轉銷商關係要求。',
  },
  fix: {
    en: "Check the country in the customer's tenant (Microsoft 365 admin center, organization profile). If it really is in another region, the move has to go through the partner's CSP tenant in that region, or through a partner there. The tenant's country cannot be changed after the tenant is created.",
    'zh-TW':
      '請先確認客戶租用戶設定的國家/地區（Microsoft 365 系統管理中心的組織設定檔）。若確實位於其他區域，必須改由合作夥伴在該區域的 CSP 租用戶，或由當地的合作夥伴辦理。租用戶建立後就無法變更國家/地區。',
  },
  guide: '/guide/regions/#same-region',
  sources: [cite('transition-seat-based-services-2023'), cite('regional-authorization-overview')],
  *check({ plan, catalog }): Generator<FindingInput> {
    const partner = catalog.market(plan.partner.country);
    const customer = catalog.market(plan.customer.country);
    // Unknown countries are reported by unknown-market; comparing them here would only repeat it.
    if (!partner || !customer || partner.region.id === customer.region.id) return;
    yield {
      pointer: '/customer/country',
      related: ['/partner/country'],
      params: {
        customerCountry: plan.customer.country,
        customerRegion: customer.region.id,
        partnerCountry: plan.partner.country,
        partnerRegion: partner.region.id,
      },
    };
  },
});
