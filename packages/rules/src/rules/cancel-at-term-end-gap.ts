import { cite } from '../catalog/sources.ts';
import { termEndGaps } from './term-end-gap.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'cancel-at-term-end-gap',
  severity: 'error',
  category: 'timing',
  title: {
    en: 'Source cancelled at term end, target only later',
    'zh-TW': '原訂閱期滿時取消，新訂閱卻更晚才就緒',
  },
  messages: {
    default: {
      en: 'Line "{subscription}" is set to cancel at the end of its term, so users lose access when it ends on {termEnd:date}: no free grace period follows any more. The target is only theirs on {date:date}, so from {gapStart:date} users have no service for {days} days, and data can be lost.{assumed}',
      'zh-TW':
        '訂閱「{subscription}」設定為期滿時取消，因此在 {termEnd:date} 期滿時使用者就會失去存取權，之後不再有免費寬限期。使用者要到 {date:date} 才拿到新訂閱，所以自 {gapStart:date} 起將有 {days} 天無法使用服務，資料也可能遺失。{assumed}',
    },
  },
  rationale: {
    en: 'Where extended service terms apply (CSP terms ending on or after 4 May 2026, direct Microsoft Customer Agreement terms ending on or after 9 February 2026), "cancel at the end of the term" stops the service on the term end itself. The target has to be provisioned and its licences assigned before then.',
    'zh-TW':
      '在適用延長服務期限（EST）的情況下（2026 年 5 月 4 日當天或之後期滿的 CSP 訂閱期，以及 2026 年 2 月 9 日當天或之後期滿、直接以 Microsoft 客戶合約購買的訂閱期），「期滿時取消」會讓服務在期滿當天就停止。新訂閱必須在那之前佈建完成並指派好授權。',
  },
  fix: {
    en: 'Provision the target and assign its licences on or before the term end. If that is not possible, choose a paid extended term until the day after users are moved (endOfTerm: extended-term, extendedUntil) instead of cancelling at term end.',
    'zh-TW':
      '請在期滿當天或之前佈建新訂閱並指派授權。若做不到，請改選付費的延長服務期限，並把結束日設在使用者移轉完成之後（endOfTerm: extended-term、extendedUntil），而不是期滿時取消。',
  },
  guide: '/guide/timing/#choices-at-term-end',
  sources: [cite('extended-service-terms'), cite('extend-your-subscription-with-est')],
  *check({ lines, policies }): Generator<FindingInput> {
    for (const { finding } of termEndGaps(lines, 'cancel-at-term-end', policies)) yield finding;
  },
});
