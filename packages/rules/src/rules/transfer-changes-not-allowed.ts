import { cite } from '../catalog/sources.ts';
import type { Localized } from '../messages/locales.ts';
import { transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

const TERM: Record<string, Localized> = {
  monthly: { en: 'one-month', 'zh-TW': '一個月' },
  annual: { en: 'one-year', 'zh-TW': '一年' },
  triennial: { en: 'three-year', 'zh-TW': '三年' },
};

const BILLING: Record<string, Localized> = {
  monthly: { en: 'monthly', 'zh-TW': '每月' },
  annual: { en: 'annual', 'zh-TW': '每年' },
  triennial: { en: 'three-yearly', 'zh-TW': '每三年' },
};

export default defineRule({
  id: 'transfer-changes-not-allowed',
  severity: 'error',
  category: 'plan',
  title: {
    en: 'Transferred subscription changed in the same step',
    'zh-TW': '移轉的同時變更訂閱內容',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is transferred with {quantity} licences, but the subscription has {sourceQuantity}. A transfer moves the whole subscription: partial transfers and quantity changes during a transfer are not possible (partners and distributors state this; Microsoft\'s transfer pages do not).',
      'zh-TW':
        '訂閱「{subscription}」以 {quantity} 個授權移轉，但原訂閱有 {sourceQuantity} 個。移轉的是整個訂閱：不能只移轉一部分，移轉期間也不能變更數量（這是合作夥伴與經銷商的說法，Microsoft 的移轉說明沒有提到）。',
    },
    offer: {
      en: 'Line "{subscription}" is transferred as {target:offers}, but the subscription is {offer:offer}. A transfer keeps the offer (partners and distributors state this; Microsoft\'s transfer pages do not); change it after the transfer, or re-provision instead.',
      'zh-TW':
        '訂閱「{subscription}」要以 {target:offers} 移轉，但原訂閱是 {offer:offer}。移轉不會改變供應項目（這是合作夥伴與經銷商的說法，Microsoft 的移轉說明沒有提到）；請在移轉完成後再變更，或改用重新佈建。',
    },
    term: {
      en: 'Line "{subscription}" is transferred with a {targetTerm} term, but the subscription runs on a {term} term. The term and its end date stay as they are during a transfer.',
      'zh-TW':
        '訂閱「{subscription}」移轉後的期間設為 {targetTerm}，但原訂閱的期間是 {term}。移轉期間，訂閱的期間長度與期滿日都維持不變。',
    },
    billing: {
      en: 'Line "{subscription}" is transferred with {targetBilling} billing, but the subscription has {billing} billing. The billing frequency cannot change during a transfer.',
      'zh-TW':
        '訂閱「{subscription}」移轉後設為 {targetBilling} 計費，但原訂閱是 {billing} 計費。移轉期間不能變更計費頻率。',
    },
  },
  rationale: {
    en: 'A partner transfer changes who bills the subscription, nothing else: the same subscription, with its quantity, term, end date and billing frequency, moves as a whole. The new partner takes over the rest of the current term. Changes are made afterwards, within what new commerce allows.',
    'zh-TW':
      '合作夥伴間移轉只改變由誰計費：同一個訂閱連同數量、期間、期滿日與計費頻率整個移過來，新合作夥伴承接目前這一期剩下的時間。其他變更要等移轉完成後，在新商務允許的範圍內進行。',
  },
  fix: {
    en: "Set the line's target to the source as it is (same offer, quantity, term and billing) and plan any change as a separate step after the transfer; or re-provision the line if the customer needs something else now.",
    'zh-TW':
      '請把這一行的目標設成與原訂閱相同（相同的供應項目、數量、期間與計費），其他變更排在移轉之後另外處理；若客戶現在就需要不同的內容，請改用重新佈建。',
  },
  guide: '/guide/partner-transfers/#whole-subscriptions',
  sources: [
    cite('transfer-new-commerce-license-based-subscriptions'),
    cite('evolveip-transfers'),
    cite('cloudcockpit-transfers'),
  ],
  *check({ lines }): Generator<FindingInput> {
    for (const line of transferLines(lines)) {
      const { sub, pointer } = line;
      const { target } = sub;
      const subscription = sub.id;
      if (line.targets.length !== 1 || line.targets[0] !== sub.offer) {
        yield {
          pointer: `${pointer}/target/offer`,
          related: [`${pointer}/offer`],
          variant: 'offer',
          params: { subscription, offer: sub.offer, target: line.targets },
        };
      }
      if (target.quantity !== sub.quantity) {
        yield {
          pointer: `${pointer}/target/quantity`,
          related: [`${pointer}/quantity`],
          params: { subscription, quantity: target.quantity, sourceQuantity: sub.quantity },
        };
      }
      if (target.term && sub.term && target.term !== sub.term) {
        yield {
          pointer: `${pointer}/target/term`,
          related: [`${pointer}/term`],
          variant: 'term',
          params: {
            subscription,
            term: TERM[sub.term] as Localized,
            targetTerm: TERM[target.term] as Localized,
          },
        };
      }
      if (target.billing && sub.billing && target.billing !== sub.billing) {
        yield {
          pointer: `${pointer}/target/billing`,
          related: [`${pointer}/billing`],
          variant: 'billing',
          params: {
            subscription,
            billing: BILLING[sub.billing] as Localized,
            targetBilling: BILLING[target.billing] as Localized,
          },
        };
      }
    }
  },
});
