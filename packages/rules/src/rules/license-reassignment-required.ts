import { cite } from '../catalog/sources.ts';
import { judgeableRelation } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'license-reassignment-required',
  severity: 'warning',
  category: 'licences',
  title: { en: 'Licences must be reassigned', 'zh-TW': '必須重新指派授權' },
  messages: {
    default: {
      en: 'Line "{subscription}" moves from {offer:offer} to {targets:offers}, an equivalent offer but not the same one: every user has to be given a licence of the target before the source ends.',
      'zh-TW':
        '訂閱「{subscription}」從 {offer:offer} 改為 {targets:offers}，兩者對等但不是同一個供應項目：來源結束前，必須替每位使用者指派目標方案的授權。',
    },
    superset: {
      en: 'Line "{subscription}" moves from {offer:offer} up to {targets:offers}, which contains everything the source has: every user has to be given a licence of the target before the source ends.',
      'zh-TW':
        '訂閱「{subscription}」從 {offer:offer} 升級為 {targets:offers}，後者涵蓋來源的所有服務：來源結束前，必須替每位使用者指派目標方案的授權。',
    },
  },
  rationale: {
    en: 'When the target is the same offer, users keep the licence they have and notice nothing. A different offer, even one that keeps all data, is a different licence: users who are not moved to it lose access when the source ends.',
    'zh-TW':
      '目標若是相同的供應項目，使用者會保有原本的授權，完全不會察覺。不同的供應項目即使能保留所有資料，授權仍然不同：沒有改指派到新授權的使用者，會在來源結束時失去存取權。',
  },
  fix: {
    en: 'Plan the reassignment between the target provisioning and the end of the source: someone with the License Administrator role (the customer, or the partner through GDAP) assigns the new licence and removes the old one, user by user or with group-based licensing.',
    'zh-TW':
      '請在目標佈建後、來源結束前安排重新指派：由具備「授權管理員」角色的人（客戶本身，或透過 GDAP 的合作夥伴）逐一或以群組授權方式，指派新授權並移除舊授權。',
  },
  guide: '/guide/move/#licences',
  sources: [cite('transition-seat-based-services-2023'), cite('gdap-least-privileged-roles-by-task')],
  *check({ catalog, lines }): Generator<FindingInput> {
    for (const line of lines) {
      const relation = judgeableRelation(catalog, line);
      if (relation !== 'equivalent' && relation !== 'superset') continue;
      yield {
        pointer: `${line.pointer}/target/offer`,
        related: [`${line.pointer}/offer`],
        params: { subscription: line.sub.id, offer: line.sub.offer, targets: line.targets, kind: relation },
        ...(relation === 'superset' ? { variant: 'superset' } : {}),
      };
    }
  },
});
