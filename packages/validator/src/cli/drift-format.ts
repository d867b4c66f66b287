import type { DriftReport } from '@csp-move/rules/drift';
import { type Locale, labelled, quoted, separator } from '@csp-move/rules/messages';
import { escapeControl, escapeMarkdown } from '../formatters/text.ts';

/** The formats of `csp-move catalog drift`. */
export const DRIFT_FORMATS = ['text', 'json', 'markdown'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

/** What a drift report is about: the CSV as the user named it, and the catalog it was compared with. */
export interface DriftInput {
  report: DriftReport;
  /** The CSV as the user named it. */
  file: string;
  /** The date of the built-in catalog's offers. */
  catalogAsOf: string;
  locale: Locale;
}

type Words = Record<Locale, string>;
type Say = Record<Locale, (...args: string[]) => string>;

const TITLE: Words = {
  en: "Offer catalog against Microsoft's licensing CSV",
  'zh-TW': '供應項目目錄與 Microsoft 授權 CSV 的比對',
};

const HEADINGS = {
  missing: { en: 'Ids Microsoft no longer lists', 'zh-TW': 'Microsoft 已不再列出的識別碼' },
  changed: { en: 'Names or String IDs that changed', 'zh-TW': '名稱或字串識別碼已變更' },
  unlisted: {
    en: 'SKUs of a family the catalog has, missing from the catalog',
    'zh-TW': '目錄已有其系列、卻沒有收錄的 SKU',
  },
  newer: {
    en: 'Offers newer than the CSV (not drift)',
    'zh-TW': '比 CSV 更新的供應項目（不算偏差）',
  },
} satisfies Record<string, Words>;

const SAY = {
  summary: {
    en: (file, skus, compared, asOf, catalog) =>
      `${file}: ${skus} SKUs, compared with ${compared} offers of the catalog (${catalog}); the CSV stands for ${asOf}.`,
    'zh-TW': (file, skus, compared, asOf, catalog) =>
      `${file}：共 ${skus} 個 SKU，已與目錄（${catalog}）中的 ${compared} 個供應項目比對；CSV 的日期為 ${asOf}。`,
  },
  clean: {
    en: () => 'No drift: every id and name the catalog records is as Microsoft lists it.',
    'zh-TW': () => '沒有偏差：目錄記錄的每個識別碼與名稱都與 Microsoft 的清單一致。',
  },
  drift: {
    en: (count) =>
      `Drift: ${count} ${count === '1' ? 'difference' : 'differences'} to look at in offers.yaml.`,
    'zh-TW': (count) => `有偏差：offers.yaml 中有 ${count} 處需要檢查。`,
  },
  missingSku: {
    en: (offer, id) => `${offer}: the GUID ${id} is not in the CSV.`,
    'zh-TW': (offer, id) => `${offer}：CSV 中沒有 GUID ${id}。`,
  },
  missingString: {
    en: (offer, id) => `${offer}: the String ID ${id} is not in the CSV.`,
    'zh-TW': (offer, id) => `${offer}：CSV 中沒有字串識別碼 ${id}。`,
  },
  changedName: {
    en: (offer, skuId, microsoft, catalog, line) =>
      `${offer}: line ${line} names ${skuId} "${microsoft}"; the catalog has ${catalog}.`,
    'zh-TW': (offer, skuId, microsoft, catalog, line) =>
      `${offer}：第 ${line} 行將 ${skuId} 命名為「${microsoft}」；目錄記錄的是${catalog}。`,
  },
  changedString: {
    en: (offer, skuId, microsoft, catalog, line) =>
      `${offer}: line ${line} gives ${skuId} the String ID ${microsoft}; the catalog has ${catalog}.`,
    'zh-TW': (offer, skuId, microsoft, catalog, line) =>
      `${offer}：第 ${line} 行中 ${skuId} 的字串識別碼為 ${microsoft}；目錄記錄的是${catalog}。`,
  },
  unlistedNamed: {
    en: (name, stringId, skuId, line, like) =>
      `line ${line}: "${name}" (${stringId}, ${skuId}) is ${like} by name, but that offer records no such SKU.`,
    'zh-TW': (name, stringId, skuId, line, like) =>
      `第 ${line} 行：「${name}」（${stringId}，${skuId}）的名稱就是 ${like}，但該供應項目沒有記錄這個 SKU。`,
  },
  unlisted: {
    en: (name, stringId, skuId, line, like, likeName) =>
      `line ${line}: "${name}" (${stringId}, ${skuId}) looks like ${like} ("${likeName}") but no offer has it.`,
    'zh-TW': (name, stringId, skuId, line, like, likeName) =>
      `第 ${line} 行：「${name}」（${stringId}，${skuId}）與 ${like}（「${likeName}」）屬同一系列，但沒有任何供應項目收錄它。`,
  },
  newer: {
    en: (offer, since) => `${offer}: sold since ${since}.`,
    'zh-TW': (offer, since) => `${offer}：自 ${since} 起銷售。`,
  },
  fix: {
    en: () =>
      'Update content/catalog/offers.yaml (identity, names, or a new offer with its sources), or list a SKU the catalog leaves out on purpose under leftOut; then refresh the snapshot in content/catalog/microsoft/ with its provenance.',
    'zh-TW': () =>
      '請更新 content/catalog/offers.yaml（identity、名稱，或附上資料來源新增供應項目），或把刻意不收錄的 SKU 列在 leftOut 下；接著更新 content/catalog/microsoft/ 中的快照與其來源說明。',
  },
} satisfies Record<string, Say>;

const say = (key: keyof typeof SAY, locale: Locale, ...args: (string | number)[]) =>
  (SAY[key][locale] as (...values: string[]) => string)(...args.map(String));

const quotedList = (names: string[], locale: Locale) =>
  names.map((n) => quoted(n, locale)).join(separator(locale, 'listComma'));

/** Every line of the report in the locale, by section; sections without lines are left out. */
function sections(input: DriftInput): { heading: string; lines: string[] }[] {
  const { report, locale } = input;
  const all = [
    {
      heading: HEADINGS.missing[locale],
      lines: report.missing.map((m) =>
        say(m.kind === 'skuId' ? 'missingSku' : 'missingString', locale, m.offer, m.id),
      ),
    },
    {
      heading: HEADINGS.changed[locale],
      lines: report.changed.map((c) =>
        say(
          c.field === 'name' ? 'changedName' : 'changedString',
          locale,
          c.offer,
          c.skuId,
          c.microsoft,
          quotedList(c.catalog, locale),
          c.line,
        ),
      ),
    },
    {
      heading: HEADINGS.unlisted[locale],
      lines: report.unlisted.map((u) =>
        say(
          u.like.exact ? 'unlistedNamed' : 'unlisted',
          locale,
          u.name,
          u.stringId,
          u.skuId,
          u.line,
          u.like.offer,
          u.like.name,
        ),
      ),
    },
    {
      heading: HEADINGS.newer[locale],
      lines: report.newer.map((n) => say('newer', locale, n.offer, n.since)),
    },
  ];
  return all.filter((s) => s.lines.length > 0);
}

function differences(report: DriftReport): number {
  return report.missing.length + report.changed.length + report.unlisted.length;
}

function verdict(input: DriftInput): string[] {
  const count = differences(input.report);
  return count === 0
    ? [say('clean', input.locale)]
    : [say('drift', input.locale, count), say('fix', input.locale)];
}

function summary(input: DriftInput): string {
  const { report, locale } = input;
  return say('summary', locale, input.file, report.skus, report.compared, report.asOf, input.catalogAsOf);
}

/** Plain text for a terminal: a summary, a section per kind of difference, what to do. */
export function driftText(input: DriftInput): string {
  // Names and ids come from the CSV: each line is escaped, so none can hide a control character.
  const out = [summary(input), ''];
  for (const { heading, lines } of sections(input)) {
    out.push(labelled(heading, input.locale).trimEnd(), ...lines.map((l) => `  ${l}`), '');
  }
  out.push(...verdict(input));
  return `${out.map(escapeControl).join('\n')}\n`;
}

/** Markdown for an issue or a pull request. */
export function driftMarkdown(input: DriftInput): string {
  const out = [`## ${TITLE[input.locale]}`, '', escapeMarkdown(summary(input)), ''];
  for (const { heading, lines } of sections(input)) {
    out.push(`### ${heading}`, '', ...lines.map((l) => `- ${escapeMarkdown(l)}`), '');
  }
  out.push(...verdict(input).map(escapeMarkdown));
  return `${out.join('\n')}\n`;
}

/** JSON for scripts: the report as the rules package returns it, with what it was made from. */
export function driftJson(input: DriftInput): string {
  const { report, file, catalogAsOf } = input;
  return `${JSON.stringify({ version: 1, file, catalogAsOf, drift: differences(report) > 0, ...report }, null, 2)}\n`;
}

export const DRIFT_FORMATTERS: Record<DriftFormat, (input: DriftInput) => string> = {
  text: driftText,
  json: driftJson,
  markdown: driftMarkdown,
};
