import { readdirSync, readFileSync } from 'node:fs';
import { createCatalog, defaultCatalog } from '@csp-move/rules/catalog';
import { evaluate } from '@csp-move/rules/evaluate';
import { LOCALES } from '@csp-move/rules/messages';
import type { Plan } from '@csp-move/rules/plan';
import { findingMessage } from '@csp-move/rules/rules';
import { timeline } from '@csp-move/rules/timeline';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkerCatalogData, checkerPageData, jsonForHtml } from '../../src/components/checker/page-data.ts';

const examplesDir = new URL('../../../../content/examples/', import.meta.url);
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.plan.yaml'));
const full = defaultCatalog();
const slim = createCatalog(checkerCatalogData(full.data));

describe('the catalog the checker page carries', () => {
  it('is smaller than the full catalog', () => {
    expect(JSON.stringify(slim.data).length).toBeLessThan(JSON.stringify(full.data).length * 0.75);
  });

  it('still has every market, offer and policy value', () => {
    expect(slim.regions.flatMap((r) => r.markets.map((m) => m.code))).toEqual(
      full.regions.flatMap((r) => r.markets.map((m) => m.code)),
    );
    expect(slim.offers.map((o) => o.id)).toEqual(full.offers.map((o) => o.id));
    expect(slim.policies).toEqual(full.policies);
  });

  it.each(examples)('judges %s exactly as the full catalog does, in every locale', (file) => {
    const plan = parse(readFileSync(new URL(file, examplesDir), 'utf8')) as Plan;
    const withFull = evaluate(plan, { catalog: full });
    const withSlim = evaluate(plan, { catalog: slim });
    expect(withSlim).toEqual(withFull);
    for (const locale of LOCALES) {
      expect(withSlim.findings.map((f) => findingMessage(f, locale, slim))).toEqual(
        withFull.findings.map((f) => findingMessage(f, locale, full)),
      );
    }
    expect(timeline(plan, { catalog: slim })).toEqual(timeline(plan, { catalog: full }));
  });
});

describe('page data', () => {
  it('carries the strings of one locale only', () => {
    const data = checkerPageData('zh-TW', full.data);
    expect(data.strings['verdict.ready']).toBe('可以進行');
    expect(JSON.stringify(data.strings)).not.toContain('Ready');
  });

  it('cannot end its <template> early nor have a character reference decoded', () => {
    const value = { name: '</template><!-- &amp; \u2028' };
    const json = jsonForHtml(value);
    expect(json).not.toMatch(/[<&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
