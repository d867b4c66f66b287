import type { Locale } from '@csp-move/rules/messages';

/** The URL prefix of each locale: English at the root, Traditional Chinese under /zh-tw/. */
const PREFIX: Record<Locale, string> = { en: '', 'zh-TW': '/zh-tw' };

/** A site path (`/rules/`, `/guide/move/#licences`) in the locale's part of the site. */
export function localePath(path: string, locale: Locale): string {
  return `${PREFIX[locale]}${path}`;
}

/** The BCP 47 tag of a locale, for `lang` attributes and date formatting. */
export const LANG: Record<Locale, string> = { en: 'en', 'zh-TW': 'zh-TW' };
