export { type FormatOptions, formatFindingMessage, formatTemplate, localize, type Param } from './format.ts';
export {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  channelLabel,
  listJoin,
  SEVERITY_LABELS,
  VERDICT_LABELS,
} from './labels.ts';
export { isLocale, LOCALES, type Locale, type Localized } from './locales.ts';
export { COUNTED, type CountedNoun, countText } from './plurals.ts';
