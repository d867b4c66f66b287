import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'license-shortfall',
  severity: 'error',
  category: 'licences',
  title: { en: 'Fewer licences on the target', 'zh-TW': '新訂閱的授權數不足' },
  messages: {
    default: {
      en: 'Line "{subscription}": the target has {quantity} licences, but {assigned} are assigned to users today: {missing} of them would be left without one.',
      'zh-TW':
        '訂閱「{subscription}」：目標只有 {quantity} 個授權，但目前已有 {assigned} 個指派給使用者，會有 {missing} 位使用者失去授權。',
    },
    belowSource: {
      en: 'Line "{subscription}": the target has {quantity} licences, {missing} fewer than the {sourceQuantity} on the source. Every assigned user is covered, but check that the spare licences are really not needed.',
      'zh-TW':
        '訂閱「{subscription}」：目標有 {quantity} 個授權，比來源的 {sourceQuantity} 個少了 {missing} 個。已指派的使用者都還有授權，但請確認這些多出來的授權確實用不到。',
    },
  },
  rationale: {
    en: 'A move is invisible to users only if the number of licences stays the same. When the new subscription has fewer licences than are assigned, some users lose their licence when the old subscription ends, and with it their access to mail and files.',
    'zh-TW':
      '授權數維持不變，使用者才不會察覺這次移轉。新訂閱的授權數若少於已指派的數量，舊訂閱結束時就會有使用者失去授權，也就無法再存取郵件與檔案。',
  },
  fix: {
    en: 'Order at least as many licences as are assigned (better: as many as the source has). If fewer are really needed, remove the licences from the users who leave before the source ends.',
    'zh-TW':
      '目標授權數至少要等於已指派的數量，最好與來源相同。若確實只需要較少授權，請在來源結束前，先收回不再需要之使用者的授權。',
  },
  guide: '/guide/move/#licences',
  sources: [cite('transition-seat-based-services-2023')],
  *check({ lines }): Generator<FindingInput> {
    for (const line of lines) {
      const { quantity, assigned, target } = line.sub;
      const pointer = `${line.pointer}/target/quantity`;
      if (typeof assigned === 'number' && target.quantity < assigned) {
        yield {
          pointer,
          related: [`${line.pointer}/assigned`],
          params: {
            subscription: line.sub.id,
            quantity: target.quantity,
            assigned,
            missing: assigned - target.quantity,
          },
        };
      } else if (target.quantity < quantity) {
        yield {
          pointer,
          severity: 'warning',
          variant: 'belowSource',
          related: [`${line.pointer}/quantity`],
          params: {
            subscription: line.sub.id,
            quantity: target.quantity,
            sourceQuantity: quantity,
            missing: quantity - target.quantity,
          },
        };
      }
    }
  },
});
