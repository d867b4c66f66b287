import { cite } from '../catalog/sources.ts';
import { addMonths, compareDates } from '../dates.ts';
import { defineRule, type FindingInput } from './types.ts';

/** How long after its date the catalog is trusted before a plan is told it may be out of date. */
export const CATALOG_FRESH_MONTHS = 6;

export default defineRule({
  id: 'catalog-may-be-stale',
  severity: 'info',
  category: 'plan',
  title: {
    en: 'The offer catalog may be out of date',
    'zh-TW': '供應項目目錄可能已過時',
  },
  messages: {
    default: {
      en: 'The plan is judged on {today:date}, more than {months} months after the offer catalog was last checked ({asOf:date}). Offers, names and limits may have changed since; update csp-move or check them in Partner Center.',
      'zh-TW':
        '本計畫以 {today:date} 為判斷日期，距離供應項目目錄最後檢查的日期（{asOf:date}）已超過 {months} 個月。供應項目、名稱與限制可能已有變動；請更新 csp-move，或在合作夥伴中心確認。',
    },
  },
  rationale: {
    en: 'Microsoft renames, adds and retires offers several times a year, and changes the rules for buying them. Every finding about offers rests on the catalog as it stood on its date; the further a plan lies beyond that date, the likelier something has changed.',
    'zh-TW':
      'Microsoft 每年都會多次更名、新增或停用供應項目，也會調整購買規則。所有關於供應項目的判斷，都以目錄在其日期當時的狀態為準；計畫日期離目錄日期越遠，就越可能已有變動。',
  },
  fix: {
    en: 'Update csp-move to get a newer catalog, or check the offers in the plan against the current Partner Center price list. This note never blocks a plan on its own.',
    'zh-TW':
      '請更新 csp-move 以取得較新的目錄，或對照合作夥伴中心目前的價目表確認計畫中的供應項目。此提示本身不會使計畫無法進行。',
  },
  guide: '/guide/offers/#catalog-date',
  sources: [cite('csp-move-offers')],
  *check({ plan, catalog, today }): Generator<FindingInput> {
    const asOf = catalog.data.offers.asOf;
    if (compareDates(today, addMonths(asOf, CATALOG_FRESH_MONTHS)) <= 0) return;
    yield {
      pointer: plan.asOf !== undefined ? '/asOf' : '/version',
      params: { today, asOf, months: CATALOG_FRESH_MONTHS },
    };
  },
});
