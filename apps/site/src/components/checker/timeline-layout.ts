import { type CalendarDate, daysBetween } from '@csp-move/rules/dates';
import type { TimelineModel, TimelineRow } from './timeline-model.ts';

/**
 * What the legend can explain, in the order it lists them: one entry per kind of period or marker.
 * A new kind (a paid extended term, a transfer) is one entry here, its word in LayoutText and the
 * page's strings, and its colour in checker.css (`tl-<kind>`, `cm-swatch-<kind>`); the legend shows
 * only the kinds a plan's drawing uses.
 */
export const LEGEND_KINDS = [
  'source',
  'grace',
  'extended',
  'cancel',
  'target',
  'gap',
  'today',
  'accepted',
] as const;
export type LegendKind = (typeof LEGEND_KINDS)[number];

/** What a shape stands for; the renderer turns it into a CSS class. */
export type ShapeKind = LegendKind | 'month' | 'row' | 'span';

export type Shape =
  | { type: 'rect'; kind: ShapeKind; x: number; y: number; width: number; height: number; title: string }
  | { type: 'line'; kind: ShapeKind; x1: number; y1: number; x2: number; y2: number; title?: string }
  | { type: 'text'; kind: ShapeKind; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' };

export interface TimelineLayout {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Words and formats the layout needs, in the page's locale. */
export interface LayoutText {
  source: string;
  grace: string;
  extended: string;
  cancel: string;
  target: string;
  gap: string;
  today: string;
  accepted: string;
  /** A calendar date as the locale writes it. */
  date(date: CalendarDate): string;
  /** A month (given by its first day) as a short axis label. */
  month(date: CalendarDate): string;
  /** An offer's name in the locale. */
  offer(id: string): string;
  /** "2 days": the length of a period too short to read off the axis. */
  days(count: number): string;
}

const AXIS = 24;
const ROW = 52;
const LABEL = 15;
const LANE = 12;
const PAD = 8;
/** Average width of a character of the row labels (13 px font); wide (CJK) characters count twice. */
const CHAR = 7;
/** The same for the month labels (11 px font). */
const MONTH_CHAR = 6;
/** Narrowest a period is drawn, so a two-day gap is not a sliver. */
const MIN_BAR = 10;
/** Periods narrower than this get their length written next to them. */
const LABELLED_BAR = 40;

/** Estimated width in pixels of a text, at `char` pixels per narrow character. */
export function textWidth(text: string, char: number): number {
  let units = 0;
  for (const c of text) units += /[\u1100-\uffdc]/u.test(c) ? 2 : 1;
  return units * char;
}

/** Shortens a row label to what fits in `width` pixels, ending it with an ellipsis when cut. */
export function fitLabel(label: string, width: number): string {
  const budget = Math.floor(width / CHAR);
  let used = 0;
  let out = '';
  for (const char of label) {
    used += /[\u1100-\uffdc]/u.test(char) ? 2 : 1;
    if (used > budget) return `${out.trimEnd()}…`;
    out += char;
  }
  return out;
}

/**
 * Places the timeline in a box `width` pixels wide: an axis of months on top, then per subscription a
 * label, a lane for the original (its term, grace period or cancel date) and a lane for the CSP
 * subscription, with any days without a licence marked across both. Dates are whole days: a bar
 * covers its last day.
 */
export function layoutTimeline(model: TimelineModel, width: number, words: LayoutText): TimelineLayout {
  const span = Math.max(1, daysBetween(model.from, model.to) + 1);
  const inner = width - 2 * PAD;
  const x = (date: CalendarDate) => PAD + (daysBetween(model.from, date) / span) * inner;
  // The right edge of a day (a bar covers its last day), without naming the day after 9999-12-31.
  const end = (date: CalendarDate) => x(date) + inner / span;
  const height = AXIS + model.rows.length * ROW + PAD;
  const shapes: Shape[] = [];

  // Month labels never run into each other or off the edge: a label that would is left out (its
  // grid line stays), so on a narrow screen every second or third month is named.
  let free = 0;
  for (const month of model.months) {
    shapes.push({ type: 'line', kind: 'month', x1: x(month), y1: AXIS - 6, x2: x(month), y2: height });
    const text = words.month(month);
    const left = x(month) + 3;
    const right = left + textWidth(text, MONTH_CHAR);
    if (left < free || right > width - PAD / 2) continue;
    shapes.push({ type: 'text', kind: 'month', x: left, y: AXIS - 10, text, anchor: 'start' });
    free = right + 8;
  }
  model.rows.forEach((row, i) => {
    shapes.push(...rowShapes(row, AXIS + i * ROW, { x, end, width, words, model }));
  });
  const marker = (kind: 'today' | 'accepted', date: CalendarDate, title: string) =>
    shapes.push({
      type: 'line',
      kind,
      x1: x(date),
      y1: AXIS - 6,
      x2: x(date),
      y2: height,
      title: `${title}: ${words.date(date)}`,
    });
  if (model.acceptedOn) marker('accepted', model.acceptedOn, words.accepted);
  marker('today', model.today, words.today);
  return { width, height, shapes };
}

interface Scale {
  x(date: CalendarDate): number;
  end(date: CalendarDate): number;
  width: number;
  words: LayoutText;
  model: TimelineModel;
}

function rowShapes(row: TimelineRow, top: number, { x, end, width, words, model }: Scale): Shape[] {
  const targets = row.targets.map((id) => words.offer(id)).join(' + ');
  const label = `${row.id}: ${words.offer(row.source)} → ${targets}`;
  const sourceY = top + LABEL + 4;
  const targetY = sourceY + LANE + 3;
  const rect = (kind: ShapeKind, from: number, to: number, y: number, h: number, title: string): Shape => ({
    type: 'rect',
    kind,
    x: from,
    y,
    width: Math.max(2, to - from),
    height: h,
    title,
  });
  /** A short period drawn at least MIN_BAR wide (centred on its days) with its length beside it. */
  const period = (
    kind: ShapeKind,
    from: CalendarDate,
    to: CalendarDate,
    y: number,
    h: number,
    title: string,
  ) => {
    const left = x(from);
    const right = end(to);
    if (right - left >= LABELLED_BAR) return [rect(kind, left, right, y, h, title)];
    const grown = Math.max(MIN_BAR, right - left);
    const start = Math.min(Math.max(PAD, (left + right - grown) / 2), width - PAD - grown);
    const text = words.days(daysBetween(from, to) + 1);
    const after = start + grown + 3 + textWidth(text, MONTH_CHAR) <= width - PAD;
    return [
      rect(kind, start, start + grown, y, h, title),
      {
        type: 'text' as const,
        kind: 'span' as const,
        x: after ? start + grown + 3 : start - 3,
        y: y + h - 2,
        text,
        anchor: after ? ('start' as const) : ('end' as const),
      },
    ];
  };
  const shapes: Shape[] = [
    {
      type: 'text',
      kind: 'row',
      x: PAD,
      y: top + LABEL,
      text: fitLabel(label, width - 2 * PAD),
      anchor: 'start',
    },
    rect(
      'source',
      x(model.from),
      end(row.sourceEnds),
      sourceY,
      LANE,
      `${words.source}: ${words.date(row.sourceEnds)}`,
    ),
  ];
  if (row.grace) {
    const title = `${words.grace}: ${words.date(row.grace.from)} – ${words.date(row.grace.to)}`;
    shapes.push(rect('grace', x(row.grace.from), end(row.grace.to), sourceY, LANE, title));
  }
  if (row.extended) {
    const title = `${words.extended}: ${words.date(row.extended.from)} – ${words.date(row.extended.to)}`;
    shapes.push(rect('extended', x(row.extended.from), end(row.extended.to), sourceY, LANE, title));
  }
  if (row.cancelOn) {
    const at = end(row.cancelOn);
    shapes.push({
      type: 'line',
      kind: 'cancel',
      x1: at,
      y1: sourceY - 3,
      x2: at,
      y2: sourceY + LANE + 3,
      title: `${words.cancel}: ${words.date(row.cancelOn)}`,
    });
  }
  shapes.push(
    rect(
      'target',
      x(row.provisionOn),
      end(model.to),
      targetY,
      LANE,
      `${words.target}: ${words.date(row.provisionOn)}`,
    ),
  );
  if (row.gap) {
    const title = `${words.gap}: ${words.date(row.gap.from)} – ${words.date(row.gap.to)}`;
    shapes.push(...period('gap', row.gap.from, row.gap.to, sourceY, targetY + LANE - sourceY, title));
  }
  return shapes;
}
