import { MAX_DIAGNOSTICS_PER_FILE } from '../core/result.ts';
import type { Diagnostic } from '../types.ts';
import { moreFindings, word } from './strings.ts';
import { omittedCount } from './summary.ts';
import { escapeControl } from './text.ts';
import type { Formatter } from './types.ts';

// Workflow command escaping, as @actions/core does it: data needs % CR LF escaped, property values
// also `:` and `,` (they separate properties). Messages have their control characters written out
// first (a value from the file cannot break the log), paths too
// (a path with no control characters, the usual case, is unchanged, so annotations land).
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMANDS: Record<Diagnostic['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

// GitHub drops annotations past this many of one kind in a step.
const ANNOTATION_CAP = 10;

function annotation(path: string, d: Diagnostic): string {
  const { start, end } = d.range;
  const properties: [string, string | number][] = [
    // A control character in a file name would reach the log raw; escaped, it is shown instead.
    ['file', escapeControl(path)],
    ['line', start.line],
    ['endLine', end.line],
  ];
  // Columns are only allowed when the annotation stays on one line.
  if (start.line === end.line) properties.push(['col', start.column], ['endColumn', end.column]);
  properties.push(['title', d.rule]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[d.severity]} ${props}::${escapeData(`${escapeControl(d.message)}\n${d.help}`)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding, on the file and range. The CLI also
 * writes a Markdown job summary when GITHUB_STEP_SUMMARY is set.
 */
export const github: Formatter = (report, options) => {
  const lines: string[] = [];
  const perKind = new Map<string, number>();
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      lines.push(annotation(file.path, d));
      perKind.set(d.severity, (perKind.get(d.severity) ?? 0) + 1);
    }
    const more = omittedCount(file);
    if (more > 0) {
      const note = moreFindings(more, MAX_DIAGNOSTICS_PER_FILE, options.locale);
      lines.push(`::notice file=${escapeProperty(escapeControl(file.path))}::${escapeData(note)}`);
    }
  }
  if ([...perKind.values()].some((n) => n > ANNOTATION_CAP))
    lines.push(word('annotationCap', options.locale));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
