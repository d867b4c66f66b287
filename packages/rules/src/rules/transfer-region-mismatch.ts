import { cite } from '../catalog/sources.ts';
import { transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-region-mismatch',
  severity: 'error',
  category: 'region',
  title: {
    en: 'Current partner in another CSP region',
    'zh-TW': '原合作夥伴位於其他 CSP 區域',
  },
  messages: {
    default: {
      en: 'The current partner {source} is in {sourceCountry:market}, in the {sourceRegion:region} region; your CSP tenant {partnerCountry:market} is in the {partnerRegion:region} region. Subscriptions transfer only between partners in the same region (partners and distributors state this for transfers; Microsoft states it for relationships): re-provision these lines instead.',
      'zh-TW':
        '原合作夥伴 {source} 位於 {sourceCountry:market}，屬於「{sourceRegion:region}」區域；您的 CSP 租用戶 {partnerCountry:market} 屬於「{partnerRegion:region}」區域。訂閱只能在同一區域的合作夥伴之間移轉（移轉的部分是合作夥伴與經銷商的說法，Microsoft 說明的是轉銷商關係的區域限制），這些訂閱請改用重新佈建。',
    },
    noSourcePartner: {
      en: 'The plan transfers {count:subscriptions} but has no transfer section naming the current partner and the country of its CSP tenant, so the same-region condition cannot be checked.',
      'zh-TW':
        '這份計畫要移轉 {count:subscriptions}，卻沒有 transfer 區段寫明原合作夥伴及其 CSP 租用戶的國家/地區，因此無法檢查是否位於同一區域。',
    },
  },
  rationale: {
    en: 'A CSP partner transacts only with customers in its own region, and transfers between partners follow the same line: both partners must be in one region. Microsoft states the regional rule for relationships; the transfer condition is stated by partners and distributors.',
    'zh-TW':
      'CSP 合作夥伴只能與自己區域內的客戶交易，合作夥伴間移轉也一樣：兩位合作夥伴必須位於同一區域。區域規則是 Microsoft 對轉銷商關係的說明；移轉的這項條件則來自合作夥伴與經銷商的說明。',
  },
  fix: {
    en: "Add the transfer section with the current partner's name and country if it is missing. Check transfer.sourcePartner.country (the country of the current partner's CSP tenant). If it really is in another region, plan these lines as a re-provision, or have a partner tenant in that region take the transfer.",
    'zh-TW':
      '若缺少 transfer 區段，請補上原合作夥伴的名稱與國家/地區。請確認 transfer.sourcePartner.country（原合作夥伴 CSP 租用戶的國家/地區）。若確實位於其他區域，這些訂閱請改以重新佈建規劃，或由您在該區域的合作夥伴租用戶承接移轉。',
  },
  guide: '/guide/partner-transfers/#same-region',
  sources: [
    cite('transition-seat-based-services'),
    cite('request-a-relationship-with-a-customer'),
    cite('evolveip-transfers'),
  ],
  *check({ plan, lines, catalog }): Generator<FindingInput> {
    const moving = transferLines(lines);
    if (moving.length === 0) return;
    if (!plan.transfer) {
      yield {
        pointer: `${moving[0]?.pointer}/path`,
        variant: 'noSourcePartner',
        severity: 'warning',
        params: { count: moving.length },
      };
      return;
    }
    const { sourcePartner } = plan.transfer;
    const partner = catalog.market(plan.partner.country);
    const source = catalog.market(sourcePartner.country);
    // Unknown countries are unknown-market's concern (for the partner) or cannot be judged.
    if (!partner || !source || partner.region.id === source.region.id) return;
    yield {
      pointer: '/transfer/sourcePartner/country',
      related: ['/partner/country'],
      params: {
        source: sourcePartner.name,
        sourceCountry: sourcePartner.country,
        sourceRegion: source.region.id,
        partnerCountry: plan.partner.country,
        partnerRegion: partner.region.id,
      },
    };
  },
});
