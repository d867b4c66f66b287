import type { ReplacementKind } from '@csp-move/rules/catalog';
import { CATEGORY_LABELS, type Locale, type Localized } from '@csp-move/rules/messages';
import type { Category } from '@csp-move/rules/rules';

/** Display names of the closed lists the generated pages show; one entry per member, in every locale. */

/** Categories of rules, in the order of the steps of a move (the rule index lists them so). */
export { CATEGORY_LABELS };

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

export const RELATION_LABELS: Record<ReplacementKind, Localized> = {
  same: { en: 'same product, renamed', 'zh-TW': '同一產品（已更名）' },
  equivalent: { en: 'equivalent', 'zh-TW': '同等方案' },
  superset: { en: 'superset', 'zh-TW': '涵蓋更多的方案' },
};

export const RELATION_EXPLANATIONS: Record<ReplacementKind, Localized> = {
  same: {
    en: 'The same product under another name. Licences stay assigned and users notice nothing.',
    'zh-TW': '同一產品換了名稱。授權維持指派狀態，使用者不會察覺任何變化。',
  },
  equivalent: {
    en: 'A different offer with the same services. No data is lost, but licences have to be reassigned to users.',
    'zh-TW': '服務內容相同的另一個供應項目。資料不會遺失，但必須重新指派授權給使用者。',
  },
  superset: {
    en: 'A larger plan that contains every service of the original. No data is lost; licences have to be reassigned.',
    'zh-TW': '涵蓋原方案所有服務的較大方案。資料不會遺失，但必須重新指派授權。',
  },
};

export type OfferStatus = 'active' | 'end-of-sale' | 'retired';

export const STATUS_LABELS: Record<OfferStatus, Localized> = {
  active: { en: 'on sale', 'zh-TW': '銷售中' },
  'end-of-sale': { en: 'end of sale', 'zh-TW': '停止銷售' },
  retired: { en: 'retired', 'zh-TW': '已淘汰' },
};

/** The string of a label table entry in the locale. */
export function label<K extends string>(table: Record<K, Localized>, key: K, locale: Locale): string {
  return table[key][locale];
}
