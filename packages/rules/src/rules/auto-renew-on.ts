import { cite } from '../catalog/sources.ts';
import { linePath } from '../paths.ts';
import { stepReport } from '../steps.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'auto-renew-on',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Source renews while its target is bought', 'zh-TW': '新訂閱已購買，原訂閱卻仍會續訂' },
  messages: {
    default: {
      en: 'Upcoming step for line "{subscription}": turn off auto-renew, or set another end-of-term choice, by {due:date}. The renewal runs the day after the term ends, and then the customer pays for the old and the new subscription.',
      'zh-TW':
        '訂閱「{subscription}」的待辦步驟：在 {due:date} 前關閉自動續訂，或設定其他期滿選項。續訂會在期滿隔天執行，屆時客戶就得同時支付新舊兩個訂閱的費用。',
    },
    overdue: {
      en: 'Overdue: auto-renew of line "{subscription}" had to be turned off by {due:date}, the last day of its term, and the plan still says it renews. It renews for another term, and the customer pays for the old and the new subscription.',
      'zh-TW':
        '已逾期：訂閱「{subscription}」的自動續訂應在 {due:date}（訂閱期最後一天）前關閉，但計畫中仍為續訂。它會續訂新的一期，客戶就得同時支付新舊兩個訂閱的費用。',
    },
  },
  rationale: {
    en: 'A subscription only ends at its term end if auto-renew (recurring billing) is off. Otherwise it starts a new term, and in new commerce that term can only be cancelled within a few days of the renewal.',
    'zh-TW':
      '訂閱必須關閉自動續訂（週期性計費），才會在期滿時結束；否則會自動進入新的一期，而新商務訂閱續訂後只有短短幾天可以取消。',
  },
  fix: {
    en: 'Choose another end-of-term action before the term end: cancel at the end of the term (with the target ready by then), or a paid extended term until users are moved. The customer sets it in the Microsoft 365 admin center, or the current CSP partner in Partner Center. Then set endOfTerm to match.',
    'zh-TW':
      '請在期滿前改選其他期滿處理方式：期滿時取消（並在那之前備妥新訂閱），或使用付費的延長服務期限直到使用者移轉完成。客戶可在 Microsoft 365 系統管理中心設定，若原訂閱來自其他 CSP 合作夥伴，則由對方在合作夥伴中心設定。完成後把 endOfTerm 改成相符的值。',
  },
  guide: '/guide/timing/#auto-renew',
  sources: [cite('transition-seat-based-services-2023'), cite('subscription-lifecycle')],
  *check(context): Generator<FindingInput> {
    for (const line of context.lines) {
      const { sub, access } = line;
      // Renewing is only a mistake when a target replaces the source; a transfer keeps the subscription.
      if (access.reason !== 'renews' || line.provisionOn === undefined) continue;
      if (linePath(sub) === 'partner-transfer') continue;
      // Turning auto-renew off (or choosing another end of term) is a step due by the term end.
      const step =
        stepReport(context, `turn-off-auto-renew:${sub.id}`) ??
        stepReport(context, `choose-end-of-term:${sub.id}`);
      yield {
        pointer: `${line.pointer}/endOfTerm`,
        related: [`${line.pointer}/termEnd`, `${line.pointer}/target/provisionOn`],
        params: {
          subscription: sub.id,
          termEnd: sub.termEnd,
          date: line.provisionOn,
          ...(step?.due ? { due: step.due } : {}),
        },
        ...step,
        // Upcoming (the default wording) until the term end, overdue after it.
        ...(step?.severity === 'error' ? { variant: 'overdue' } : {}),
      };
    }
  },
});
