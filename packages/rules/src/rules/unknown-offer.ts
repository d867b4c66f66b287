import { cite } from '../catalog/sources.ts';
import { closest } from '../suggest.ts';
import { targetOfferPointer } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'unknown-offer',
  severity: 'error',
  category: 'offer',
  title: { en: 'Offer not in the catalog', 'zh-TW': '目錄中沒有這個供應項目' },
  messages: {
    default: {
      en: '{offer:offer} is not an offer in the catalog, so csp-move cannot tell what the customer has today or what it can be replaced with.',
      'zh-TW':
        '目錄中沒有 {offer:offer} 這個供應項目，因此 csp-move 無法判斷客戶目前使用的是什麼，也無法判斷可用什麼取代。',
    },
    suggestion: {
      en: '{offer:offer} is not an offer in the catalog. Did you mean {suggestion:offer}?',
      'zh-TW': '目錄中沒有 {offer:offer} 這個供應項目。您是不是要填 {suggestion:offer}？',
    },
    target: {
      en: '{offer:offer} is not an offer in the catalog, so csp-move cannot check that the target keeps every service the customer uses.',
      'zh-TW':
        '目錄中沒有 {offer:offer} 這個供應項目，因此 csp-move 無法確認新訂閱是否保有客戶目前使用的所有服務。',
    },
    targetSuggestion: {
      en: 'The target {offer:offer} is not an offer in the catalog. Did you mean {suggestion:offer}?',
      'zh-TW': '目標供應項目 {offer:offer} 不在目錄中。您是不是要填 {suggestion:offer}？',
    },
  },
  rationale: {
    en: "Whether a move keeps the customer's data depends on how the target offer relates to the source: the same offer, a renamed one, a documented replacement, or a larger plan. That can only be checked for offers the catalog knows; every other offer rule skips a line with an unknown offer.",
    'zh-TW':
      '移轉後客戶資料能否完整保留，取決於目標供應項目與來源的關係：相同供應項目、改名後的同一產品、官方列出的替代方案，或涵蓋範圍更大的方案。只有目錄中已知的供應項目才能判斷；含有未知供應項目的訂閱，其他供應項目規則都會略過不檢查。',
  },
  fix: {
    en: 'Use the offer id from the offers reference (the kebab-case of the product name, for example office-365-e3). If the offer really is missing, add it in a catalog extension file with --catalog.',
    'zh-TW':
      '請改用供應項目參考頁上的 id（產品名稱的 kebab-case 寫法，例如 office-365-e3）。若目錄確實缺少這個供應項目，請用 --catalog 指定的目錄擴充檔補上。',
  },
  guide: '/guide/offers/#same-or-equivalent',
  sources: [cite('licensing-service-plan-reference'), cite('transition-seat-based-services-2023')],
  *check({ catalog, lines }): Generator<FindingInput> {
    const ids = catalog.offers.map((offer) => offer.id);
    const finding = (offer: string, pointer: string, role: 'source' | 'target'): FindingInput => {
      const suggestion = closest(offer, ids);
      if (suggestion) {
        return {
          pointer,
          params: { offer, suggestion },
          variant: role === 'source' ? 'suggestion' : 'targetSuggestion',
        };
      }
      return role === 'source'
        ? { pointer, params: { offer } }
        : { pointer, params: { offer }, variant: 'target' };
    };
    for (const line of lines) {
      if (!catalog.offer(line.sub.offer)) yield finding(line.sub.offer, `${line.pointer}/offer`, 'source');
      for (const [j, target] of line.targets.entries()) {
        if (!catalog.offer(target)) yield finding(target, targetOfferPointer(line, j), 'target');
      }
    }
  },
});
