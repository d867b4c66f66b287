export { type FormatOptions, formatFindingMessage, formatTemplate, localize, type Param } from './format.ts';
export {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  channelLabel,
  listJoin,
  SEVERITY_LABELS,
  VERDICT_LABELS,
} from './labels.ts';
export {
  aside,
  type Conventions,
  isLocale,
  LOCALE_CONVENTIONS,
  LOCALES,
  type Locale,
  type Localized,
  labelled,
  localeOfPath,
  localePath,
  type Punctuation,
  punctuation,
  quoted,
  separator,
} from './locales.ts';
export { COUNTED, type CountedNoun, countText } from './plurals.ts';
