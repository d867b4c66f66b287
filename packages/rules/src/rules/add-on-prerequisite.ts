import { cite } from '../catalog/sources.ts';
import { compareDates } from '../dates.ts';
import { qualifies, seatsAfterMove } from './seats.ts';
import { targetOfferPointer } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'add-on-prerequisite',
  severity: 'error',
  category: 'licences',
  title: {
    en: 'Add-on without an eligible base licence',
    'zh-TW': '附加元件缺少符合資格的基礎授權',
  },
  messages: {
    default: {
      en: 'Line "{subscription}": {addOn:offer} is planned for {needed} users, but after the move the tenant has an eligible base plan for only {have}. Each user of it needs one of: {bases:offers}.',
      'zh-TW':
        '訂閱「{subscription}」：計畫為 {needed} 位使用者購買 {addOn:offer}，但移轉後租用戶只有 {have} 個符合資格的基礎方案。每位使用者都需要下列其中之一：{bases:offers}。',
    },
  },
  rationale: {
    en: 'Microsoft sells some add-ons, Microsoft 365 Copilot and Copilot Business among them, only on top of certain base plans, one base licence per add-on licence. The base may come from any partner or channel, but it has to be in the tenant; otherwise the order is refused or the add-on cannot be assigned.',
    'zh-TW':
      'Microsoft 的部分附加元件（包括 Microsoft 365 Copilot 與 Copilot Business）只能加購在特定的基礎方案之上，每個附加元件授權都需要一個基礎授權。基礎方案可以來自任何合作夥伴或管道，但必須存在於租用戶中；否則訂單會被拒絕，或附加元件無法指派。',
  },
  fix: {
    en: 'Make sure as many users as get the add-on hold an eligible base plan after the move: add it to the plan, or list the base plans the tenant keeps under customer.otherSubscriptions. Otherwise lower the add-on quantity.',
    'zh-TW':
      '請確認移轉後，取得附加元件的使用者人數不超過持有符合資格之基礎方案的人數：把基礎方案加入計畫，或在 customer.otherSubscriptions 列出租用戶保留的基礎方案；否則請降低附加元件的授權數。',
  },
  guide: '/guide/offers/#add-on-prerequisites',
  sources: [
    cite('microsoft-365-copilot-licensing'),
    cite('copilot-business-faq'),
    cite('what-is-microsoft-entra-agent-id'),
  ],
  *check({ plan, catalog, lines }): Generator<FindingInput> {
    // Every add-on with prerequisites that some line buys, in the order the lines first name them.
    const addOns = new Map<string, { bases: string[]; from?: string }>();
    for (const line of lines) {
      for (const id of line.targets) {
        const prerequisites = catalog.current(id)?.prerequisites;
        const key = catalog.current(id)?.id ?? id;
        if (prerequisites && !addOns.has(key)) addOns.set(key, prerequisites);
      }
    }
    for (const [addOn, { bases, from }] of addOns) {
      const isAddOn = (id: string) => catalog.current(id)?.id === addOn;
      // Bases required only from a date: a line provisioned before it was bought without them.
      const bought = from
        ? lines.filter((l) => !l.provisionOn || compareDates(l.provisionOn, from) >= 0)
        : lines;
      if (!bought.some((l) => l.targets.some(isAddOn))) continue;
      const needed = seatsAfterMove(plan, bought, isAddOn);
      const have = seatsAfterMove(plan, lines, (id) => !isAddOn(id) && qualifies(catalog, id, bases));
      if (have >= needed) continue;
      for (const line of bought) {
        const j = line.targets.findIndex(isAddOn);
        if (j < 0) continue;
        yield {
          pointer: targetOfferPointer(line, j),
          params: { subscription: line.sub.id, addOn, needed, have, bases },
        };
      }
    }
  },
});
