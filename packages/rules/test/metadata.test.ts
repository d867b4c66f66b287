import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { isCalendarDate } from '../src/dates.ts';
import { evaluate } from '../src/evaluate.ts';
import { formatFindingMessage } from '../src/messages/format.ts';
import { LOCALES, type Localized } from '../src/messages/locales.ts';
import { COUNTED } from '../src/messages/plurals.ts';
import {
  type Finding,
  findingMessage,
  RULE_IDS,
  restsOnThirdPartiesOnly,
  ruleFindingMessage,
  rules,
  type Source,
  THIRD_PARTY_CLAUSE,
} from '../src/rules/index.ts';
import { catalog as pinned } from './helpers/catalog.ts';
import { loadExamples } from './helpers/examples.ts';
import { CASES } from './rules/index.ts';

/** The guidance anchors rules may link to: they exist as headings in both locales of the site. */
const GUIDE_ANCHORS = [
  '/guide/regions/#same-region',
  '/guide/move/#reseller-relationship',
  '/guide/move/#customer-agreement',
  '/guide/move/#licences',
  '/guide/move/#add-ons',
  '/guide/offers/#same-or-equivalent',
  '/guide/offers/#retired-offers',
  '/guide/offers/#renamed-offers',
  '/guide/timing/#grace-period',
  '/guide/timing/#order-of-steps',
  '/guide/timing/#cancel-or-expire',
  '/guide/timing/#auto-renew',
  '/guide/timing/#overlap',
  '/guide/timing/#many-subscriptions',
  '/guide/relationships/#admin-access',
  '/guide/relationships/#dap-and-gdap',
  '/guide/credits/#who-asks',
  '/guide/paths/#decision-table',
  '/guide/paths/#from-another-csp-partner',
  '/guide/paths/#legacy-csp',
  '/guide/paths/#enterprise-agreement',
  '/guide/partner-transfers/#relationship-first',
  '/guide/partner-transfers/#same-region',
  '/guide/partner-transfers/#whole-subscriptions',
  '/guide/partner-transfers/#add-ons',
  '/guide/partner-transfers/#approval',
  '/guide/partner-transfers/#who-does-what',
  '/guide/partner-transfers/#line-items',
  '/guide/offers/#teams',
  '/guide/offers/#add-on-prerequisites',
  '/guide/offers/#seat-limits',
  '/guide/offers/#catalog-date',
  '/guide/relationships/#reseller-request',
  '/guide/timing/#extended-service-terms',
  '/guide/timing/#choices-at-term-end',
];

/** How a placeholder may render a param (see messages/format.ts); no kind inserts it as is. */
const KINDS = [
  undefined,
  'offer',
  'offers',
  'market',
  'region',
  'channel',
  'date',
  'list',
  ...Object.keys(COUNTED),
];
const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?::([a-z]+))?\}/g;
const HAN = /\p{Script=Han}/u;
const rulesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules');

const placeholders = (template: string) =>
  [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1], kind: m[2] }));

function expectLocalized(text: Localized) {
  for (const locale of LOCALES) expect(text[locale].trim().length, locale).toBeGreaterThan(0);
  expect(text['zh-TW']).toMatch(HAN);
  expect(text.en).not.toMatch(HAN);
}

// Every finding any table or example produces, with the catalog it was produced against.
const produced: { finding: Finding; catalog: typeof pinned }[] = [
  ...Object.values(CASES)
    .flat()
    .flatMap((c) => {
      const catalog = c.catalog ?? pinned;
      const { findings } = evaluate(c.plan, { catalog, ...(c.today ? { today: c.today } : {}) });
      return findings.map((finding) => ({ finding, catalog }));
    }),
  ...loadExamples().flatMap((e) =>
    evaluate(e.plan, { catalog: defaultCatalog() }).findings.map((finding) => ({
      finding,
      catalog: defaultCatalog(),
    })),
  ),
];

