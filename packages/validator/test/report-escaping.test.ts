// Regression tests for issue 21's report items: line breaks, U+2028/U+2029, C1 and bidi controls from a
// plan reached report bodies raw; a `|` in a file name added a cell to the status Markdown table; a
// step on 9999-12-31 got a DTEND equal to its DTSTART.

import { defaultCatalog } from '@csp-move/rules/catalog';
import { stepTitle } from '@csp-move/rules/timeline';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type CalendarEntry, calendarEntries, writeIcs } from '../src/calendar/ics.ts';
import { validateText } from '../src/core/validate.ts';
import { FORMATTERS } from '../src/formatters/index.ts';
import type { FormatterOptions } from '../src/formatters/types.ts';
import { STATUS_FORMATTERS, statusReport } from '../src/status/index.ts';
import type { FileResult, FileStep } from '../src/types.ts';
import { UPCOMING_PLAN } from './helpers/fixtures.ts';

const options: FormatterOptions = { locale: 'en', color: false, failOn: 'error', toolVersion: '0' };
const catalog = defaultCatalog();
const statusOptions = {
  locale: 'en' as const,
  color: false,
  reword: (step: FileStep, locale: 'en' | 'zh-TW') =>
    stepTitle({ kind: step.kind as never, params: step.params, variant: step.variant }, locale, catalog),
};
// Line and paragraph separators, NEL (C1), a right-to-left override, CR LF.
const INVISIBLE = ['\u2028', '\u2029', '\u0085', '\u009b', '\u202e', '\u2066', '\r', '\n'];
const NAME = `Fourth${INVISIBLE.join('x')}Coffee`;

/** A plan whose customer name holds them (judged, with a schedule) and one with such a key (refused). */
function hostile(): FileResult[] {
  const plan = UPCOMING_PLAN.replace(/ {2}name: 'Fourth Coffee[^\n]*/, `  name: ${JSON.stringify(NAME)}`);
  const withKey = `${UPCOMING_PLAN}${JSON.stringify(`k${INVISIBLE.join('')}`)}: 1\n`;
  return [
    validateText(plan, { path: 'plans/a.plan.yaml', today: '2027-03-23' }),
    validateText(withKey, { path: 'plans/b.plan.yaml', today: '2027-03-23' }),
  ];
}

/** Characters of INVISIBLE found raw in `text`, besides the line ends the format itself uses. */
function rawIn(text: string, lineEnd: string): string[] {
  const body = text.split(lineEnd).join('');
  return INVISIBLE.filter((char) => body.includes(char));
}

describe('report bodies', () => {
  const files = hostile();
  it('the plan reads as it should (the name and the key reach the findings)', () => {
    expect(files[0]?.schedule?.customer).toBe(NAME);
    expect(files[1]?.diagnostics.some((d) => d.message.includes('\u2028'))).toBe(true);
  });

  it.each(['json', 'sarif', 'junit', 'markdown', 'github', 'stylish'] as const)(
    '%s holds no raw line break, separator, C1 or bidi control from the plan',
    (format) => {
      const text = FORMATTERS[format]({ files }, options);
      expect(rawIn(text, '\n')).toEqual([]);
    },
  );

  it.each(['json', 'html', 'markdown', 'table'] as const)('status %s holds none either', (format) => {
    const text = STATUS_FORMATTERS[format](statusReport(files), statusOptions);
    expect(rawIn(text, '\n')).toEqual([]);
  });

  it('the JSON reports still carry the very same values', () => {
    const json = JSON.parse(FORMATTERS.json({ files }, options));
    expect(json.files[1].findings.map((d: { message: string }) => d.message)).toEqual(
      files[1]?.diagnostics.map((d) => d.message),
    );
  });

  it('the calendar holds none, and folds and parses as before', () => {
    const text = writeIcs(calendarEntries(files), { locale: 'en', stamp: new Date(0) });
    expect(rawIn(text, '\r\n')).toEqual([]);
    const summaries = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => s.includes('Fourth'))).toBe(true);
  });
});

describe('status Markdown', () => {
  it('a | in a file name stays in its cell', () => {
    const report = statusReport([validateText(UPCOMING_PLAN, { path: 'plans/a|b|c.plan.yaml' })]);
    const html = new MarkdownIt().render(STATUS_FORMATTERS.markdown(report, statusOptions));
    const row = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    const header = /<thead>\s*<tr>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row.match(/<td/g)?.length).toBe(header.match(/<th/g)?.length);
    expect(row).toContain('<code>plans/a|b|c.plan.yaml</code>');
  });
});

describe('calendar', () => {
  it('a step on 9999-12-31 lasts one day instead of ending where it starts', () => {
    const [entry] = calendarEntries(hostile());
    const last: CalendarEntry = { ...(entry as CalendarEntry), day: '9999-12-31' };
    const text = writeIcs([last], { locale: 'en', stamp: new Date(0) });
    expect(text).toContain('DTSTART;VALUE=DATE:99991231');
    expect(text).not.toMatch(/DTEND;VALUE=DATE:99991231/);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.startDate.toString()).toBe('9999-12-31');
    expect(event.duration.toSeconds()).toBe(86_400);
  });
});
