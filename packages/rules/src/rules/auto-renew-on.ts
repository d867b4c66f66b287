import { stepReport } from '../steps.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'auto-renew-on',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Source set to expire but renews automatically', 'zh-TW': '來源訂閱預定到期，卻開著自動續訂' },
  messages: {
    default: {
      en: 'Line "{subscription}" is meant to expire on {termEnd:date}, but auto-renew is on: it would renew for another term instead, and the customer would pay for the old and the new subscription.',
      'zh-TW':
        '訂閱「{subscription}」預定在 {termEnd:date} 到期，但自動續訂仍開著：到時它會續訂新的一期而不會結束，客戶就得同時支付新舊兩個訂閱的費用。',
    },
    upcoming: {
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
    en: 'Turn off auto-renew (recurring billing) on the source before the term end: the customer does it in the Microsoft 365 admin center, or the current CSP partner in Partner Center. Then set autoRenew to false.',
    'zh-TW':
      '請在期滿前關閉來源訂閱的自動續訂（週期性計費）：客戶可在 Microsoft 365 系統管理中心操作，若來源來自其他 CSP 合作夥伴，則由對方在合作夥伴中心關閉。完成後將 autoRenew 設為 false。',
  },
  guide: '/guide/timing/#auto-renew',
  sources: [
    {
      title: 'Move license-based customers to CSP (transition-seat-based-services)',
      url: 'https://learn.microsoft.com/partner-center/transition-seat-based-services',
      date: '2023-01-11',
    },
    {
      title: 'Subscription lifecycle in Partner Center (subscription-lifecycle)',
      url: 'https://learn.microsoft.com/partner-center/subscription-lifecycle',
      date: '2023-08-04',
    },
  ],
  *check(context): Generator<FindingInput> {
    for (const line of context.lines) {
      const { sub } = line;
      if (sub.endOfTerm !== 'renew') continue;
      // With a target planned, turning auto-renew off is a step due by the term end; without one the
      // plan does not say the line moves, and the warning stands as it is.
      const step = stepReport(context, `turn-off-auto-renew:${sub.id}`);
      yield {
        pointer: `${line.pointer}/endOfTerm`,
        related: [`${line.pointer}/termEnd`],
        params: { subscription: sub.id, termEnd: sub.termEnd, ...(step?.due ? { due: step.due } : {}) },
        ...step,
        ...(step?.due === undefined ? {} : { variant: step.severity === 'info' ? 'upcoming' : 'overdue' }),
      };
    }
  },
});
