import { NO_END } from '../access.ts';
import { cite } from '../catalog/sources.ts';
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
        '會有 {count} 個訂閱新舊並存：加上 {sources} 個原訂閱共 {total} 個，超過單一租用戶可持有的 {limit} 個上限，佈建會在中途失敗。',
    },
  },
  rationale: {
    en: 'Buying every target before the sources end means that, for a while, the tenant holds each subscription twice; a source on a paid extended service term or set to renew stays active all that time. For large moves Microsoft warns that this can exceed the tenant maximum. Its old advice, letting the sources expire and buying again during the grace period, only works for sources that still have a free grace period; since 2026 most CSP and direct Microsoft Customer Agreement sources do not.',
    'zh-TW':
      '在原訂閱結束前就買齊所有新訂閱，代表租用戶會有一段時間每個訂閱都有兩份；使用付費延長服務期限（EST）或設為續訂的原訂閱，在這段期間都一直有效。Microsoft 提醒，大型移轉這樣做可能超出租用戶上限。它過去的建議是讓原訂閱到期、在寬限期內重新購買，但這只適用於仍有免費寬限期的原訂閱；自 2026 年起，大多數 CSP 與直接以 Microsoft 客戶合約購買的原訂閱已沒有寬限期。',
  },
  fix: {
    en: 'Spread the move over several dates so that fewer subscriptions overlap; move CSP sources with a partner transfer, which creates no second subscription; where a source still has a free grace period, provision its target within it.',
    'zh-TW':
      '請把移轉分散到不同日期，減少同時重疊的訂閱數；來自 CSP 的原訂閱改用合作夥伴間移轉，不會產生第二份訂閱；仍有免費寬限期的原訂閱，可在寬限期內佈建新訂閱。',
  },
  guide: '/guide/timing/#many-subscriptions',
  sources: [
    cite('transition-seat-based-services-2023'),
    cite('csp-regional-authorization-tenant-consolidation'),
  ],
  *check({ lines, policies }): Generator<FindingInput> {
    // A line overlaps when its target exists while the source is still active (access.ts): up to its
    // cancellation or term end, through a paid extended term, and with no end when it renews. The free
    // Expired state does not count: Microsoft's own advice for large moves buys again during it.
    const overlapping = lines.filter(
      (line) =>
        line.provisionOn !== undefined &&
        compareDates(line.provisionOn, line.access.paidUntil ?? NO_END) <= 0,
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
