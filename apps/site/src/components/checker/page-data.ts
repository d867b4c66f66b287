import type { CatalogData } from '@csp-move/rules/catalog';
import type { Locale } from '@csp-move/rules/messages';
import { type ClientStrings, clientStrings } from './strings.ts';

/**
 * What the checker's script gets from the page, as JSON inside the page rather than inside the script:
 * the run-time strings of the page's language, and the catalog without what no rule reads.
 */
export interface CheckerPageData {
  strings: ClientStrings;
  catalog: CatalogData;
}

/**
 * Keys the rules never read: where a record comes from and when it was checked, descriptions and
 * history of policies, codes and currencies of markets. They make up a third of the catalog; the
 * parity test (test/checker/catalog.test.ts) proves the rules judge every example the same without them.
 */
const UNREAD = new Set([
  'source',
  'asOf',
  'description',
  'history',
  'alpha3',
  'currency',
  'changes',
  'skuPartNumber',
  'identity',
  'leftOut',
  'family',
]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !UNREAD.has(key))
        .map(([key, item]) => [key, strip(item)]),
    );
  }
  return value;
}

/** The catalog as the checker needs it: every record and value the rules read, nothing else. */
export function checkerCatalogData(data: CatalogData): CatalogData {
  const slim = strip(data) as CatalogData;
  // The date of the offer catalog as a whole is read: catalog-may-be-stale compares the plan's date to it.
  return { ...slim, offers: { ...slim.offers, asOf: data.offers.asOf } };
}

export function checkerPageData(locale: Locale, catalog: CatalogData): CheckerPageData {
  return { strings: clientStrings(locale), catalog: checkerCatalogData(catalog) };
}

/**
 * JSON to put as raw HTML inside a `<template>`: `<` and `&` are written as JSON escapes, so no tag can
 * start and no character reference be decoded; the text the page reads back is the JSON as written.
 * A template holds data without being a script, so the Content-Security-Policy has nothing to allow.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The data a page put in `<template data-page-data>` inside `root`. */
export function readPageData<T>(root: Element): T {
  const template = root.querySelector<HTMLTemplateElement>('template[data-page-data]');
  return JSON.parse(template?.content.textContent ?? 'null') as T;
}
