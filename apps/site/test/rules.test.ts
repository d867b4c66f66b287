import { type Rule, rules } from '@csp-move/rules/rules';
import { ruleUrl, SITE_URL } from '@csp-move/rules/site';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { pages, tree } from './dist.ts';

const all = Object.values(rules) as Rule[];
const locales = [
  { name: 'English', prefix: '' },
  { name: 'Chinese', prefix: '/zh-tw' },
];

describe.each(locales)('rule pages ($name)', ({ prefix }) => {
  test('the rule index links every rule once, with its severity', () => {
    const index = tree(`${prefix}/rules/`);
    const rows = selectAll('tr[data-rule]', index);
    // Grouped by category, so compare as sets; each rule appears exactly once.
    expect(rows.map((row) => row.properties.dataRule).sort()).toEqual(all.map((rule) => rule.id).sort());
    for (const rule of all) {
      const row = select(`tr[data-rule="${rule.id}"]`, index);
      expect(select(`a[href="${prefix}/rules/${rule.id}/"]`, row ?? index)).toBeTruthy();
      expect(select('[data-severity]', row ?? index)?.properties.dataSeverity).toBe(rule.severity);
    }
  });

  test.each(all.map((rule) => [rule.id, rule] as const))('%s has a page with every section', (id, rule) => {
    const path = `${prefix}/rules/${id}/`;
    expect(pages.has(path)).toBe(true);
    const page = tree(path);
    expect(select('[data-rule] [data-severity]', page)?.properties.dataSeverity).toBe(rule.severity);
    for (const section of ['what-it-checks', 'why-it-matters', 'how-to-fix', 'examples', 'sources']) {
      expect(select(`#${section}`, page), `#${section}`).toBeTruthy();
    }
    expect(selectAll('[data-variant]', page)).toHaveLength(Object.keys(rule.messages).length);
    expect(select('a[data-guide]', page)?.properties.href).toBe(`${prefix}${rule.guide}`);
    const sources = selectAll('[data-page-sources] a', page).map((a) => a.properties.href);
    // Sources on this site are linked within it, in the page's language.
    const expected = rule.sources.map((s) =>
      s.url.startsWith(`${SITE_URL}/`) ? `${prefix}${s.url.slice(SITE_URL.length)}` : s.url,
    );
    expect(sources).toEqual(expect.arrayContaining(expected));
  });

  test('the help link the CLI prints for each rule is its page', () => {
    for (const rule of all) {
      const url = ruleUrl(rule.id, prefix === '' ? 'en' : 'zh-TW');
      expect(url.startsWith(`${SITE_URL}/`)).toBe(true);
      expect(pages.has(url.slice(SITE_URL.length))).toBe(true);
    }
  });

  test.each(all.map((rule) => rule.id))('%s shows a plan that triggers it and one that does not', (id) => {
    const page = tree(`${prefix}/rules/${id}/`);
    const fires = select('[data-example="fires"]', page);
    expect(fires?.properties.dataFile).toBe(`${id}.plan.yaml`);
    // The findings the plan produces, with the pointer of each.
    expect(selectAll('[data-pointer]', fires ?? page).length).toBeGreaterThan(0);
    const passes = select('[data-example="passes"]', page);
    expect(passes?.properties.dataFile).toMatch(/\.plan\.yaml$/);
    expect(passes?.properties.dataFile).not.toBe(`${id}.plan.yaml`);
  });
});

describe.each(locales)('how sure each rule is ($name)', ({ prefix }) => {
  test.each(all.map((rule) => [rule.id, rule] as const))(
    '%s names who published each source and when it was checked',
    (id, rule) => {
      const page = tree(`${prefix}/rules/${id}/`);
      const facts = selectAll('[data-page-sources] [data-publisher]', page);
      const unique = new Map(rule.sources.map((s) => [`${s.url}|${s.date ?? ''}`, s]));
      expect(facts.map((f) => f.properties.dataPublisher)).toEqual(
        [...unique.values()].map((s) => s.publisher),
      );
      for (const [i, source] of [...unique.values()].entries()) {
        expect(select('time', facts[i] ?? page)?.properties.dateTime).toBe(source.checked);
      }
      // Only the transfer line-item limit rests on third parties alone (test/metadata.test.ts in the rules
      // package); its page says so, and no other page does.
      const note = select('[data-third-party-only]', page);
      if (rule.id === 'transfer-too-many-lines') expect(note).toBeDefined();
      else expect(note).toBeUndefined();
    },
  );

  test('every page says when the offer catalog was checked, linking to the offer table', () => {
    for (const path of [`${prefix}/`, `${prefix}/guide/offers/`, `${prefix}/rules/business-family-cap/`]) {
      const footer = select('[data-catalog-as-of]', tree(path));
      expect(footer?.properties.dataCatalogAsOf, path).toBe('2026-12-01');
      expect(select('a', footer ?? tree(path))?.properties.href).toBe(`${prefix}/reference/offers/`);
    }
  });
});
