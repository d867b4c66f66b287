import { cite } from '../catalog/sources.ts';
import type { Line } from './types.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'triennial-minimum',
  severity: 'error',
  category: 'licences',
  title: {
    en: 'Too few seats for a three-year term',
    'zh-TW': '三年約的授權數不足',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": {offer:offer} on a three-year term needs at least {min} seats of that offer, but the plan orders {quantity}.',
      'zh-TW':
        '訂閱「{subscription}」：{offer:offer} 採三年約時，該供應項目至少需要 {min} 個授權，但計畫只訂購 {quantity} 個。',
    },
  },
  rationale: {
    en: 'Since 2025-06-01 Microsoft 365 E3 and E5 (with or without Teams) and Teams Enterprise can be bought in CSP on a three-year term, but only with at least 100 seats of each offer (the minimum counts per offer, not per tenant or product family). A smaller order on that term is refused.',
    'zh-TW':
      '自 2025-06-01 起，Microsoft 365 E3 與 E5（含或不含 Teams）以及 Teams Enterprise 可在 CSP 以三年約購買，但每個供應項目至少需要 100 個授權（下限按供應項目計算，而非按租用戶或產品系列）。低於下限的三年約訂單會被拒絕。',
  },
  fix: {
    en: 'Order at least the minimum of that offer on the three-year term, or buy it on an annual term (target.term: annual).',
    'zh-TW': '請以三年約訂購至少達下限的授權數，或改用年約（target.term: annual）。',
  },
  guide: '/guide/offers/#seat-limits',
  sources: [cite('csp-enhancements-faq-2025'), cite('licenseq-csp-enhancements')],
  *check({ catalog, lines, policies }): Generator<FindingInput> {
    const min = policies.triennialMinSeats;
    // Seats per offer across every three-year line of it: the minimum is per offer.
    const byOffer = new Map<string, Line[]>();
    for (const line of lines) {
      if (line.sub.target.term !== 'triennial') continue;
      for (const id of line.targets) {
        const offer = catalog.current(id);
        if (!offer?.seatRules?.includes('triennial-minimum')) continue;
        byOffer.set(offer.id, [...(byOffer.get(offer.id) ?? []), line]);
      }
    }
    for (const [offer, group] of byOffer) {
      const quantity = group.reduce((sum, line) => sum + line.sub.target.quantity, 0);
      if (quantity >= min) continue;
      for (const line of group) {
        yield {
          pointer: `${line.pointer}/target/quantity`,
          related: [`${line.pointer}/target/term`],
          params: { subscription: line.sub.id, offer, quantity, min },
        };
      }
    }
  },
});
