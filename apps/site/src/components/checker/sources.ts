import type { CatalogData } from '@csp-move/rules/catalog';
import { type Rule, rules, type Source } from '@csp-move/rules/rules';

/**
 * What the checker and the playground rest on: the documents behind every rule and behind the
 * catalog's regions and time windows, and the day the catalog was last checked against them.
 */
export function toolSources(catalog: CatalogData): { sources: Source[]; checked: string } {
  const policies = Object.values(catalog.policies.policies) as { source: Source }[];
  const sources: Source[] = [
    ...(Object.values(rules) as Rule[]).flatMap((rule) => rule.sources),
    catalog.regions.source,
    ...policies.map((policy) => policy.source),
  ];
  const checked = [catalog.regions.asOf, catalog.offers.asOf, catalog.policies.asOf].sort().at(-1) as string;
  return { sources, checked };
}
