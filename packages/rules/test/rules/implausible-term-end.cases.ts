import type { RuleCase } from '../helpers/cases.ts';
import { line, planWith } from '../helpers/plan.ts';

const ONE_YEAR = { en: 'one-year', 'zh-TW': '一年' };
const LONGEST = { en: 'three-year (the longest)', 'zh-TW': '三年（最長）' };

export default [
  {
    name: 'fires for a one-year term ending 9999-12-31, judged from today without a start',
    plan: planWith(line({ term: 'annual', termEnd: '9999-12-31', target: { provisionOn: '9999-12-25' } })),
    expect: [
      {
        pointer: '/subscriptions/0/termEnd',
        variant: 'fromToday',
        params: {
          subscription: 'e3',
          term: ONE_YEAR,
          date: '9999-12-31',
          today: '2027-01-10',
          latest: '2028-01-10',
        },
      },
    ],
  },
  {
    name: 'allows a one-year term ending within a year of today',
    plan: planWith(line({ term: 'annual', termEnd: '2028-01-09', target: { provisionOn: '2028-01-02' } })),
    expect: [],
  },
  {
    name: 'without a term, allows up to three years (the longest term) and no further',
    plan: planWith(
      line({ id: 'a', termEnd: '2030-01-10', target: { provisionOn: '2030-01-02' } }),
      line({ id: 'b', termEnd: '2030-01-11', target: { provisionOn: '2030-01-02' } }),
    ),
    expect: [
      {
        pointer: '/subscriptions/1/termEnd',
        variant: 'fromToday',
        params: {
          subscription: 'b',
          term: LONGEST,
          date: '2030-01-11',
          today: '2027-01-10',
          latest: '2030-01-10',
        },
      },
    ],
  },
  {
    name: 'with a start, measures from the start: a one-year term cannot end 13 months later',
    plan: planWith(line({ term: 'annual', termStart: '2026-04-01', termEnd: '2027-05-01' })),
    expect: [
      {
        pointer: '/subscriptions/0/termEnd',
        related: ['/subscriptions/0/termStart'],
        params: {
          subscription: 'e3',
          term: ONE_YEAR,
          date: '2027-05-01',
          start: '2026-04-01',
          latest: '2027-04-01',
        },
      },
    ],
  },
  {
    name: 'allows a term aligned to end earlier than a full term (coterminous end dates)',
    plan: planWith(line({ term: 'annual', termStart: '2026-04-01', termEnd: '2027-03-31' })),
    expect: [],
  },
  {
    name: 'fires for a term that ends before it starts',
    plan: planWith(line({ term: 'monthly', termStart: '2027-04-01', termEnd: '2027-03-31' })),
    expect: [
      {
        pointer: '/subscriptions/0/termEnd',
        related: ['/subscriptions/0/termStart'],
        variant: 'beforeStart',
        params: { subscription: 'e3', date: '2027-03-31', start: '2027-04-01' },
      },
    ],
  },
] satisfies RuleCase[];
