import { compareDates } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

export default defineRule({
  id: 'subscription-limit',
  severity: 'warning',
  category: 'timing',
  title: { en: 'Too many subscriptions duplicated at once', 'zh-TW': '同時重複的訂閱數過多' },
  messages: {
    default: {
      en: '{count} subscriptions would exist twice at the same time, old and new, more than the {threshold} above which duplicating can exceed the tenant maximum.',
      'zh-TW':
        '會有 {count} 個訂閱新舊並存，超過 {threshold} 個的門檻；重複建立這麼多訂閱，可能超出租用戶的上限。',
    },
    tenantLimit: {
      en: '{count} subscriptions would exist twice at the same time: with the {sources} sources that makes {total}, more than the {limit} a tenant can hold. Provisioning would fail part-way.',
      'zh-TW':
        '會有 {count} 個訂閱新舊並存：加上 {sources} 個來源訂閱共 {total} 個，超過單一租用戶可持有的 {limit} 個上限，佈建會在中途失敗。',
    },
  },
  rationale: {
    en: 'Buying every target before the sources end means that, for a while, the tenant holds each subscription twice. For large moves Microsoft warns that this can exceed the tenant maximum, and recommends letting the sources expire and buying again during the grace period instead.',
    'zh-TW':
      '在來源結束前就買齊所有目標訂閱，代表租用戶會有一段時間每個訂閱都有兩份。Microsoft 提醒，大型移轉這樣做可能超出租用戶上限，建議改為讓來源訂閱到期，再於寬限期內重新購買。',
  },
  fix: {
    en: 'Let the sources expire with auto-renew off and provision the targets after the term end, within the grace period, or spread the move over several dates so that fewer subscriptions overlap.',
    'zh-TW':
      '請關閉自動續訂、讓來源訂閱自然到期，並在期滿後的寬限期內佈建目標；或把移轉分散到不同日期，減少同時重疊的訂閱數。',
  },
  guide: '/guide/timing/#many-subscriptions',
  sources: [
    {
      title: 'Move license-based customers to CSP (transition-seat-based-services)',
      url: 'https://learn.microsoft.com/partner-center/transition-seat-based-services',
      date: '2023-01-11',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
    {
      title: 'CSP regional authorization tenant consolidation',
      url: 'https://learn.microsoft.com/partner-center/csp-regional-authorization-tenant-consolidation',
      date: '2023-10-23',
      publisher: 'microsoft',
      checked: '2026-11-23',
    },
  ],
  *check({ lines, policies }): Generator<FindingInput> {
    // A line overlaps when its target exists while the source still runs: both count on the same day.
    const overlapping = lines.filter(
      (line) => line.provisionOn !== undefined && compareDates(line.provisionOn, line.sourceEnds) <= 0,
    );
    const count = overlapping.length;
    if (count <= policies.duplicationThreshold) return;
    const total = lines.length + count;
    const limit = policies.subscriptionsPerTenant;
    yield total > limit
      ? {
          pointer: '/subscriptions',
          variant: 'tenantLimit',
          params: { count, sources: lines.length, total, limit, threshold: policies.duplicationThreshold },
        }
      : { pointer: '/subscriptions', params: { count, threshold: policies.duplicationThreshold } };
  },
});
