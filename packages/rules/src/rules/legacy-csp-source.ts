import { cite } from '../catalog/sources.ts';
import { compareDates } from '../dates.ts';
import { linePath } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

/** From this day no legacy migration wave is still running (public-sector offers were last, through 2025). */
const MIGRATIONS_DONE_BY = '2026-01-01';

export default defineRule({
  id: 'legacy-csp-source',
  severity: 'warning',
  category: 'offer',
  title: {
    en: 'Legacy CSP subscription after the migrations to new commerce',
    'zh-TW': '新商務移轉完成後仍標示為舊版 CSP 訂閱',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is marked as a legacy (pre-new-commerce) CSP subscription. Microsoft moved renewing legacy subscriptions to new commerce from January 2024, public-sector offers through 2025, so by {today:date} this is unlikely. Check it in Partner Center: if it is new commerce, set channel: csp, and a partner transfer becomes possible.',
      'zh-TW':
        '訂閱「{subscription}」標示為舊版（新商務之前）的 CSP 訂閱。Microsoft 自 2024 年 1 月起在續訂時把舊版訂閱移到新商務，公部門供應項目則持續到 2025 年，因此到 {today:date} 仍是舊版的可能性很低。請在合作夥伴中心確認：若它已是新商務，請設定 channel: csp，這樣就能改用合作夥伴間移轉。',
    },
  },
  rationale: {
    en: 'Which channel a line comes from decides its path and its end-of-term rules. A legacy subscription cannot be transferred with the new-commerce transfer and ends under the old rules; a new-commerce one can be transferred. Marking a migrated subscription as legacy hides the better path.',
    'zh-TW':
      '訂閱來自哪個管道，決定了它的移轉途徑與期滿規則。舊版訂閱不能使用新商務的移轉，期滿時也適用舊規則；新商務訂閱則可以移轉。把已移轉的訂閱標示成舊版，會讓人錯過更好的途徑。',
  },
  fix: {
    en: "Look the subscription up in Partner Center (the current partner can tell you). If it is new commerce, change the line's channel to csp; if it really is still legacy, keep the re-provision and note why.",
    'zh-TW':
      '請在合作夥伴中心查詢這個訂閱（也可以請原合作夥伴告知）。若已是新商務，請把 channel 改為 csp；若確實仍是舊版，請維持重新佈建並註明原因。',
  },
  guide: '/guide/paths/#legacy-csp',
  sources: [cite('migrate-subscriptions-to-new-commerce'), cite('tdsynnex-new-commerce-timeline')],
  *check({ lines, today }): Generator<FindingInput> {
    if (compareDates(today, MIGRATIONS_DONE_BY) < 0) return;
    for (const line of lines) {
      const { sub } = line;
      // On a partner-transfer line transfer-channel-unsupported already says this.
      if (sub.channel !== 'csp-legacy' || linePath(sub) === 'partner-transfer') continue;
      yield { pointer: `${line.pointer}/channel`, params: { subscription: sub.id, today } };
    }
  },
});
