import { cite } from '../catalog/sources.ts';
import { addDays, compareDates, isCalendarDate } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

/** The Microsoft Entra role, as `gdapRoles` spells it, that a relationship is not auto-extended with. */
const GLOBAL_ADMINISTRATOR = 'global-administrator';

export default defineRule({
  id: 'gdap-expires-during-move',
  severity: 'warning',
  category: 'access',
  title: { en: 'GDAP ends before the move is over', 'zh-TW': 'GDAP 在移轉完成前就到期' },
  messages: {
    default: {
      en: 'GDAP ends on {date:date}, but the move goes on until {last:date} (line "{subscription}"). After that day the partner can no longer reassign licences or open support requests for the customer, and an expired GDAP relationship cannot be restored: only a new request, approved again by the customer, brings access back.',
      'zh-TW':
        'GDAP 於 {date:date} 到期，但移轉要到 {last:date} 才結束（訂閱「{subscription}」）。過了那天，合作夥伴就無法再替客戶重新指派授權或提出支援要求；而且過期的 GDAP 關係無法恢復，只能重新提出要求，並再次經客戶核准。',
    },
    globalAdmin: {
      en: 'GDAP ends on {date:date}, but the move goes on until {last:date} (line "{subscription}"). The plan counts on auto-extend, but the relationship includes Global Administrator, and Microsoft does not auto-extend such a relationship: it ends on that day, and an expired GDAP relationship cannot be restored.',
      'zh-TW':
        'GDAP 於 {date:date} 到期，但移轉要到 {last:date} 才結束（訂閱「{subscription}」）。計畫仰賴自動延長，但這個關係包含全域管理員角色，而 Microsoft 不會自動延長這類關係：它會在那天到期，而過期的 GDAP 關係無法恢復。',
    },
    tooLong: {
      en: 'GDAP is planned to last until {date:date}, but a GDAP relationship lasts at most {maxDays} days: one that starts on {acceptedOn:date} ends by {latest:date}.',
      'zh-TW':
        'GDAP 預定有效到 {date:date}，但 GDAP 關係最長只有 {maxDays} 天：從 {acceptedOn:date} 開始的關係，最晚在 {latest:date} 就會結束。',
    },
  },
  rationale: {
    en: 'GDAP is always time-bound; when it ends, the subscriptions keep running, but the partner loses the admin roles it needs for the steps of a move that come late: reassigning licences and asking for credits after the source ends. An expired relationship cannot be restored, only replaced by a new request the customer approves again. Auto-extend adds six months at a time to an active relationship, but Microsoft advises against it for a relationship that includes Global Administrator, and does not extend such a relationship automatically.',
    'zh-TW':
      'GDAP 一定有期限；到期後訂閱仍會照常運作，但合作夥伴會失去移轉後段步驟所需的系統管理角色，例如來源結束後重新指派授權或要求抵免。過期的關係無法恢復，只能以新的要求取代，並再次經客戶核准。自動延長會替仍有效的關係每次延長六個月，但 Microsoft 建議不要對包含全域管理員角色的關係自動延長，也不會自動延長這類關係。',
  },
  fix: {
    en: 'Before the relationship ends, send a new GDAP request that covers the whole move (at most the maximum duration), or turn on auto-extend for a relationship without Global Administrator; then update gdapExpiresOn or gdapAutoExtend.',
    'zh-TW':
      '請在關係到期前傳送涵蓋整個移轉期間的新 GDAP 要求（不得超過最長期限），或替不含全域管理員角色的關係開啟自動延長；再更新 gdapExpiresOn 或 gdapAutoExtend。',
  },
  guide: '/guide/relationships/#dap-and-gdap',
  sources: [
    cite('gdap-faq'),
    cite('gdap-bulk-migration-tool'),
    cite('dap-faq'),
    cite('expiring-gdap-relationships-and-auto-extend-gdap'),
    cite('cloudblue-gdap-auto-extend'),
  ],
  *check({ plan, lines, policies }): Generator<FindingInput> {
    const { adminAccess, gdapExpiresOn, acceptedOn, gdapAutoExtend, gdapRoles } = plan.relationship;
    if (adminAccess !== 'gdap' || !isCalendarDate(gdapExpiresOn)) return;
    const pointer = '/relationship/gdapExpiresOn';
    if (isCalendarDate(acceptedOn)) {
      // Ending before it starts is date-order's finding.
      if (compareDates(gdapExpiresOn, acceptedOn) < 0) return;
      const latest = addDays(acceptedOn, policies.gdapMaxDays);
      if (compareDates(gdapExpiresOn, latest) > 0) {
        yield {
          pointer,
          related: ['/relationship/acceptedOn'],
          variant: 'tooLong',
          params: { date: gdapExpiresOn, acceptedOn, maxDays: policies.gdapMaxDays, latest },
        };
      }
    }
    let last: { date: string; pointer: string; subscription: string } | undefined;
    for (const line of lines) {
      const { sub } = line;
      const steps: [string | undefined, string][] = [
        [sub.target.provisionOn, `${line.pointer}/target/provisionOn`],
        [sub.endOfTerm === 'cancel' ? sub.cancelOn : undefined, `${line.pointer}/cancelOn`],
        [sub.termEnd, `${line.pointer}/termEnd`],
      ];
      for (const [date, at] of steps) {
        if (isCalendarDate(date) && (!last || compareDates(date, last.date) > 0)) {
          last = { date, pointer: at, subscription: sub.id };
        }
      }
    }
    if (!last || compareDates(gdapExpiresOn, last.date) >= 0) return;
    const params = { date: gdapExpiresOn, last: last.date, subscription: last.subscription };
    if (gdapAutoExtend === true) {
      // An active relationship that auto-extends does not end; one with Global Administrator is not extended.
      if (!gdapRoles?.includes(GLOBAL_ADMINISTRATOR)) return;
      yield {
        pointer,
        related: [last.pointer, '/relationship/gdapAutoExtend', '/relationship/gdapRoles'],
        variant: 'globalAdmin',
        params,
      };
      return;
    }
    yield { pointer, related: [last.pointer], params };
  },
});
