import { cite } from '../catalog/sources.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'duplicate-subscription-id',
  severity: 'error',
  category: 'plan',
  title: { en: 'Two lines share an id', 'zh-TW': '兩行訂閱使用相同的 id' },
  messages: {
    default: {
      en: 'The id "{id}" is already used by line {first}. Every line needs its own id so that add-ons, findings and the checklist can name it.',
      'zh-TW':
        'id「{id}」已被第 {first} 行使用。每一行都需要獨一無二的 id，附加元件、檢查結果與檢查清單才能正確指到它。',
    },
  },
  rationale: {
    en: 'Lines are referred to by their id: an add-on names its base with it, and findings, suppressions and the timeline use it to say which subscription they mean. With two lines under one id, those references become ambiguous.',
    'zh-TW':
      '計畫中的每一行都以 id 識別：附加元件靠它指定基礎訂閱，檢查結果、抑制註解和時間軸也靠它說明指的是哪一個訂閱。兩行共用同一個 id，這些參照就會混淆。',
  },
  fix: {
    en: 'Give the line a unique id, for example the offer and a number (e3-2), and update any addOnOf that should point to it.',
    'zh-TW': '請替這一行取一個不重複的 id，例如供應項目加上編號（e3-2），並更新所有應指向它的 addOnOf。',
  },
  guide: '/guide/move/#add-ons',
  sources: [cite('csp-move-plan-file')],
  *check({ lines }): Generator<FindingInput> {
    const first = new Map<string, number>();
    for (const line of lines) {
      const seen = first.get(line.sub.id);
      if (seen === undefined) {
        first.set(line.sub.id, line.index);
        continue;
      }
      yield {
        pointer: `${line.pointer}/id`,
        related: [`/subscriptions/${seen}/id`],
        // Lines are numbered from 1 for people; the pointer keeps the 0-based index.
        params: { id: line.sub.id, first: seen + 1 },
      };
    }
  },
});
