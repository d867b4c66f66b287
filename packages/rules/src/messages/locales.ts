/** The locales every user-facing string exists in. */
export const LOCALES = ['en', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string in every locale. */
export type Localized = Record<Locale, string>;

/** True when `value` names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * How a locale writes the marks between words. English puts a space after a mark and between a word and
 * what follows it; Chinese uses full-width marks, which carry their own space, and runs words together.
 */
export interface Punctuation {
  /** After a mark and between a word and the next: " " / "". */
  space: string;
  colon: string;
  comma: string;
  semicolon: string;
  /** Between the items of a list: "a, b" / "a、b". */
  listComma: string;
  /** Before the last item of a list: "a, b and c" / "a、b 和 c". */
  and: string;
  parentheses: readonly [open: string, close: string];
  quotes: readonly [open: string, close: string];
}

export interface Conventions {
  /** The locale's name in its own language, for a language switch: "English", 「繁體中文」. */
  name: string;
  punctuation: Punctuation;
  /** Where the locale's pages sit on the site (and its guidance under `content/docs`): "" is the root. */
  sitePrefix: string;
}

/**
 * The locale conventions table: every text that differs between locales only in its marks or its place on
 * the site reads them here, never from a comparison with a locale. Typed by `Locale`, so a locale added to
 * `LOCALES` does not compile until it has its entry.
 */
export const LOCALE_CONVENTIONS: Record<Locale, Conventions> = {
  en: {
    name: 'English',
    punctuation: {
      space: ' ',
      colon: ':',
      comma: ',',
      semicolon: ';',
      listComma: ',',
      and: 'and',
      parentheses: ['(', ')'],
      quotes: ['"', '"'],
    },
    sitePrefix: '',
  },
  'zh-TW': {
    name: '繁體中文',
    punctuation: {
      space: '',
      colon: '：',
      comma: '，',
      semicolon: '；',
      listComma: '、',
      and: '和',
      parentheses: ['（', '）'],
      quotes: ['「', '」'],
    },
    sitePrefix: '/zh-tw',
  },
};

/** The locale's marks. */
export function punctuation(locale: Locale): Punctuation {
  return LOCALE_CONVENTIONS[locale].punctuation;
}

/** A mark with the space that follows it: ", " / "，", ": " / "：". */
export function separator(locale: Locale, mark: 'colon' | 'comma' | 'semicolon' | 'listComma'): string {
  const marks = punctuation(locale);
  return `${marks[mark]}${marks.space}`;
}

/** A label before its value: "help: " / 「說明：」. Trimmed, it ends a heading: "Sources:" / 「資料來源：」. */
export function labelled(label: string, locale: Locale): string {
  return `${label}${separator(locale, 'colon')}`;
}

/** An aside after a word: " (by 2027-02-15)" / 「（最晚 2027-02-15）」. */
export function aside(text: string, locale: Locale): string {
  const { space, parentheses } = punctuation(locale);
  return `${space}${parentheses[0]}${text}${parentheses[1]}`;
}

/** A quoted name: "E5" / 「E5」. */
export function quoted(text: string, locale: Locale): string {
  const [open, close] = punctuation(locale).quotes;
  return `${open}${text}${close}`;
}

/**
 * A site path (`/rules/`, `/guide/move/#licences`) in the locale's part of the site: English at the root,
 * Traditional Chinese under /zh-tw/. The guidance sources sit in the same folders under `content/docs`.
 */
export function localePath(path: string, locale: Locale): string {
  return `${LOCALE_CONVENTIONS[locale].sitePrefix}${path}`;
}

/** The locale whose part of the site a path (`/zh-tw/rules/`, `zh-tw/guide/move.md`) is in. */
export function localeOfPath(path: string): Locale {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const prefixed = LOCALES.find((locale) => {
    const prefix = LOCALE_CONVENTIONS[locale].sitePrefix;
    return prefix !== '' && rooted.startsWith(`${prefix}/`);
  });
  // The first locale, English, sits at the root.
  return prefixed ?? LOCALES[0];
}
