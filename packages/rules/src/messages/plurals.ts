import type { Locale } from './locales.ts';

/**
 * Counted nouns, written out per plural category of each locale as `Intl.PluralRules` names them
 * (English: one, other; Chinese: other only), so no text says "subscription(s)". `{n}` is the count.
 */
type Forms = { one?: string; other: string };

export const COUNTED = {
  subscriptions: {
    en: { one: '{n} subscription', other: '{n} subscriptions' },
    'zh-TW': { other: '{n} 個訂閱' },
  },
  lines: {
    en: { one: '{n} subscription line', other: '{n} subscription lines' },
    'zh-TW': { other: '{n} 個訂閱項目' },
  },
  days: {
    en: { one: '{n} day', other: '{n} days' },
    'zh-TW': { other: '{n} 天' },
  },
  valuesToFill: {
    en: { one: '{n} value to fill in', other: '{n} values to fill in' },
    'zh-TW': { other: '{n} 個值待填寫' },
  },
} as const satisfies Record<string, Record<Locale, Forms>>;

export type CountedNoun = keyof typeof COUNTED;

export function isCountedNoun(name: string): name is CountedNoun {
  return Object.hasOwn(COUNTED, name);
}

const rules = new Map<Locale, Intl.PluralRules>();

/** `2 subscriptions`, `1 subscription`, `2 個訂閱`: a count with its noun in the locale's plural form. */
export function countText(locale: Locale, noun: CountedNoun, n: number): string {
  let plural = rules.get(locale);
  if (!plural) {
    plural = new Intl.PluralRules(locale);
    rules.set(locale, plural);
  }
  const forms: Forms = COUNTED[noun][locale];
  const category = plural.select(n) as keyof Forms;
  return (forms[category] ?? forms.other).replace('{n}', n.toLocaleString(locale));
}
