import { type CatalogData, type SourceId, sources } from '@csp-move/rules/catalog';
import { type RuleId, rules } from '@csp-move/rules/rules';

/** A fact that rests on a source: a rule, an offer record, a policy, or the market list. */
export type Fact =
  | { kind: 'rule'; id: RuleId }
  | { kind: 'offer'; id: string }
  | { kind: 'policy'; id: string }
  | { kind: 'regions' };

export interface SourceUses {
  id: SourceId;
  facts: Fact[];
}

/** The urls of every `source` under a catalog record (its own, its replacements', its periods'…). */
function urlsUnder(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) urlsUnder(item, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'source' && value && typeof value === 'object' && 'url' in value) {
        found.add(String(value.url));
      } else urlsUnder(value, found);
    }
  }
  return found;
}

/**
 * Every source of `content/catalog/sources.yaml` with the facts that rest on it, in the table's order.
 * Sources are declared once per url (the catalog build refuses a url twice), so a resolved source is
 * found by its url.
 */
export function sourceUses(data: CatalogData): SourceUses[] {
  const idByUrl = new Map(Object.entries(sources).map(([id, source]) => [source.url, id as SourceId]));
  const facts = new Map<SourceId, Fact[]>();
  const add = (url: string, fact: Fact) => {
    const id = idByUrl.get(url);
    if (!id) throw new Error(`${url} is not in content/catalog/sources.yaml`);
    const list = facts.get(id) ?? [];
    if (!list.some((f) => JSON.stringify(f) === JSON.stringify(fact))) list.push(fact);
    facts.set(id, list);
  };
  for (const rule of Object.values(rules)) {
    for (const source of rule.sources) add(source.url, { kind: 'rule', id: rule.id });
  }
  for (const offer of data.offers.offers) {
    for (const url of urlsUnder(offer)) add(url, { kind: 'offer', id: offer.id });
  }
  for (const [id, policy] of Object.entries(data.policies.policies)) {
    for (const url of urlsUnder(policy)) add(url, { kind: 'policy', id });
  }
  for (const url of urlsUnder(data.regions)) add(url, { kind: 'regions' });
  return (Object.keys(sources) as SourceId[]).map((id) => ({ id, facts: facts.get(id) ?? [] }));
}
