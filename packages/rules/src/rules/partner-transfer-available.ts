import { cite } from '../catalog/sources.ts';
import { overlapCost, sameTransferRegion } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'partner-transfer-available',
  severity: 'info',
  category: 'plan',
  title: {
    en: 'A partner transfer would avoid buying again',
    'zh-TW': '改用合作夥伴間移轉就不必重新購買',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" comes from another CSP partner in new commerce, yet it is planned as a re-provision: {seats} seats are paid twice for {days} days, from {date:date} to {sourceEnds:date} ({seatDays} seat-days). A partner transfer moves the same subscription to you mid-term, with no second purchase, no overlap and no licence reassignment.',
      'zh-TW':
        '訂閱「{subscription}」來自其他 CSP 合作夥伴的新商務，卻規劃為重新佈建：從 {date:date} 到 {sourceEnds:date} 的 {days} 天裡，{seats} 個授權要付兩次費用（共 {seatDays} 個授權日）。改用合作夥伴間移轉，同一個訂閱會在期間中直接轉給您，不必重新購買、沒有重疊期，也不必重新指派授權。',
    },
    noOverlap: {
      en: 'Line "{subscription}" comes from another CSP partner in new commerce, yet it is planned as a re-provision. A partner transfer moves the same subscription to you mid-term, with no second purchase, no licence reassignment and no risk of a gap between the two subscriptions.',
      'zh-TW':
        '訂閱「{subscription}」來自其他 CSP 合作夥伴的新商務，卻規劃為重新佈建。改用合作夥伴間移轉，同一個訂閱會在期間中直接轉給您，不必重新購買、不必重新指派授權，新舊訂閱之間也不會有中斷的風險。',
    },
  },
  rationale: {
    en: 'Since 2024 new-commerce license subscriptions can be transferred between CSP partners in Partner Center: the new partner creates the request, the current partner approves, and billing changes hands mid-term. Users keep their licences. Buying again only makes sense when the current partner will not approve in time or the customer wants a different offer now; lines that change the offer are therefore left alone.',
    'zh-TW':
      '自 2024 年起，新商務授權型訂閱可以在合作夥伴中心於 CSP 合作夥伴之間移轉：由新合作夥伴建立要求、原合作夥伴核准，計費就在期間中轉手。使用者的授權不受影響。只有在原合作夥伴無法及時核准，或客戶現在就想換供應項目時，重新購買才划算；因此要換供應項目的訂閱，這條規則不會提出建議。',
  },
  fix: {
    en: 'Set path: partner-transfer on the line (target equal to the source, no provision date) and add the plan-level transfer section naming the current partner; keep the re-provision as the fallback. To keep the re-provision on purpose, write path: reprovision on the line.',
    'zh-TW':
      '請在這一行設定 path: partner-transfer（目標與原訂閱相同、不填佈建日期），並在計畫中加入 transfer 區段，寫明原合作夥伴；重新佈建則保留作為備援方案。若確定要重新佈建，請在這一行寫明 path: reprovision。',
  },
  guide: '/guide/paths/#from-another-csp-partner',
  sources: [
    cite('transfer-subscriptions'),
    cite('transfer-new-commerce-license-based-subscriptions'),
    cite('evolveip-transfers'),
    cite('cloudcockpit-transfers'),
  ],
  *check({ plan, lines, catalog }): Generator<FindingInput> {
    // A current partner in another region cannot transfer; transfer-region-mismatch explains why.
    if (sameTransferRegion(plan, catalog) === false) return;
    for (const line of lines) {
      const { sub } = line;
      // An explicit `path: reprovision` records that buying again is chosen on purpose.
      if (sub.channel !== 'csp' || sub.path !== undefined) continue;
      // A transfer keeps the offer: a line that moves to another offer is a re-provision by design.
      if (line.targets.length !== 1 || line.targets[0] !== sub.offer) continue;
      const { days, seats, seatDays } = overlapCost(line);
      const pointer = `${line.pointer}/channel`;
      if (days === 0 || !line.provisionOn) {
        yield { pointer, variant: 'noOverlap', params: { subscription: sub.id } };
        continue;
      }
      yield {
        pointer,
        related: [`${line.pointer}/target/provisionOn`, `${line.pointer}/termEnd`],
        params: {
          subscription: sub.id,
          seats,
          days,
          seatDays,
          date: line.provisionOn,
          sourceEnds: line.sourceEnds,
        },
      };
    }
  },
});
