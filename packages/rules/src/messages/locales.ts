/** The locales every user-facing string exists in. */
export const LOCALES = ['en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string in every locale. */
export type Localized = Record<Locale, string>;

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
