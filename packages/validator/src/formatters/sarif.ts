import type { Locale } from '@csp-move/rules/messages';
import { isRuleId, type Rule, rules } from '@csp-move/rules/rules';
import { ruleUrl, SITE_URL } from '@csp-move/rules/site';
import type * as Sarif from 'sarif';
import { DIAGNOSTICS, diagnosticUrl, isDiagnosticCode } from '../diagnostics/index.ts';
import type { Diagnostic, FileResult, Range } from '../types.ts';
import { jsonText } from './text.ts';
import type { Formatter } from './types.ts';

const LEVELS: Record<Diagnostic['severity'], Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function clip(text: string, max = 1024): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The rules[] entry of a rule id or diagnostic code, with the texts GitHub code scanning shows. */
function descriptor(id: string, locale: Locale): Sarif.ReportingDescriptor {
  if (isRuleId(id) && rules[id]) {
    const rule = rules[id] as Rule;
    const help = rule.fix[locale];
    const url = ruleUrl(id, locale);
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text: rule.title[locale] },
      fullDescription: { text: clip(rule.rationale[locale]) },
      help: { text: help, markdown: `${help}\n\n[${id}](${url})` },
      helpUri: url,
      defaultConfiguration: { level: LEVELS[rule.severity] },
      properties: { tags: [rule.category], precision: 'very-high' },
    };
  }
  if (isDiagnosticCode(id)) {
    const definition = DIAGNOSTICS[id];
    const url = diagnosticUrl(id, locale);
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text: definition.title[locale] },
      fullDescription: { text: clip(definition.description[locale]) },
      help: {
        text: definition.description[locale],
        markdown: `${definition.description[locale]}\n\n[${id}](${url})`,
      },
      helpUri: url,
      defaultConfiguration: { level: LEVELS[definition.severity] },
      properties: { tags: [definition.stage], precision: 'very-high' },
    };
  }
  return { id, shortDescription: { text: id } };
}

/** A SARIF region; an empty range keeps only its start (SARIF regions end after their last character). */
function region(range: Range): Sarif.Region {
  const { start, end } = range;
  const empty = start.line === end.line && start.column === end.column;
  return empty
    ? { startLine: start.line, startColumn: start.column }
    : { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function location(uri: string, range: Range): Sarif.PhysicalLocation {
  return { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: region(range) };
}

function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, rules[] with help URIs for every
 * rule that appears, repository-relative paths, UTF-16 columns, fixes, and in-source suppressions.
 */
/** Findings past each file's cap, as a property of the run (SARIF has no field for results left out). */
function omittedProperties(files: readonly FileResult[]): Pick<Sarif.Run, 'properties'> {
  const omitted = Object.fromEntries(files.flatMap((f) => (f.omitted ? [[f.path, f.omitted]] : [])));
  return Object.keys(omitted).length > 0 ? { properties: { omitted } } : {};
}

export const sarif: Formatter = (report, options) => {
  const entries = report.files.flatMap((file) => [
    ...file.diagnostics.map((d) => ({ file, d, justification: undefined as string | undefined })),
    ...file.suppressed.map((d) => ({ file, d, justification: d.justification })),
  ]);
  const ids = [...new Set(entries.map((e) => e.d.rule))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results: Sarif.Result[] = entries.map(({ file, d, justification }) => {
    const uri = encodeUri(file.path);
    const result: Sarif.Result = {
      ruleId: d.rule,
      ruleIndex: index.get(d.rule) as number,
      level: LEVELS[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: location(uri, d.range),
          ...(d.pointer ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: 'member' }] } : {}),
        },
      ],
    };
    if (d.related?.length) {
      result.relatedLocations = d.related.map((r, i) => ({
        id: i,
        physicalLocation: location(uri, r.range),
        ...(r.message ? { message: { text: r.message } } : {}),
      }));
    }
    if (d.fixes?.length) {
      result.fixes = d.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: region(fix.range), insertedContent: { text: fix.replacement } }],
          },
        ],
      }));
    }
    if (justification !== undefined) result.suppressions = [{ kind: 'inSource', justification }];
    return result;
  });
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'csp-move',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: SITE_URL,
            rules: ids.map((id) => descriptor(id, options.locale)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        ...omittedProperties(report.files),
      },
    ],
  };
  return `${jsonText(log, 2)}\n`;
};
