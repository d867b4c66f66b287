import { cite } from '../catalog/sources.ts';
import { compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'provision-before-acceptance',
  severity: 'error',
  category: 'relationship',
  title: {
    en: 'Target provisioned before the relationship is accepted',
    'zh-TW': '在轉銷商關係接受前就佈建新訂閱',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is provisioned on {date:date}, before the customer accepts the reseller relationship on {acceptedOn:date}. Orders can only be placed once the relationship is accepted.',
      'zh-TW':
        '訂閱「{subscription}」預定於 {date:date} 佈建，早於客戶在 {acceptedOn:date} 接受轉銷商關係的日期。轉銷商關係接受之後才能下單。',
    },
  },
  rationale: {
    en: 'Until the customer accepts the reseller relationship, Partner Center does not let the partner order for that customer. A provisioning date before the acceptance is a step the plan cannot carry out on that day.',
    'zh-TW':
      '客戶接受轉銷商關係之前，合作夥伴中心不允許合作夥伴替該客戶下單。佈建日期若早於接受日期，計畫中的這一步在當天根本無法執行。',
  },
  fix: {
    en: 'Move provisionOn to the acceptance date or later, or correct acceptedOn if the relationship was accepted earlier.',
    'zh-TW': '請把 provisionOn 改到接受日期當天或之後；若轉銷商關係其實更早就已接受，請更正 acceptedOn。',
  },
  guide: '/guide/timing/#order-of-steps',
  sources: [cite('transition-seat-based-services-2023'), cite('request-a-relationship-with-a-customer-2023')],
  *check({ plan, lines }): Generator<FindingInput> {
    const { reseller, acceptedOn } = plan.relationship;
    // Without an accepted relationship, reseller-relationship-missing already blocks every order.
    if (reseller !== 'accepted' || !isCalendarDate(acceptedOn)) return;
    for (const line of lines) {
      const { provisionOn } = line;
      if (!provisionOn || compareDates(provisionOn, acceptedOn) >= 0) continue;
      yield {
        pointer: `${line.pointer}/target/provisionOn`,
        related: ['/relationship/acceptedOn'],
        params: { subscription: line.sub.id, date: provisionOn, acceptedOn },
      };
    }
  },
});
