import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  isCalendarDate,
  maxDate,
  todayUtc,
} from '../src/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-01', false],
    ['27-01-01', false],
    ['2027-01-01T00:00:00Z', false],
    [' 2027-01-01', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    for (const value of [undefined, null, 20270101, new Date('2027-01-01'), ['2027-01-01']]) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });
});

describe('daysInMonth', () => {
  it.each([
    [2027, 2, 28],
    [2028, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2027, 4, 30],
    [2027, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addDays', () => {
  it.each([
    ['2027-03-31', 30, '2027-04-30'],
    ['2027-03-31', 31, '2027-05-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-02-29', 30, '2028-03-30'],
    ['2028-02-29', 365, '2029-02-28'],
    ['2028-02-29', 366, '2029-03-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2027-01-06', 730, '2029-01-05'],
    ['2026-10-12', 90, '2027-01-10'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2027-05-17', 0, '2027-05-17'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws on a value that is not a date', () => {
    expect(() => addDays('31/03/2027', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-03-01', 1],
    ['2027-03-31', '2027-03-01', -30],
    ['2027-01-01', '2028-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2027-05-17', '2027-05-17', 0],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('agrees with addDays on every day from 1999 to 2101', () => {
    let date = '1999-01-01';
    for (let n = 0; n < 102 * 366; n++) {
      const next = addDays(date, 1);
      expect(isCalendarDate(next)).toBe(true);
      expect(compareDates(next, date)).toBe(1);
      expect(daysBetween(date, next)).toBe(1);
      date = next;
    }
    expect(daysBetween('1999-01-01', date)).toBe(102 * 366);
  });
});

describe('compareDates and maxDate', () => {
  it('orders calendar dates', () => {
    expect(compareDates('2028-02-29', '2028-03-01')).toBeLessThan(0);
    expect(compareDates('2028-03-01', '2028-02-29')).toBeGreaterThan(0);
    expect(compareDates('2028-02-29', '2028-02-29')).toBe(0);
    expect(maxDate('2027-12-31', '2028-01-01')).toBe('2028-01-01');
    expect(maxDate('2028-01-01', '2027-12-31')).toBe('2028-01-01');
  });
});

describe('todayUtc', () => {
  it('takes the UTC calendar day, whatever the local time zone', () => {
    expect(todayUtc(new Date('2027-03-31T23:59:59Z'))).toBe('2027-03-31');
    expect(todayUtc(new Date('2027-04-01T00:00:00+02:00'))).toBe('2027-03-31');
  });
});

describe('addDays at the ends of four-digit years', () => {
  it('clamps instead of writing a five-digit year (regression: termEnd 9999-12-15 + grace threw)', () => {
    expect(addDays('9999-12-15', 30)).toBe('9999-12-31');
    expect(addDays('0000-01-05', -30)).toBe('0000-01-01');
  });
});
