import { cite } from '../catalog/sources.ts';
import { compareDates } from '../dates.ts';
import { closest } from '../suggest.ts';
import { firstLineById } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'add-on-without-base',
  severity: 'error',
  category: 'plan',
  title: { en: 'Add-on without a base that moves', 'zh-TW': '附加元件沒有一起移轉的基礎訂閱' },
  messages: {
    default: {
      en: 'Line "{subscription}" is an add-on of "{base}", but no line in the plan has that id. An add-on moves only together with its base subscription.',
      'zh-TW':
        '訂閱「{subscription}」是「{base}」的附加元件，但計畫中沒有這個 id 的訂閱。附加元件必須與其基礎訂閱一起移轉。',
    },
    suggestion: {
      en: 'Line "{subscription}" is an add-on of "{base}", but no line in the plan has that id. Did you mean "{suggestion}"?',
      'zh-TW':
        '訂閱「{subscription}」是「{base}」的附加元件，但計畫中沒有這個 id 的訂閱。您是不是要填「{suggestion}」？',
    },
    self: {
      en: 'Line "{subscription}" names itself as its base. An add-on needs another line, its base subscription, to move with.',
      'zh-TW': '訂閱「{subscription}」把自己設為基礎訂閱。附加元件必須隸屬於另一個訂閱，才能跟著它一起移轉。',
    },
    beforeBase: {
      en: 'The add-on "{subscription}" is provisioned on {date:date}, before its base "{base}" on {baseDate:date}. An add-on can only be bought for a base subscription that already exists.',
      'zh-TW':
        '附加元件「{subscription}」預定於 {date:date} 佈建，早於其基礎訂閱「{base}」的 {baseDate:date}。附加元件只能加購在已存在的基礎訂閱上。',
    },
  },
  rationale: {
    en: 'An add-on only works on top of its base subscription, and Microsoft moves base and add-ons as one bundle in transfers and migrations. A plan that moves an add-on without its base, or before it, leaves the add-on with nothing to attach to.',
    'zh-TW':
      '附加元件必須搭配基礎訂閱才能運作；Microsoft 在轉移或移轉時，也會把基礎訂閱與其附加元件視為一組一起處理。計畫若只移轉附加元件、或讓它早於基礎訂閱佈建，附加元件就沒有可以依附的訂閱。',
  },
  fix: {
    en: 'Set addOnOf to the id of the line with the base subscription, add that line if it is missing, and provision the add-on on or after the base.',
    'zh-TW':
      '請把 addOnOf 設為基礎訂閱那一行的 id；若計畫中缺少該行，請補上，並讓附加元件在基礎訂閱當天或之後佈建。',
  },
  guide: '/guide/move/#add-ons',
  sources: [cite('transition-direct-to-indirect'), cite('migrate-subscriptions-to-new-commerce')],
  *check({ lines }): Generator<FindingInput> {
    const byId = firstLineById(lines);
    for (const line of lines) {
      const base = line.sub.addOnOf;
      if (base === undefined) continue;
      const pointer = `${line.pointer}/addOnOf`;
      const subscription = line.sub.id;
      if (base === subscription) {
        yield { pointer, variant: 'self', params: { subscription, base } };
        continue;
      }
      const baseLine = byId.get(base);
      if (!baseLine) {
        const suggestion = closest(
          base,
          [...byId.keys()].filter((id) => id !== subscription),
        );
        yield suggestion
          ? { pointer, variant: 'suggestion', params: { subscription, base, suggestion } }
          : { pointer, params: { subscription, base } };
        continue;
      }
      const date = line.provisionOn;
      const baseDate = baseLine.provisionOn;
      if (date && baseDate && compareDates(date, baseDate) < 0) {
        yield {
          pointer: `${line.pointer}/target/provisionOn`,
          variant: 'beforeBase',
          related: [pointer, `${baseLine.pointer}/target/provisionOn`],
          params: { subscription, base, date, baseDate },
        };
      }
    }
  },
});
