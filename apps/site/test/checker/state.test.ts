import { describe, expect, it } from 'vitest';
import { stateEntries } from '../../src/components/checker/fields.ts';
import { readForm } from '../../src/components/checker/plan.ts';
import { defaultState, emptyLine, exampleState } from '../../src/components/checker/state.ts';

/** The form's start holds nothing the user did not give (issue 25, item 6); the example, on request, everything. */

const TODAY = '2027-01-10';

describe('the state a form starts from', () => {
  it('holds nothing but the day it is checked on (today) and the line’s own id', () => {
    const given = stateEntries(defaultState(TODAY)).filter(([, value]) => value !== '' && value !== false);
    expect(given).toEqual([
      ['/asOf', TODAY],
      ['/subscriptions/0/id', 'sub-1'],
    ]);
  });

  it('guesses no country: only the example, loaded on request, is in the locale’s usual one', () => {
    expect(exampleState(TODAY, 'en').partner.country).toBe('US');
    expect(exampleState(TODAY, 'zh-TW').partner.country).toBe('TW');
    expect(defaultState(TODAY).partner.country).toBe('');
  });

  it('a line added later starts empty too, its choices unanswered', () => {
    expect(emptyLine('sub-2')).toMatchObject({
      id: 'sub-2',
      channel: '',
      endOfTerm: '',
      done: '',
      offer: '',
    });
  });

  it('the example answers every question a plan requires', () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      const { plan, problems } = readForm(exampleState(TODAY, locale));
      expect(problems).toEqual([]);
      expect(plan?.relationship).toEqual({ reseller: 'not-requested', adminAccess: 'gdap' });
    }
  });
});
