/**
 * Matching for the region filter: what a market row is found by, and whether a query finds it.
 * Pure, so the page script stays a thin layer over the DOM.
 */

/** Lower case without accents, so "reunion" finds Réunion and "cote" finds Côte d’Ivoire. */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The text a market row is searched by: codes, names in every language, currency. */
export function searchText(fields: readonly (string | null | undefined)[]): string {
  return normalize(fields.filter((f): f is string => Boolean(f)).join(' '));
}

/** True when the query is empty or every word of it occurs in the row's search text. */
export function matches(haystack: string, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}
