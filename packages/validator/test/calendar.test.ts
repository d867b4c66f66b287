import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEntries, escapeText, foldLine, stepUid, writeIcs } from '../src/calendar/ics.ts';
import { validateText } from '../src/core/validate.ts';
import { UPCOMING_PLAN } from './helpers/fixtures.ts';
import { READY_PLAN } from './helpers/plan.ts';

const stamp = new Date('2026-12-01T09:30:00Z');
const results = (today?: string, locale: 'en' | 'zh-TW' = 'en') => [
  validateText(UPCOMING_PLAN, { path: 'plans/fourth.plan.yaml', locale, ...(today ? { today } : {}) }),
  validateText(READY_PLAN, { path: 'plans/tailspin.plan.yaml', locale }),
];
const ics = (today?: string, locale: 'en' | 'zh-TW' = 'en') =>
  writeIcs(calendarEntries(results(today, locale)), { locale, stamp, version: '1.2.3' });

/** The VEVENTs of an iCalendar text, read by ical.js (the parser Mozilla's calendar code uses). */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
      trigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
    };
  });
}

describe('writeIcs', () => {
  const text = ics();
  const parsed = events(text);

  it('writes CRLF line ends and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('round-trips through ical.js: one all-day event per dated step, customer and step in the summary', () => {
    const dated = calendarEntries(results());
    expect(parsed).toHaveLength(dated.length);
    const request = parsed.find((e) => e.summary.includes('Send the reseller relationship request'));
    expect(request).toMatchObject({
      summary:
        'Fourth Coffee <Taipei>, "Ltd"; \\ & Co: Send the reseller relationship request to a Billing Administrator of Fourth Coffee <Taipei>, "Ltd"; \\ & Co',
      start: '2027-03-22',
      end: '2027-03-23',
      allDay: true,
      stamp: '2026-12-01T09:30:00Z',
      trigger: '-P6DT15H',
    });
    expect(request?.description).toContain('Plan: plans/fourth.plan.yaml\nVerdict: Ready\nState: upcoming');
  });

  it('marks done steps and sets no reminder on them', () => {
    const done = parsed.filter((e) => e.summary.startsWith('✓ '));
    expect(done.length).toBeGreaterThan(0);
    for (const event of done) expect(event.trigger).toBeUndefined();
  });

  it('marks overdue steps when the plan is judged after their due date', () => {
    const late = events(ics('2027-03-23')).find((e) => e.summary.includes('Send the reseller'));
    expect(late?.summary.startsWith('⚠ ')).toBe(true);
    expect(late?.description).toContain('State: overdue');
  });

  it('keeps every UID when the plans are judged again, so a re-import updates instead of adding', () => {
    const again = events(ics('2027-04-10', 'zh-TW'));
    expect(again.map((e) => e.uid).sort()).toEqual(parsed.map((e) => e.uid).sort());
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });

  it('derives UIDs from the plan file, the customer and the step', () => {
    const uid = stepUid('plans/a.yaml', 'Fabrikam', 'provision:e3');
    expect(uid).toBe(stepUid('plans/a.yaml', 'Fabrikam', 'provision:e3'));
    expect(uid).toMatch(/^provision-e3-[0-9a-f]{16}@csp-move$/);
    expect(stepUid('plans/b.yaml', 'Fabrikam', 'provision:e3')).not.toBe(uid);
    expect(stepUid('plans/a.yaml', 'Fabrikam AG', 'provision:e3')).not.toBe(uid);
    expect(stepUid('plans/a.yaml', 'Fabrikam', 'provision:e5')).not.toBe(uid);
  });

  it('sets the reminder the given number of days before, at 09:00', () => {
    const entries = calendarEntries(results());
    const triggers = (days: number) =>
      events(writeIcs(entries, { locale: 'en', stamp, remindDays: days }))
        .map((e) => e.trigger)
        .filter(Boolean);
    expect(new Set(triggers(1))).toEqual(new Set(['-PT15H']));
    expect(new Set(triggers(0))).toEqual(new Set(['PT9H']));
  });

  it('writes Traditional Chinese text that survives folding', () => {
    const zh = ics(undefined, 'zh-TW');
    const event = events(zh).find((e) => e.summary.includes('轉銷商關係要求'));
    expect(event?.summary).toContain('：將轉銷商關係要求寄給');
    expect(event?.description).toContain('計畫檔：plans/fourth.plan.yaml');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'移轉'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});
