/**
 * The public address of the guidance site: the one setting behind canonical links, the sitemap,
 * the schema `$id` and the help URLs that the CLI prints. No trailing slash.
 */
export const SITE_URL = 'https://csp-move.dev';

/** URL of a rule's reference page. */
export function ruleUrl(ruleId: string, locale: 'en' | 'zh-TW' = 'en'): string {
  return `${SITE_URL}${locale === 'zh-TW' ? '/zh-tw' : ''}/rules/${ruleId}/`;
}

/** URL of the plan file schema, as the editor modeline uses it. */
export const PLAN_SCHEMA_URL = `${SITE_URL}/schemas/plan-v1.json`;
