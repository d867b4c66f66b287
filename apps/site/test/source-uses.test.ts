import { defaultCatalog, sources } from '@csp-move/rules/catalog';
import { rules } from '@csp-move/rules/rules';
import { describe, expect, it } from 'vitest';
import { sourceUses } from '../src/lib/source-uses.ts';

// The sources page lists every fact that rests on a source; these pin what it finds.
describe('sourceUses', () => {
  const uses = sourceUses(defaultCatalog().data);

  it('lists every declared source once, in the table order, each with the facts on it', () => {
    expect(uses.map((u) => u.id)).toEqual(Object.keys(sources));
    for (const use of uses) expect(use.facts.length, use.id).toBeGreaterThan(0);
  });

  it('finds rules, policies, offers and the market list', () => {
    const factsOf = (id: string) => uses.find((u) => u.id === id)?.facts ?? [];
    expect(factsOf('gdap-faq')).toEqual(
      expect.arrayContaining([
        { kind: 'rule', id: 'gdap-expires-during-move' },
        { kind: 'policy', id: 'gdapMaxDays' },
      ]),
    );
    expect(factsOf('migrate-office365-e4-subscriptions-to-newer-versions')).toContainEqual({
      kind: 'offer',
      id: 'office-365-e4',
    });
    expect(factsOf('regional-authorization-overview')).toContainEqual({ kind: 'regions' });
  });

  it('counts every rule source', () => {
    const ruleFacts = uses.flatMap((u) => u.facts.filter((f) => f.kind === 'rule'));
    const expected = Object.values(rules).reduce(
      (sum, rule) => sum + new Set(rule.sources.map((s) => s.url)).size,
      0,
    );
    expect(ruleFacts).toHaveLength(expected);
  });
});
