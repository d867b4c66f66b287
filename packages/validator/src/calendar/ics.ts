/**
 * Plan steps as an iCalendar file (RFC 5545). Pure and browser-safe: the CLI's `calendar` command and
 * the site's checker write the same bytes for the same plans.
 */
import { addDays } from '@csp-move/rules/dates';

/** The last day a plan date can name. */
const LAST_DAY = '9999-12-31';

import { type Locale, labelled, VERDICT_LABELS } from '@csp-move/rules/messages';
import { STATE_LABELS } from '../formatters/steps.ts';
import type { FileResult, FileStep, Verdict } from '../types.ts';

/** One dated step of one plan: what becomes one all-day event. */
export interface CalendarEntry {
  /** The plan file as shown to the user (part of the UID). */
  plan: string;
  customer: string;
  verdict: Verdict;
  step: FileStep;
  /** The day of the event: when it happened for a done step, else when it is due (else planned). */
  day: string;
}

export interface IcsOptions {
  locale: Locale;
  /** When the file is written (DTSTAMP). */
  stamp: Date;
  /** Days before each open step's day that its reminder goes off (at 09:00). Default 7. */
  remindDays?: number;
  /** Version of csp-move, for PRODID. */
  version?: string;
}

export const DEFAULT_REMIND_DAYS = 7;

const WORDS = {
  calendar: { en: 'csp-move: subscription moves', 'zh-TW': 'csp-move：訂閱移轉' },
  plan: { en: 'Plan', 'zh-TW': '計畫檔' },
  verdict: { en: 'Verdict', 'zh-TW': '判定' },
  state: { en: 'State', 'zh-TW': '狀態' },
  due: { en: 'Due', 'zh-TW': '期限' },
  planned: { en: 'Planned', 'zh-TW': '預定' },
  reminder: { en: 'Reminder', 'zh-TW': '提醒' },
} as const;

/**
 * Every dated step of every judged plan, in the order of the results and then of each plan's steps.
 * A result needs only its path, verdict and schedule (what `validateText` returns in a browser too).
 */
export function calendarEntries(
  results: readonly Pick<FileResult, 'path' | 'verdict' | 'schedule'>[],
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const result of results) {
    const schedule = result.schedule;
    if (!schedule) continue;
    for (const step of schedule.steps) {
      const day = step.state === 'done' ? (step.date ?? step.due) : (step.due ?? step.date);
      if (!day) continue;
      entries.push({ plan: result.path, customer: schedule.customer, verdict: result.verdict, step, day });
    }
  }
  return entries;
}

/**
 * FNV-1a over the UTF-16 code units, in two 32-bit lanes with different offsets: a short, stable
 * digest (not a security hash) that needs no BigInt arithmetic.
 */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The UID of a step's event: the same plan file, customer and step id always give the same UID, so a
 * calendar that imports the file again updates the event instead of adding a second one.
 */
export function stepUid(plan: string, customer: string, stepId: string): string {
  const readable = stepId.replace(/[^A-Za-z0-9-]+/g, '-');
  return `${readable}-${digest(`${plan}\n${customer}\n${stepId}`)}@csp-move`;
}

// Control characters are not allowed in iCalendar text (tab is); C1 controls and the invisible
// characters that reorder or hide text (bidi controls, zero-width characters, BOM) go too. Line breaks,
// U+2028 and U+2029 included, become \n.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n');
}

/** Octets the code point at `i` takes in UTF-8, and how many UTF-16 units it spans. */
function octets(line: string, i: number): [bytes: number, units: number] {
  const c = line.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) return [4, 2];
  return [3, 1];
}

/**
 * A content line folded so that no line is longer than 75 octets (RFC 5545 3.1): a continuation line
 * starts with one space. Folding never splits a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  // A UTF-16 unit takes at most three octets: a line this short cannot be too long.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length; ) {
    const [bytes, units] = octets(line, i);
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space is an octet too
    if (size + bytes > limit) {
      parts.push(line.slice(start, i));
      start = i;
      size = 0;
    }
    size += bytes;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function basicDate(day: string): string {
  return day.replace(/-/g, '');
}

function stampOf(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function summary(entry: CalendarEntry, locale: Locale): string {
  const mark = entry.step.state === 'done' ? '✓ ' : entry.step.state === 'overdue' ? '⚠ ' : '';
  return `${mark}${labelled(entry.customer, locale)}${entry.step.title}`;
}

function description(entry: CalendarEntry, locale: Locale): string {
  const label = (key: keyof typeof WORDS) => labelled(WORDS[key][locale], locale);
  const { step } = entry;
  const lines = [
    `${label('plan')}${entry.plan}`,
    `${label('verdict')}${VERDICT_LABELS[entry.verdict][locale]}`,
    `${label('state')}${STATE_LABELS[step.state][locale]}`,
  ];
  if (step.date) lines.push(`${label('planned')}${step.date}`);
  if (step.due && step.due !== step.date) lines.push(`${label('due')}${step.due}`);
  return lines.join('\n');
}

/** The reminder's trigger: `days` before the day, at 09:00 local time (the event starts at 00:00). */
function trigger(days: number): string {
  return days === 0 ? 'PT9H' : `-P${days - 1}DT15H`;
}

function event(entry: CalendarEntry, options: IcsOptions, stamp: string): string[] {
  const { locale } = options;
  const remind = options.remindDays ?? DEFAULT_REMIND_DAYS;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${stepUid(entry.plan, entry.customer, entry.step.id)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(entry.day)}`,
    // An all-day event without an end lasts the day (RFC 5545 3.6.1); the day after 9999-12-31 cannot
    // be written, and an end equal to the start would be an event of no length.
    ...(entry.day === LAST_DAY ? [] : [`DTEND;VALUE=DATE:${basicDate(addDays(entry.day, 1))}`]),
    `SUMMARY:${escapeText(summary(entry, locale))}`,
    `DESCRIPTION:${escapeText(description(entry, locale))}`,
    `CATEGORIES:${escapeText('csp-move')},${escapeText(entry.step.kind)}`,
    'TRANSP:TRANSPARENT',
  ];
  // A reminder for what is still to do; a done step is only a record.
  if (entry.step.state !== 'done') {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${trigger(remind)}`,
      `DESCRIPTION:${escapeText(`${labelled(WORDS.reminder[locale], locale)}${summary(entry, locale)}`)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The iCalendar file for these entries: CRLF line ends, folded lines, one all-day VEVENT per step. */
export function writeIcs(entries: readonly CalendarEntry[], options: IcsOptions): string {
  const stamp = stampOf(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//csp-move//csp-move${options.version ? ` ${options.version}` : ''}//${options.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(WORDS.calendar[options.locale])}`,
    `X-WR-CALNAME:${escapeText(WORDS.calendar[options.locale])}`,
    ...entries.flatMap((entry) => event(entry, options, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
