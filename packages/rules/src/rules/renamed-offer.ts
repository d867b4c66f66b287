import { cite } from '../catalog/sources.ts';
import { targetOfferPointer } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'renamed-offer',
  severity: 'info',
  category: 'offer',
  title: { en: 'Offer has a new name', 'zh-TW': '供應項目已更名' },
  messages: {
    default: {
      en: '{offer:offer} is an old name: since {date:date} the product is called {current:offer}. It is the same product, so no licences have to be reassigned.',
      'zh-TW':
        '{offer:offer} 是舊名稱：自 {date:date} 起，這個產品已更名為 {current:offer}。兩者是同一個產品，不需要重新指派授權。',
    },
    target: {
      en: 'The target {offer:offer} is an old name: since {date:date} the product is called {current:offer}, and that is what Partner Center sells.',
      'zh-TW':
        '目標 {offer:offer} 是舊名稱：自 {date:date} 起，這個產品已更名為 {current:offer}，合作夥伴中心上架的是新名稱。',
    },
  },
  rationale: {
    en: 'Microsoft renamed several plans on 21 April 2020 without changing what they contain, their price or their identifiers. Old names still appear on invoices and in old notes, and one of them is a trap: the old "Office 365 Business Premium" is today\'s Business Standard, not today\'s Business Premium.',
    'zh-TW':
      'Microsoft 在 2020 年 4 月 21 日替多個方案改名，但內容、價格與識別碼都沒有改變。舊名稱仍會出現在發票或舊紀錄中，其中有個陷阱：舊的「Office 365 商務進階版」其實是現在的商務標準版，而不是現在的商務進階版。',
  },
  fix: {
    en: 'Nothing blocks the move. Use the current id in the plan to keep it clear, and when ordering in Partner Center look for the current name.',
    'zh-TW': '這不會妨礙移轉。建議在計畫檔中改用現行 id 以免混淆，並在合作夥伴中心下單時搜尋新名稱。',
  },
  guide: '/guide/offers/#renamed-offers',
  sources: [cite('new-subscription-names')],
  *check({ catalog, lines }): Generator<FindingInput> {
    const renamed = (id: string) => {
      const offer = catalog.offer(id);
      const current = catalog.current(id);
      return offer?.renamedTo && current ? { current: current.id, date: offer.renamedOn ?? '' } : undefined;
    };
    for (const line of lines) {
      const source = renamed(line.sub.offer);
      if (source) yield { pointer: `${line.pointer}/offer`, params: { offer: line.sub.offer, ...source } };
      for (const [j, id] of line.targets.entries()) {
        const target = renamed(id);
        if (target)
          yield { pointer: targetOfferPointer(line, j), params: { offer: id, ...target }, variant: 'target' };
      }
    }
  },
});
