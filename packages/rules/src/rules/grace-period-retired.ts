import { effectiveFrom } from '../access.ts';
import { cite } from '../catalog/sources.ts';
import { termEndGaps } from './term-end-gap.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'grace-period-retired',
  severity: 'error',
  category: 'timing',
  title: {
    en: 'Plan relies on a free grace period that no longer exists',
    'zh-TW': '計畫仰賴已不存在的免費寬限期',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" ({channel:channel}) has auto-renew off and starts the target on {date:date}, after the term ends on {termEnd:date}. Since {since:date} a direct Microsoft Customer Agreement subscription no longer has 30 free days after its term: it ends that day, so from {gapStart:date} users have no service for {days} days, and data can be lost.{assumed}',
      'zh-TW':
        '訂閱「{subscription}」（{channel:channel}）已關閉自動續訂，新訂閱卻要到 {date:date} 才開始，晚於 {termEnd:date} 期滿。自 {since:date} 起，直接以 Microsoft 客戶合約購買的訂閱期滿後不再有 30 天免費期，而是在期滿當天結束，所以自 {gapStart:date} 起使用者將有 {days} 天無法使用服務，資料也可能遺失。{assumed}',
    },
  },
  rationale: {
    en: 'Moves used to be timed on the 30-day Expired state: users kept access for a month after the term, for free. For licence subscriptions bought directly under a Microsoft Customer Agreement, that state no longer exists for terms ending on or after 9 February 2026; such a subscription either renews, ends on its end date, or continues on a paid extended service term that has to be scheduled while it is still active. (For a CSP source the same plan does not lose access but pays for it: extended-term-by-default says what it costs.)',
    'zh-TW':
      '過去的移轉時程以 30 天的「已到期」狀態為準：期滿後一個月內，使用者仍可免費存取。對直接以 Microsoft 客戶合約購買的授權訂閱而言，2026 年 2 月 9 日當天或之後期滿者已沒有這個狀態；訂閱只會續訂、在期滿日結束，或改用必須在訂閱仍有效時預先排定的付費延長服務期限（EST）。（若原訂閱來自 CSP，同樣的計畫不會失去存取權，而是要付費：extended-term-by-default 會說明費用。）',
  },
  fix: {
    en: 'Provision the target and assign its licences on or before the term end. If users need the source longer, have a billing account owner schedule the change to an extended service term in the Microsoft 365 admin center before the term ends (endOfTerm: extended-term, extendedUntil), and cancel it once users are moved.',
    'zh-TW':
      '請在期滿當天或之前佈建新訂閱並指派授權。若使用者需要原訂閱更久，請由帳單帳戶擁有者在期滿前於 Microsoft 365 系統管理中心排定改為延長服務期限（endOfTerm: extended-term、extendedUntil），並在使用者移轉完成後取消。',
  },
  guide: '/guide/timing/#grace-period',
  sources: [cite('message-center-mc1216259'), cite('extend-your-subscription-with-est')],
  *check({ lines, policies }): Generator<FindingInput> {
    const since = effectiveFrom(policies.directExtendedTerm) ?? '';
    for (const { line, finding } of termEndGaps(lines, 'grace-retired', policies)) {
      yield { ...finding, params: { ...finding.params, channel: line.sub.channel, since } };
    }
  },
});
