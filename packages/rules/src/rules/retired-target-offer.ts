import { cite } from '../catalog/sources.ts';
import { targetOfferPointer, unavailable } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'retired-target-offer',
  severity: 'error',
  category: 'offer',
  title: {
    en: 'Target offer can no longer be bought',
    'zh-TW': '目標供應項目已無法購買',
  },
  messages: {
    default: {
      en: '{offer:offer} was retired on {date:date} and cannot be bought as a new subscription.',
      'zh-TW': '{offer:offer} 已於 {date:date} 淘汰，無法再購買新訂閱。',
    },
    withReplacement: {
      en: '{offer:offer} was retired on {date:date} and cannot be bought as a new subscription. Its catalogued replacement is {replacement:offers}.',
      'zh-TW':
        '{offer:offer} 已於 {date:date} 淘汰，無法再購買新訂閱。目錄列出的替代方案是 {replacement:offers}。',
    },
    endOfSale: {
      en: '{offer:offer} reached end of sale on {date:date}: existing subscriptions keep running, but a new one cannot be bought.',
      'zh-TW': '{offer:offer} 已於 {date:date} 停止銷售：現有訂閱仍可繼續使用，但無法再購買新訂閱。',
    },
    endOfSaleWithReplacement: {
      en: '{offer:offer} reached end of sale on {date:date}: existing subscriptions keep running, but a new one cannot be bought. Its catalogued replacement is {replacement:offers}.',
      'zh-TW':
        '{offer:offer} 已於 {date:date} 停止銷售：現有訂閱仍可繼續使用，但無法再購買新訂閱。目錄列出的替代方案是 {replacement:offers}。',
    },
  },
  rationale: {
    en: 'In a move the partner buys new subscriptions. An offer at end of sale keeps renewing for those who have it, and a retired one not even that, but neither can be ordered new, so the plan stops at the provisioning step.',
    'zh-TW':
      '移轉時，合作夥伴要購買的是新訂閱。停止銷售的供應項目只會替既有訂閱續訂，已淘汰的連續訂都不行，兩者都無法新購，計畫會卡在佈建這一步。',
  },
  fix: {
    en: 'Pick a target that is still sold: the current offer the retired one was renamed to, or one of its replacements in the offers reference.',
    'zh-TW': '請改選仍在銷售的目標：該供應項目改名後的現行版本，或供應項目參考頁列出的替代方案。',
  },
  guide: '/guide/offers/#retired-offers',
  sources: [cite('manage-end-of-sale-offers'), cite('migrate-office365-e4-subscriptions-to-newer-versions')],
  *check({ catalog, lines }): Generator<FindingInput> {
    for (const line of lines) {
      const relation = catalog.relation(line.sub.offer, line.targets);
      // Moving a retired source to itself is retired-offer-no-equivalent's finding.
      if (relation === 'identical' || relation === 'same') continue;
      for (const [j, id] of line.targets.entries()) {
        const record = catalog.current(id);
        if (!record || !unavailable(catalog, id)) continue;
        const replacement = record.replacements?.[0]?.offers;
        const endOfSale = record.status === 'end-of-sale';
        const variant = endOfSale
          ? replacement
            ? 'endOfSaleWithReplacement'
            : 'endOfSale'
          : replacement
            ? 'withReplacement'
            : undefined;
        yield {
          pointer: targetOfferPointer(line, j),
          params: {
            subscription: line.sub.id,
            offer: id,
            date: record.statusDate ?? '',
            ...(replacement ? { replacement } : {}),
          },
          ...(variant ? { variant } : {}),
        };
      }
    }
  },
});
