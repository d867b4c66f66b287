import { cite } from '../catalog/sources.ts';
import { compareDates, isCalendarDate } from '../dates.ts';
import { transferLines } from '../paths.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'transfer-needs-relationship',
  severity: 'error',
  category: 'relationship',
  title: {
    en: 'Partner transfer before the reseller relationship is accepted',
    'zh-TW': '轉銷商關係尚未接受就進行合作夥伴間移轉',
  },
  messages: {
    default: {
      en: 'The plan transfers {count} subscription(s) from {source}, but the customer has not accepted your reseller relationship yet. A transfer request can only be created once the customer has a relationship with you.',
      'zh-TW':
        '這份計畫要從 {source} 移轉 {count} 個訂閱，但客戶尚未接受您的轉銷商關係。客戶必須先與您建立關係，才能建立移轉要求。',
    },
    afterRequest: {
      en: 'The transfer request is dated {requestedOn:date}, before the customer accepted your reseller relationship on {acceptedOn:date}. Partner Center lets you create the request only after the relationship exists.',
      'zh-TW':
        '移轉要求的日期是 {requestedOn:date}，早於客戶在 {acceptedOn:date} 接受您的轉銷商關係。合作夥伴中心只在關係建立之後，才讓您建立移轉要求。',
    },
  },
  rationale: {
    en: "Microsoft's transfer flow starts with the customer: it accepts a reseller relationship with the new partner first, and for a while has two partners. Only then can the new partner create the transfer request that the current partner approves.",
    'zh-TW':
      'Microsoft 的移轉流程從客戶開始：客戶先接受新合作夥伴的轉銷商關係，這段期間同時有兩位合作夥伴。之後新合作夥伴才能建立移轉要求，再由原合作夥伴核准。',
  },
  fix: {
    en: 'Send the reseller relationship request first and date the transfer request (transfer.requestedOn) on or after the day the customer accepts it.',
    'zh-TW': '請先寄出轉銷商關係要求，並把移轉要求的日期（transfer.requestedOn）設在客戶接受當天或之後。',
  },
  guide: '/guide/partner-transfers/#relationship-first',
  sources: [
    cite('transfer-subscriptions'),
    cite('transfer-new-commerce-license-based-subscriptions'),
    cite('request-a-relationship-with-a-customer'),
  ],
  *check({ plan, lines }): Generator<FindingInput> {
    const moving = transferLines(lines);
    if (moving.length === 0) return;
    const { reseller, acceptedOn } = plan.relationship;
    const source = plan.transfer?.sourcePartner.name ?? { en: 'the current partner', 'zh-TW': '原合作夥伴' };
    if (reseller !== 'accepted') {
      yield {
        pointer: '/relationship/reseller',
        related: moving.map((line) => `${line.pointer}/path`),
        params: { count: moving.length, source },
      };
      return;
    }
    const requestedOn = plan.transfer?.requestedOn;
    if (
      isCalendarDate(requestedOn) &&
      isCalendarDate(acceptedOn) &&
      compareDates(requestedOn, acceptedOn) < 0
    ) {
      yield {
        pointer: '/transfer/requestedOn',
        related: ['/relationship/acceptedOn'],
        variant: 'afterRequest',
        params: { requestedOn, acceptedOn },
      };
    }
  },
});
