import { cite } from '../catalog/sources.ts';
import { listJoin } from '../messages/labels.ts';
import type { Localized } from '../messages/locales.ts';
import type { Term } from '../plan/schema.ts';
import { seatsAfterMove } from './seats.ts';
import { targetOfferPointer } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

// How a term reads in a message; one table for the closed list of terms.
const TERM_WORDS: Record<Term, Localized> = {
  monthly: { en: 'monthly (P1M)', 'zh-TW': '月約（P1M）' },
  annual: { en: 'annual (P1Y)', 'zh-TW': '年約（P1Y）' },
  triennial: { en: 'three-year (P3Y)', 'zh-TW': '三年約（P3Y）' },
};

const termList = (terms: readonly Term[]): Localized => ({
  en: listJoin(
    terms.map((t) => TERM_WORDS[t].en),
    'en',
  ),
  'zh-TW': listJoin(
    terms.map((t) => TERM_WORDS[t]['zh-TW']),
    'zh-TW',
  ),
});

export default defineRule({
  id: 'add-on-limits',
  severity: 'error',
  category: 'licences',
  title: {
    en: 'Add-on over its seat cap or on a term it is not sold with',
    'zh-TW': '附加元件超過授權數上限，或採用不提供的合約期',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": the tenant would hold {total} licences of {addOn:offer}, but it is sold for at most {cap} per tenant.',
      'zh-TW':
        '訂閱「{subscription}」：租用戶將持有 {total} 個 {addOn:offer} 授權，但每個租用戶最多只能購買 {cap} 個。',
    },
    term: {
      en: 'Line "{subscription}": {addOn:offer} is planned on a {term} term, but it is sold only on: {terms}.',
      'zh-TW': '訂閱「{subscription}」：{addOn:offer} 計畫採用{term}，但它只提供：{terms}。',
    },
  },
  rationale: {
    en: 'Some add-ons have limits of their own. Microsoft 365 Copilot Business is sold for at most 300 seats per tenant and only with an annual commitment (billed monthly or yearly), never month to month. An order outside those limits is refused.',
    'zh-TW':
      '部分附加元件有自己的限制。Microsoft 365 Copilot Business 每個租用戶最多 300 個授權，而且只提供年約（可按月或按年付款），沒有月約。超出這些限制的訂單會被拒絕。',
  },
  fix: {
    en: 'Keep the add-on within its cap (for more than 300 Copilot users, choose Microsoft 365 Copilot on an Enterprise plan) and set target.term to a term it is sold with.',
    'zh-TW':
      '請讓附加元件維持在上限之內（Copilot 使用者超過 300 位時，請改用企業版方案搭配 Microsoft 365 Copilot），並將 target.term 設為它有提供的合約期。',
  },
  guide: '/guide/offers/#add-on-prerequisites',
  sources: [cite('copilot-business-faq')],
  *check({ plan, catalog, lines }): Generator<FindingInput> {
    const totals = new Map<string, number>();
    for (const line of lines) {
      for (const [j, id] of line.targets.entries()) {
        const offer = catalog.current(id);
        const prerequisites = offer?.prerequisites;
        if (!offer || !prerequisites) continue;
        const pointer = targetOfferPointer(line, j);
        const subscription = line.sub.id;
        const cap = prerequisites.seatCap;
        if (cap !== undefined) {
          // Counted once per add-on: every line and kept subscription of it in the tenant.
          const total =
            totals.get(offer.id) ?? seatsAfterMove(plan, lines, (x) => catalog.current(x)?.id === offer.id);
          totals.set(offer.id, total);
          if (total > cap) yield { pointer, params: { subscription, addOn: offer.id, total, cap } };
        }
        const term = line.sub.target.term;
        if (prerequisites.terms && term !== undefined && !prerequisites.terms.includes(term)) {
          yield {
            pointer: `${line.pointer}/target/term`,
            related: [pointer],
            variant: 'term',
            params: {
              subscription,
              addOn: offer.id,
              term: TERM_WORDS[term],
              terms: termList(prerequisites.terms),
            },
          };
        }
      }
    }
  },
});
