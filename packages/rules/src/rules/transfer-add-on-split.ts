import { cite } from '../catalog/sources.ts';
import { linePath } from '../paths.ts';
import { firstLineById } from './shared.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-add-on-split',
  severity: 'warning',
  category: 'plan',
  title: {
    en: 'Add-on and its base take different paths',
    'zh-TW': '附加元件與基礎訂閱走不同的移轉途徑',
  },
  messages: {
    default: {
      en: 'The add-on "{subscription}" is transferred from the current partner, but its base "{base}" is not. Until the base moves too, the add-on and the subscription it depends on belong to different partners.',
      'zh-TW':
        '附加元件「{subscription}」要從原合作夥伴移轉，但其基礎訂閱「{base}」沒有。在基礎訂閱也移過來之前，附加元件和它所依附的訂閱分屬不同的合作夥伴。',
    },
    baseTransferred: {
      en: 'The base "{base}" is transferred from the current partner, but its add-on "{subscription}" is not. Put the add-on in the same transfer request, or the current partner keeps billing an add-on whose base it no longer owns.',
      'zh-TW':
        '基礎訂閱「{base}」要從原合作夥伴移轉，但其附加元件「{subscription}」沒有。請把附加元件放進同一筆移轉要求，否則原合作夥伴會繼續對一個基礎訂閱已不歸它管的附加元件計費。',
    },
  },
  rationale: {
    en: "Microsoft's older direct-to-indirect transfers required add-ons to move with their base subscription. For new-commerce partner transfers Microsoft's pages do not say so either way, so csp-move asks for the safe plan: base and add-ons in the same request.",
    'zh-TW':
      'Microsoft 較早的直接轉間接移轉，要求附加元件必須與基礎訂閱一起移轉。新商務的合作夥伴間移轉，Microsoft 的頁面沒有明確說明，因此 csp-move 建議較保險的做法：基礎訂閱與附加元件放在同一筆要求中。',
  },
  fix: {
    en: 'Give the add-on line the same path as its base (both partner-transfer, or both re-provisioned).',
    'zh-TW': '請讓附加元件那一行與基礎訂閱使用相同的途徑（都用合作夥伴間移轉，或都重新佈建）。',
  },
  guide: '/guide/partner-transfers/#add-ons',
  sources: [
    cite('transition-direct-to-indirect', { section: 'add-ons move with their base' }),
    cite('transfer-new-commerce-license-based-subscriptions'),
  ],
  *check({ lines }): Generator<FindingInput> {
    const byId = firstLineById(lines);
    for (const line of lines) {
      const baseId = line.sub.addOnOf;
      const base = baseId === undefined ? undefined : byId.get(baseId);
      // A missing or self-referencing base is add-on-without-base's case.
      if (!base || base === line) continue;
      const addOnMoves = linePath(line.sub) === 'partner-transfer';
      if (addOnMoves === (linePath(base.sub) === 'partner-transfer')) continue;
      yield {
        pointer: `${line.pointer}/path`,
        related: [`${base.pointer}/path`],
        params: { subscription: line.sub.id, base: base.sub.id },
        ...(addOnMoves ? {} : { variant: 'baseTransferred' }),
      };
    }
  },
});
