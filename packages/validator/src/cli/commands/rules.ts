import {
  CATEGORY_LABELS,
  type Locale,
  labelled,
  localePath,
  SEVERITY_LABELS,
  separator,
} from '@csp-move/rules/messages';
import {
  isRuleId,
  RULE_IDS,
  type Rule,
  restsOnThirdPartiesOnly,
  rules,
  type Source,
} from '@csp-move/rules/rules';
import { ruleUrl, SITE_URL } from '@csp-move/rules/site';
import { closest } from '@csp-move/rules/suggest';
import { DIAGNOSTIC_CODES, DIAGNOSTICS, diagnosticUrl, isDiagnosticCode } from '../../diagnostics/index.ts';
import { word } from '../../formatters/strings.ts';
import { escapeMarkdown } from '../../formatters/text.ts';
import { oneOf, type ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const WORDS = {
  why: { en: 'Why it matters', 'zh-TW': '為何重要' },
  fix: { en: 'How to fix it', 'zh-TW': '如何修正' },
  guide: { en: 'Guidance', 'zh-TW': '指南' },
  sources: { en: 'Sources', 'zh-TW': '資料來源' },
  more: { en: 'More', 'zh-TW': '詳細說明' },
  title: { en: 'Title', 'zh-TW': '標題' },
  checked: { en: 'checked', 'zh-TW': '檢查於' },
  thirdPartyOnly: {
    en: 'This rule rests on third-party sources only; Microsoft documentation confirming it was not found.',
    'zh-TW': '此規則僅根據第三方資料，尚未找到可證實的 Microsoft 文件。',
  },
  diagnostics: {
    en: 'Diagnostics of the validator (YAML, schema, suppressions)',
    'zh-TW': '驗證工具本身的診斷（YAML、結構描述、停用註解）',
  },
} as const;

// Who published a source, as the rule pages and this command name it.
const PUBLISHERS: Record<Source['publisher'], Record<Locale, string>> = {
  microsoft: { en: 'Microsoft', 'zh-TW': 'Microsoft' },
  'third-party': { en: 'third party', 'zh-TW': '第三方' },
  'csp-move': { en: 'csp-move', 'zh-TW': 'csp-move' },
};

/** "(2025-01-30; Microsoft, checked 2026-12-01)": the document's date, who published it, when it was read. */
function sourceFacts(source: Source, locale: Locale): string {
  const who = `${PUBLISHERS[source.publisher][locale]}${separator(locale, 'comma')}${WORDS.checked[locale]} ${source.checked}`;
  return `(${source.date ? `${source.date}${separator(locale, 'semicolon')}` : ''}${who})`;
}

function known(): Rule[] {
  return RULE_IDS.flatMap((id) => (rules[id] ? [rules[id] as Rule] : []));
}

function guideUrl(rule: Rule, locale: Locale): string {
  return `${SITE_URL}${localePath(rule.guide, locale)}`;
}

function list(locale: Locale, format: Format): string {
  const all = known();
  if (format === 'json') {
    const entries = all.map((r) => ({
      id: r.id,
      severity: r.severity,
      category: r.category,
      title: r.title[locale],
      help: ruleUrl(r.id, locale),
    }));
    const codes = DIAGNOSTIC_CODES.map((code) => ({
      id: code,
      severity: DIAGNOSTICS[code].severity,
      stage: DIAGNOSTICS[code].stage,
      title: DIAGNOSTICS[code].title[locale],
      help: diagnosticUrl(code, locale),
    }));
    return `${JSON.stringify({ rules: entries, diagnostics: codes }, null, 2)}\n`;
  }
  if (format === 'markdown') {
    const rows = all.map(
      (r) =>
        `| [${r.id}](${ruleUrl(r.id, locale)}) | ${SEVERITY_LABELS[r.severity][locale]} | ${escapeMarkdown(r.title[locale])} |`,
    );
    const head = `| ${word('rule', locale)} | ${word('severity', locale)} | ${WORDS.title[locale]} |`;
    return `${[head, '| --- | --- | --- |', ...rows].join('\n')}\n`;
  }
  const width = Math.max(...all.map((r) => r.id.length), ...DIAGNOSTIC_CODES.map((c) => c.length));
  const rows = all.map(
    (r) => `  ${r.id.padEnd(width)}  ${SEVERITY_LABELS[r.severity][locale].padEnd(8)}  ${r.title[locale]}`,
  );
  const codes = DIAGNOSTIC_CODES.map(
    (c) =>
      `  ${c.padEnd(width)}  ${SEVERITY_LABELS[DIAGNOSTICS[c].severity][locale].padEnd(8)}  ${DIAGNOSTICS[c].title[locale]}`,
  );
  return `${[...rows, '', labelled(WORDS.diagnostics[locale], locale).trimEnd(), ...codes].join('\n')}\n`;
}

function ruleDetail(rule: Rule, locale: Locale, format: Format): string {
  if (format === 'json') {
    const { check: _check, ...data } = rule;
    return `${JSON.stringify({ ...data, help: ruleUrl(rule.id, locale) }, null, 2)}\n`;
  }
  const sources = rule.sources.map((s) => `${s.title} ${sourceFacts(s, locale)}: ${s.url}`);
  const caveat = restsOnThirdPartiesOnly(rule.sources) ? [WORDS.thirdPartyOnly[locale]] : [];
  if (format === 'markdown') {
    return `${[
      `## ${rule.id}`,
      '',
      `**${escapeMarkdown(rule.title[locale])}** (${SEVERITY_LABELS[rule.severity][locale]})`,
      '',
      `### ${WORDS.why[locale]}`,
      '',
      escapeMarkdown(rule.rationale[locale]),
      '',
      `### ${WORDS.fix[locale]}`,
      '',
      escapeMarkdown(rule.fix[locale]),
      '',
      `### ${WORDS.sources[locale]}`,
      '',
      ...rule.sources.map((s) => `- [${escapeMarkdown(s.title)}](${s.url}) ${sourceFacts(s, locale)}`),
      ...caveat.flatMap((c) => ['', escapeMarkdown(c)]),
      '',
      `${labelled(WORDS.guide[locale], locale)}${guideUrl(rule, locale)}`,
    ].join('\n')}\n`;
  }
  return `${[
    `${rule.id}  (${SEVERITY_LABELS[rule.severity][locale]}, ${CATEGORY_LABELS[rule.category][locale]})`,
    rule.title[locale],
    '',
    labelled(WORDS.why[locale], locale).trimEnd(),
    `  ${rule.rationale[locale]}`,
    '',
    labelled(WORDS.fix[locale], locale).trimEnd(),
    `  ${rule.fix[locale]}`,
    '',
    labelled(WORDS.sources[locale], locale).trimEnd(),
    ...sources.map((s) => `  - ${s}`),
    ...caveat.map((c) => `  ${c}`),
    '',
    `${labelled(WORDS.guide[locale], locale)}${guideUrl(rule, locale)}`,
    `${labelled(WORDS.more[locale], locale)}${ruleUrl(rule.id, locale)}`,
  ].join('\n')}\n`;
}

function codeDetail(code: keyof typeof DIAGNOSTICS, locale: Locale, format: Format): string {
  const definition = DIAGNOSTICS[code];
  if (format === 'json')
    return `${JSON.stringify({ id: code, ...definition, help: diagnosticUrl(code, locale) }, null, 2)}\n`;
  const head = `${code}  (${SEVERITY_LABELS[definition.severity][locale]}, ${definition.stage})`;
  if (format === 'markdown') {
    return `## ${code}\n\n**${escapeMarkdown(definition.title[locale])}**\n\n${escapeMarkdown(definition.description[locale])}\n\n${labelled(WORDS.more[locale], locale)}${diagnosticUrl(code, locale)}\n`;
  }
  return `${[head, definition.title[locale], '', `  ${definition.description[locale]}`, '', `${labelled(WORDS.more[locale], locale)}${diagnosticUrl(code, locale)}`].join('\n')}\n`;
}

/** `csp-move rules [id]`: every rule and diagnostic code, or the full explanation of one. */
export function rulesCommand(parsed: ParsedCommand, io: CliIo, locale: Locale): number {
  const format = oneOf('format', parsed.values.format, FORMATS, locale) ?? 'text';
  const [id, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError(say('unexpectedArgument', locale, String(extra[0])));
  if (id === undefined) {
    io.stdout.write(list(locale, format));
    return 0;
  }
  if (isRuleId(id) && rules[id]) {
    io.stdout.write(ruleDetail(rules[id] as Rule, locale, format));
    return 0;
  }
  if (isDiagnosticCode(id)) {
    io.stdout.write(codeDetail(id, locale, format));
    return 0;
  }
  const suggestion = closest(id, [...known().map((r) => r.id), ...DIAGNOSTIC_CODES]);
  throw new UsageError(say('unknownRule', locale, id, suggestion ?? ''));
}
