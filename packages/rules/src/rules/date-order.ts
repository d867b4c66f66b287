import { cite } from '../catalog/sources.ts';
import { compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'date-order',
  severity: 'error',
  category: 'plan',
  title: { en: 'Dates in the wrong order', 'zh-TW': '日期先後順序不合理' },
  messages: {
    default: {
      en: 'The reseller relationship is accepted on {date:date}, before it is requested on {other:date}.',
      'zh-TW': '轉銷商關係的接受日期 {date:date} 早於要求日期 {other:date}。',
    },
    cancelAfterTermEnd: {
      en: 'Line "{subscription}" is cancelled on {date:date}, after its term ends on {other:date}. By then it has already expired or renewed: cancel on or before the term end, or let it expire.',
      'zh-TW':
        '訂閱「{subscription}」預定於 {date:date} 取消，但其訂閱期在 {other:date} 就已結束。到時訂閱早已到期或續訂：請在期滿當天或之前取消，或直接讓它到期。',
    },
    provisionBeforeRequest: {
      en: 'Line "{subscription}" is provisioned on {date:date}, before the reseller relationship is even requested on {other:date}.',
      'zh-TW': '訂閱「{subscription}」預定於 {date:date} 佈建，比傳送轉銷商關係要求的 {other:date} 還早。',
    },
    gdapBeforeAcceptance: {
      en: 'GDAP ends on {date:date}, before the reseller relationship is accepted on {other:date}: the partner would have no admin access during the move.',
      'zh-TW':
        'GDAP 於 {date:date} 到期，早於轉銷商關係在 {other:date} 被接受的日期：整個移轉期間合作夥伴都沒有系統管理權限。',
    },
  },
  rationale: {
    en: 'A move happens in a fixed order: the request is sent, the customer accepts it, targets are provisioned, then the sources end. Dates that contradict that order are usually typing mistakes, and every date-based check after them would judge the wrong plan.',
    'zh-TW':
      '移轉有固定的先後順序：先傳送要求、客戶接受，再佈建新訂閱，最後原訂閱結束。與這個順序矛盾的日期通常是打錯字，若不更正，後續所有依日期判斷的檢查都會失準。',
  },
  fix: {
    en: 'Correct the date the finding points at, or the one it is compared with (shown as the related location).',
    'zh-TW': '請更正檢查結果所指的日期，或與其比較的另一個日期（列在相關位置中）。',
  },
  guide: '/guide/timing/#order-of-steps',
  sources: [cite('transition-seat-based-services-2023')],
  *check({ plan, lines }): Generator<FindingInput> {
    const { requestedOn, acceptedOn, gdapExpiresOn } = plan.relationship;
    const dated = (value: unknown): value is string => isCalendarDate(value);
    if (dated(requestedOn) && dated(acceptedOn) && compareDates(requestedOn, acceptedOn) > 0) {
      yield {
        pointer: '/relationship/acceptedOn',
        related: ['/relationship/requestedOn'],
        params: { date: acceptedOn, other: requestedOn },
      };
    }
    if (dated(gdapExpiresOn) && dated(acceptedOn) && compareDates(gdapExpiresOn, acceptedOn) < 0) {
      yield {
        pointer: '/relationship/gdapExpiresOn',
        related: ['/relationship/acceptedOn'],
        variant: 'gdapBeforeAcceptance',
        params: { date: gdapExpiresOn, other: acceptedOn },
      };
    }
    for (const line of lines) {
      const { sub } = line;
      if (sub.endOfTerm === 'cancel' && dated(sub.cancelOn) && compareDates(sub.cancelOn, sub.termEnd) > 0) {
        yield {
          pointer: `${line.pointer}/cancelOn`,
          related: [`${line.pointer}/termEnd`],
          variant: 'cancelAfterTermEnd',
          params: { subscription: sub.id, date: sub.cancelOn, other: sub.termEnd },
        };
      }
      const { provisionOn } = line;
      if (!provisionOn) continue;
      // Provisioning before an accepted relationship is provision-before-acceptance's finding.
      const beforeAcceptance =
        plan.relationship.reseller === 'accepted' &&
        dated(acceptedOn) &&
        compareDates(provisionOn, acceptedOn) < 0;
      if (!beforeAcceptance && dated(requestedOn) && compareDates(provisionOn, requestedOn) < 0) {
        yield {
          pointer: `${line.pointer}/target/provisionOn`,
          related: ['/relationship/requestedOn'],
          variant: 'provisionBeforeRequest',
          params: { subscription: sub.id, date: provisionOn, other: requestedOn },
        };
      }
    }
  },
});
