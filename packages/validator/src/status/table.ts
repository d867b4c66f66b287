import { type Locale, VERDICT_LABELS } from '@csp-move/rules/messages';
import { createColors } from 'picocolors';
import { STATE_LABELS } from '../formatters/steps.ts';
import { escapeControl } from '../formatters/text.ts';
import { displayWidth } from '../formatters/width.ts';
import { type StatusReport, type StatusRow, statusSummary, statusWord } from './rows.ts';

export interface TableOptions {
  locale: Locale;
  color: boolean;
  /** Terminal width; without it (a pipe, a file) nothing is cut. */
  columns?: number;
}

type Cell = { text: string; paint?: (s: string) => string };

/** The text cut to `width` columns, with an ellipsis when something was left out. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function cells(row: StatusRow, locale: Locale, colors: ReturnType<typeof createColors>): Cell[] {
  const state = row.next ? STATE_LABELS[row.next.state][locale] : '';
  const overdue = row.next?.state === 'overdue';
  const step = row.next
    ? row.next.title
    : row.verdict === 'invalid'
      ? statusWord('unreadable', locale)
      : statusWord('none', locale);
  const verdictPaint =
    row.verdict === 'ready' ? colors.green : row.verdict === 'needs-attention' ? colors.yellow : colors.red;
  return [
    { text: escapeControl(row.customer ?? '—') },
    { text: VERDICT_LABELS[row.verdict][locale], paint: verdictPaint },
    { text: row.day ?? '', paint: overdue ? colors.red : undefined },
    { text: row.daysLeft === undefined ? '' : String(row.daysLeft), paint: overdue ? colors.red : undefined },
    { text: state, paint: overdue ? colors.red : colors.dim },
    { text: escapeControl(step) },
    { text: escapeControl(row.path), paint: colors.dim },
  ];
}

// The columns that give way, in order, when the terminal is too narrow: the step, then the file.
const SHRINKABLE = [5, 6, 0];
const MINIMUM = [8, 0, 0, 0, 0, 16, 12];
const RIGHT = new Set([3]);

/**
 * The status as a terminal table: one line per plan, overdue first. It fits the terminal's width by
 * cutting the step, file and customer columns; without a width it prints everything.
 */
export function statusTable(report: StatusReport, options: TableOptions): string {
  const { locale } = options;
  const colors = createColors(options.color);
  const header: Cell[] = [
    statusWord('customer', locale),
    statusWord('verdict', locale),
    statusWord('date', locale),
    statusWord('daysLeft', locale),
    statusWord('state', locale),
    statusWord('nextStep', locale),
    statusWord('file', locale),
  ].map((text) => ({ text, paint: colors.bold }));
  const body = report.rows.map((row) => cells(row, locale, colors));
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((r) => displayWidth(r[i]?.text ?? ''))),
  );
  if (options.columns !== undefined) {
    const gap = 2 * (widths.length - 1);
    let excess = widths.reduce((a, b) => a + b, 0) + gap - options.columns;
    for (const i of SHRINKABLE) {
      if (excess <= 0) break;
      const give = Math.min(excess, Math.max(0, (widths[i] as number) - (MINIMUM[i] as number)));
      widths[i] = (widths[i] as number) - give;
      excess -= give;
    }
  }
  const line = (row: Cell[]) =>
    row
      .map((cell, i) => {
        const text = pad(cut(cell.text, widths[i] as number), widths[i] as number, RIGHT.has(i));
        return cell.paint ? cell.paint(text) : text;
      })
      .join('  ')
      .trimEnd();
  const out = report.rows.length === 0 ? [statusWord('noPlans', locale)] : [line(header), ...body.map(line)];
  out.push('', statusSummary(report, locale));
  return `${out.join('\n')}\n`;
}
