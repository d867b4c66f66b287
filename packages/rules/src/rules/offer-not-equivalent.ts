import { cite } from '../catalog/sources.ts';
import { teamsDroppedTarget } from './seats.ts';
import { judgeableRelation } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'offer-not-equivalent',
  severity: 'error',
  category: 'offer',
  title: {
    en: 'Target is not the same or an equivalent offer',
    'zh-TW': '目標不是相同或對等的供應項目',
  },
  messages: {
    default: {
      en: '{targets:offers} is neither the same offer as {offer:offer} nor a catalogued replacement for it. Services the customer uses today may be missing from the target, and their data can be lost.',
      'zh-TW':
        '{targets:offers} 既不是與 {offer:offer} 相同的供應項目，也不在它的替代方案清單中。客戶目前使用的服務可能不在目標方案裡，相關資料可能因此遺失。',
    },
    smaller: {
      en: '{targets:offers} is a smaller plan than {offer:offer}: services the customer uses today are not in it, and their data can be lost.',
      'zh-TW':
        '{targets:offers} 是比 {offer:offer} 小的方案：客戶目前使用的部分服務不在其中，相關資料可能因此遺失。',
    },
  },
  rationale: {
    en: 'Moving to the same offer keeps every service and all data, and users notice nothing. A different offer keeps the data only if it is a documented replacement or a plan that contains the source. Anything else can drop services, and with them the data stored in them.',
    'zh-TW':
      '移轉到相同的供應項目，所有服務與資料都會保留，使用者不會察覺任何變化。改用不同的供應項目時，只有官方列出的替代方案，或完整涵蓋來源的方案，才能保住資料；其他選擇都可能少掉某些服務，連帶失去存放在其中的資料。',
  },
  fix: {
    en: 'Provision the same offer, its current name, or one of the replacements listed in the offers reference. If the customer really wants a smaller plan, export the data of the services that go away first, and keep that step outside this move.',
    'zh-TW':
      '請佈建相同的供應項目、其現行名稱，或供應項目參考頁列出的替代方案。若客戶確實要改用較小的方案，請先匯出即將消失之服務中的資料，並把這一步與本次移轉分開處理。',
  },
  guide: '/guide/offers/#same-or-equivalent',
  sources: [
    cite('transition-seat-based-services-2023'),
    cite('migrate-office365-e4-subscriptions-to-newer-versions'),
  ],
  *check({ catalog, lines }): Generator<FindingInput> {
    for (const line of lines) {
      if (judgeableRelation(catalog, line) !== undefined) continue;
      // The same suite without Teams loses only Teams: teams-split-incomplete judges it, counting the
      // Teams licences bought elsewhere in the plan or kept by the tenant.
      if (teamsDroppedTarget(catalog, line) !== undefined && line.targets.length === 1) continue;
      const offer = line.sub.offer;
      // The reverse question tells a downgrade apart from an unrelated product.
      const smaller =
        line.targets.length === 1 && catalog.relation(line.targets[0] as string, [offer]) === 'superset';
      yield {
        pointer: `${line.pointer}/target/offer`,
        related: [`${line.pointer}/offer`],
        params: { subscription: line.sub.id, offer, targets: line.targets },
        ...(smaller ? { variant: 'smaller' } : {}),
      };
    }
  },
});