describe.each(RULE_IDS)('%s', (id) => {
  const rule = rules[id];

  it('is declared in its own file under its id', () => {
    expect(rule.id).toBe(id);
    expect(existsSync(join(rulesDir, `${id}.ts`))).toBe(true);
  });

  it('has a title, rationale and fix in every locale, without placeholders', () => {
    for (const text of [rule.title, rule.rationale, rule.fix]) {
      expectLocalized(text);
      for (const locale of LOCALES) expect(text[locale]).not.toMatch(/[{}]/);
    }
  });

  it('has messages in every locale that use the same placeholders', () => {
    expect(rule.messages.default).toBeDefined();
    for (const message of Object.values(rule.messages)) {
      expectLocalized(message);
      const en = placeholders(message.en);
      expect(
        placeholders(message['zh-TW']).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
      ).toEqual(en.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')));
      for (const { kind } of en) expect(KINDS).toContain(kind);
    }
  });

  it('links to a guidance anchor and rests on dated sources', () => {
    expect(GUIDE_ANCHORS).toContain(rule.guide);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) {
      expect(source.title.trim()).not.toBe('');
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
      if (source.date !== undefined) expect(isCalendarDate(source.date)).toBe(true);
      // Every source says who published it and when it was last read.
      expect(['microsoft', 'third-party', 'csp-move']).toContain(source.publisher);
      expect(isCalendarDate(source.checked), source.title).toBe(true);
    }
  });

  it('renders every message it produces, in every locale, from params its check gives', () => {
    const mine = produced.filter((p) => p.finding.rule === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const { finding, catalog } of mine) {
      const template = rule.messages[finding.variant ?? 'default'];
      expect(template, `variant ${finding.variant}`).toBeDefined();
      for (const locale of LOCALES) {
        for (const { name } of placeholders(template?.[locale] ?? '')) {
          expect(finding.params, `${locale}: {${name}}`).toHaveProperty(name as string);
        }
        const text = findingMessage(finding, locale, catalog);
        expect(text.startsWith(formatFindingMessage(finding, rule.messages, { locale, catalog }))).toBe(true);
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });

  it('has every message variant exercised by a table case or an example', () => {
    const used = new Set(
      produced.filter((p) => p.finding.rule === id).map((p) => p.finding.variant ?? 'default'),
    );
    expect([...used].sort()).toEqual(Object.keys(rule.messages).sort());
  });
});

it('lists the rules in RULE_IDS order', () => {
  expect(Object.keys(rules)).toEqual([...RULE_IDS]);
});

describe('findings of a rule that rests on third parties only', () => {
  const finding: Finding = {
    rule: 'license-shortfall',
    severity: 'error',
    pointer: '/subscriptions/0/target/quantity',
    params: { subscription: 'e3', quantity: 40, assigned: 48, missing: 8 },
  };
  const source = (publisher: Source['publisher']): Source => ({
    title: 'A page',
    url: 'https://example.com/page',
    publisher,
    checked: '2026-12-01',
  });

  it.each(LOCALES)('say so in one clause at the end (%s)', (locale) => {
    const rule = { ...rules['license-shortfall'], sources: [source('third-party'), source('third-party')] };
    const text = ruleFindingMessage(rule, finding, locale, pinned);
    const plain = formatFindingMessage(finding, rule.messages, { locale, catalog: pinned });
    expect(text.startsWith(plain)).toBe(true);
    expect(text.endsWith(THIRD_PARTY_CLAUSE[locale])).toBe(true);
    expect(text.split(THIRD_PARTY_CLAUSE[locale])).toHaveLength(2);
  });

  it('do not when one source is Microsoft’s or csp-move’s own', () => {
    for (const other of ['microsoft', 'csp-move'] as const) {
      const rule = { ...rules['license-shortfall'], sources: [source('third-party'), source(other)] };
      expect(ruleFindingMessage(rule, finding, 'en', pinned)).toBe(
        formatFindingMessage(finding, rule.messages, { locale: 'en', catalog: pinned }),
      );
    }
  });

  it('knows which shipped rules rest on third parties only', () => {
    const thirdPartyOnly = RULE_IDS.filter((id) => restsOnThirdPartiesOnly(rules[id].sources));
    // Only the line-item limit of a partner transfer request rests on third parties alone; its findings
    // say so. Every other rule has at least one source published by Microsoft (or is about the plan file).
    expect(thirdPartyOnly).toEqual(['transfer-too-many-lines']);
  });
});
