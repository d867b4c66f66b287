import { type Locale, localePath } from './messages/locales.ts';

/**
 * The public address of the guidance site: the one setting behind canonical links, the sitemap,
 * the schema `$id` and the help URLs that the CLI prints. No trailing slash.
 */
export const SITE_URL = 'https://csp-move.dev';

/** URL of a rule's reference page. */
export function ruleUrl(ruleId: string, locale: Locale = 'en'): string {
  return `${SITE_URL}${localePath(`/rules/${ruleId}/`, locale)}`;
}

/** URL of the plan file schema (the current version, 2), as the editor modeline uses it. */
export const PLAN_SCHEMA_URL = `${SITE_URL}/schemas/plan-v2.json`;

/** URL of the version 1 plan file schema, which version 1 files keep pointing at. */
export const PLAN_SCHEMA_V1_URL = `${SITE_URL}/schemas/plan-v1.json`;
