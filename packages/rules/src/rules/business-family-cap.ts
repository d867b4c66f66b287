import { cite } from '../catalog/sources.ts';
import { seatsAfterMove } from './seats.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'business-family-cap',
  severity: 'error',
  category: 'licences',
  title: {
    en: 'More than 300 Business seats in one tenant',
    'zh-TW': '單一租用戶的商務方案授權超過 300 個',
  },
  messages: {
    default: {
      en: 'After the move the tenant would hold {total} seats of Microsoft 365 Business plans ({offers:offers}), more than the {cap} the Business family allows per tenant in total.',
      'zh-TW':
        '移轉後租用戶將持有 {total} 個 Microsoft 365 商務方案授權（{offers:offers}），超過商務方案系列每個租用戶合計 {cap} 個的上限。',
    },
  },
  rationale: {
    en: 'Microsoft 365 Business Basic, Standard, Premium and Apps for business are made for up to 300 users. The cap counts all of them together in one tenant, with or without Teams, not each plan on its own: with 250 Business Premium seats only 50 more Business seats of any kind fit. Microsoft reserves the right to enforce it.',
    'zh-TW':
      'Microsoft 365 商務基本版、標準版、進階版與商務應用程式，是為最多 300 位使用者設計的。這個上限是同一租用戶內所有商務方案（含或不含 Teams）的合計，而非每個方案各自計算：已有 250 個商務進階版授權時，其他任何商務方案合計只能再買 50 個。Microsoft 保留強制執行此上限的權利。',
  },
  fix: {
    en: 'Keep the Business seats at or under the cap, counting those the tenant keeps outside the plan (customer.otherSubscriptions), and move the users above it to Enterprise plans. Business and Enterprise plans can be mixed in one tenant.',
    'zh-TW':
      '請讓商務方案授權（包括租用戶在計畫外保留、列於 customer.otherSubscriptions 的授權）維持在上限以內，超出的使用者改用企業版方案。同一租用戶可以混用商務版與企業版方案。',
  },
  guide: '/guide/offers/#seat-limits',
  sources: [
    cite('licensing-faqs-microsoft-365', { section: 'Business plans support a maximum of 300 users' }),
    cite('office-365-plan-options'),
  ],
  *check({ plan, catalog, lines, policies }): Generator<FindingInput> {
    const inFamily = (id: string) => catalog.current(id)?.seatRules?.includes('business-family') === true;
    const cap = policies.businessFamilyCap;
    const total = seatsAfterMove(plan, lines, inFamily);
    if (total <= cap) return;
    const contributing = lines.filter((line) => line.targets.some(inFamily));
    const offers = [
      ...new Set(
        [
          ...contributing.flatMap((l) => l.targets),
          ...(plan.customer.otherSubscriptions ?? []).map((k) => k.offer),
        ].filter(inFamily),
      ),
    ];
    const [first, ...others] = contributing;
    yield {
      pointer: first ? `${first.pointer}/target/quantity` : '/customer/otherSubscriptions',
      related: others.map((l) => `${l.pointer}/target/quantity`),
      params: { total, cap, offers },
    };
  },
});
