import { cite } from '../catalog/sources.ts';
import { unavailable } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'retired-offer-no-equivalent',
  severity: 'error',
  category: 'offer',
  title: {
    en: 'Retired offer moved to itself',
    'zh-TW': '已淘汰的供應項目仍以原方案移轉',
  },
  messages: {
    default: {
      en: 'The customer has {offer:offer}, which is no longer sold (since {date:date}), and the target is the same offer, so nothing can be bought. Move to a replacement such as {replacement:offers}.',
      'zh-TW':
        '客戶目前使用的 {offer:offer} 自 {date:date} 起已不再銷售，目標卻仍是同一個供應項目，因此無法購買。請改用替代方案，例如 {replacement:offers}。',
    },
    noReplacement: {
      en: 'The customer has {offer:offer}, which is no longer sold (since {date:date}), and the target is the same offer, so nothing can be bought. The catalog lists no replacement: choose a current plan that contains every service the customer uses.',
      'zh-TW':
        '客戶目前使用的 {offer:offer} 自 {date:date} 起已不再銷售，目標卻仍是同一個供應項目，因此無法購買。目錄中沒有列出替代方案：請選擇涵蓋客戶所有使用中服務的現行方案。',
    },
  },
  rationale: {
    en: "A customer can keep a discontinued offer until it ends, but a new partner has to buy it again, and that is no longer possible. To avoid losing data, the move has to go to an equivalent offer, and users' licences have to be reassigned to it.",
    'zh-TW':
      '客戶可以繼續使用已停售的供應項目直到期滿，但新的合作夥伴必須重新購買，而這已經辦不到。為了避免資料遺失，移轉時必須改用對等的供應項目，並把使用者的授權重新指派過去。',
  },
  fix: {
    en: 'Set the target to one of the replacements listed for the offer in the offers reference (a single offer or a bundle), and plan the licence reassignment.',
    'zh-TW': '請把目標改為供應項目參考頁為此方案列出的替代方案（單一供應項目或組合），並安排授權重新指派。',
  },
  guide: '/guide/offers/#retired-offers',
  sources: [
    cite('transition-seat-based-services-2023'),
    cite('migrate-office365-e4-subscriptions-to-newer-versions'),
  ],
  *check({ catalog, lines }): Generator<FindingInput> {
    for (const line of lines) {
      const source = catalog.current(line.sub.offer);
      if (!source || !unavailable(catalog, line.sub.offer)) continue;
      const relation = catalog.relation(line.sub.offer, line.targets);
      if (relation !== 'identical' && relation !== 'same') continue;
      const replacement = source.replacements?.[0]?.offers;
      yield {
        pointer: `${line.pointer}/target/offer`,
        related: [`${line.pointer}/offer`],
        params: {
          subscription: line.sub.id,
          offer: line.sub.offer,
          date: source.statusDate ?? '',
          ...(replacement ? { replacement } : {}),
        },
        ...(replacement ? {} : { variant: 'noReplacement' }),
      };
    }
  },
});
