import type { Catalog, Offer } from '@csp-move/rules/catalog';
import type { Locale } from '@csp-move/rules/messages';

export interface OfferOption {
  id: string;
  /** What the picker shows: the name in the locale, with the status when it is not on sale. */
  label: string;
}

export interface OfferWords {
  status: Record<'end-of-sale' | 'retired', string>;
  /** "now {name}" for an id kept for an old name. */
  renamed: (name: string) => string;
}

/** The name of an offer with what a partner must know at a glance: retired, or renamed to what. */
export function offerLabel(offer: Offer, catalog: Catalog, locale: Locale, words: OfferWords): string {
  const name = catalog.offerName(offer.id, locale);
  if (offer.renamedTo) return `${name} (${words.renamed(catalog.offerName(offer.renamedTo, locale))})`;
  if (offer.status !== 'active') return `${name} (${words.status[offer.status]})`;
  return name;
}

/** Every catalog offer for the picker, sorted by what it shows, as the locale sorts text. */
export function offerOptions(catalog: Catalog, locale: Locale, words: OfferWords): OfferOption[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  return catalog.offers
    .map((offer) => ({ id: offer.id, label: offerLabel(offer, catalog, locale, words) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The catalog id that typed text stands for: an id as it is, or a name (any name the offer has had,
 * in either language, ignoring case and spacing) turned into its id. Text that is neither is returned
 * trimmed, for the rules to report with a suggestion.
 */
export function resolveOfferInput(text: string, catalog: Catalog): string {
  const typed = text.trim();
  if (catalog.offer(typed)) return typed;
  const key = typed.toLowerCase().replace(/\s+/g, ' ');
  for (const offer of catalog.offers) {
    for (const name of offer.names) {
      if (name.en.toLowerCase() === key || name['zh-TW'].toLowerCase() === key) return offer.id;
    }
  }
  return typed;
}
