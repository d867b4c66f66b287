import { describe, expect, it } from 'vitest';
import { applyFix } from '../src/core/fixes.ts';
import { validateText } from '../src/core/validate.ts';
import { planWith, READY_PLAN, rangeOf } from './helpers/plan.ts';

interface Case {
  name: string;
  /** [search, replacement] in READY_PLAN */
  edit: [string, string];
  code: string;
  pointer: string;
  /** Text the range covers, and where to start looking for it. */
  at: string;
  after?: string;
  /** The fix the diagnostic offers, if any; applying it must make the diagnostic go away. */
  fix?: string;
}

const CASES: Case[] = [
  {
    name: 'unknown key with a near miss',
    edit: ['    termEnd: 2027-05-31', '    termend: 2027-05-31'],
    code: 'unknown-key',
    pointer: '/subscriptions/0/termend',
    at: 'termend',
    fix: 'termEnd',
  },
  {
    name: 'unknown key with nothing close',
    edit: ['  agreementAccepted: true', '  agreementAccepted: true\n  colour: blue'],
    code: 'unknown-key',
    pointer: '/customer/colour',
    at: 'colour',
  },
  {
    name: 'missing field, on the key of the mapping that lacks it',
    edit: ['  adminAccess: gdap\n', ''],
    code: 'missing-field',
    pointer: '/relationship',
    at: 'relationship',
  },
  {
    name: 'missing field in a list item, on its first line',
    edit: ['    channel: web-direct\n', ''],
    code: 'missing-field',
    pointer: '/subscriptions/0',
    at: 'id: standard',
  },
  {
    name: 'conditionally required field',
    edit: ['  acceptedOn: 2027-04-21\n', ''],
    code: 'missing-field',
    pointer: '/relationship',
    at: 'relationship',
  },
  {
    name: 'missing top-level field, on the first line of the plan',
    edit: ['version: 2\n', ''],
    code: 'missing-field',
    pointer: '',
    at: 'asOf: 2027-05-02',
  },
  {
    name: 'yes where a boolean belongs',
    edit: ['  agreementAccepted: true', '  agreementAccepted: yes'],
    code: 'yes-no-boolean',
    pointer: '/customer/agreementAccepted',
    at: 'yes',
    fix: 'true',
  },
  {
    name: 'off where a boolean belongs',
    edit: ['    termEnd: 2027-05-31', '    trial: Off\n    termEnd: 2027-05-31'],
    code: 'yes-no-boolean',
    pointer: '/subscriptions/0/trial',
    at: 'Off',
    fix: 'false',
  },
  {
    name: 'digits where text belongs',
    edit: ['  partnerId: "6120457"', '  partnerId: 6120457'],
    code: 'unquoted-number',
    pointer: '/partner/partnerId',
    at: '6120457',
    fix: '"6120457"',
  },
  {
    name: 'a version-like number where text belongs keeps its source text',
    edit: ['  name: Northwind Traders', '  name: 1.10'],
    code: 'unquoted-number',
    pointer: '/partner/name',
    at: '1.10',
    fix: '"1.10"',
  },
  {
    name: 'true where text belongs',
    edit: ['  name: Tailspin Coffee', '  name: true'],
    code: 'unquoted-boolean',
    pointer: '/customer/name',
    at: 'true',
    fix: '"true"',
  },
  {
    name: 'quoted number where a number belongs',
    edit: ['    quantity: 18\n    assigned', '    quantity: "18"\n    assigned'],
    code: 'wrong-type',
    pointer: '/subscriptions/0/quantity',
    at: '"18"',
    fix: '18',
  },
  {
    name: 'a list where one value belongs, on the key',
    edit: ['  name: Tailspin Coffee', '  name:\n    - Tailspin'],
    code: 'wrong-type',
    pointer: '/customer/name',
    at: 'name',
    after: 'customer:',
  },
  {
    name: 'empty value',
    edit: [
      '    offer: microsoft-365-business-standard\n    quantity: 18\n    assigned',
      '    offer:\n    quantity: 18\n    assigned',
    ],
    code: 'empty-value',
    pointer: '/subscriptions/0/offer',
    at: 'offer',
  },
  {
    name: 'empty enum value',
    edit: ['    channel: web-direct', '    channel:'],
    code: 'empty-value',
    pointer: '/subscriptions/0/channel',
    at: 'channel',
  },
  {
    name: 'enum value with a typo',
    edit: ['  reseller: accepted', '  reseller: acepted'],
    code: 'invalid-value',
    pointer: '/relationship/reseller',
    at: 'acepted',
    fix: 'accepted',
  },
  {
    name: 'wrong version',
    edit: ['version: 2', 'version: "2"'],
    code: 'invalid-value',
    pointer: '/version',
    at: '"2"',
    fix: '2',
  },
  {
    name: 'a day that does not exist',
    edit: ['    termEnd: 2027-05-31', '    termEnd: 2027-02-30'],
    code: 'invalid-date',
    pointer: '/subscriptions/0/termEnd',
    at: '2027-02-30',
  },
  {
    name: 'a date without leading zeros',
    edit: ['    termEnd: 2027-05-31', '    termEnd: 2027-5-31'],
    code: 'invalid-date',
    pointer: '/subscriptions/0/termEnd',
    at: '2027-5-31',
    fix: '2027-05-31',
  },
  {
    name: 'lower-case country',
    edit: ['  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: tw'],
    code: 'pattern-mismatch',
    pointer: '/customer/country',
    at: 'tw',
    after: 'customer:',
    fix: 'TW',
  },
  {
    name: 'offer written as its name',
    edit: [
      '    offer: microsoft-365-business-standard\n    quantity: 18\n    assigned',
      '    offer: Microsoft 365 Business Standard\n    quantity: 18\n    assigned',
    ],
    code: 'pattern-mismatch',
    pointer: '/subscriptions/0/offer',
    at: 'Microsoft 365 Business Standard',
    fix: 'microsoft-365-business-standard',
  },
  {
    name: 'quantity below the minimum',
    edit: ['    quantity: 18\n    assigned', '    quantity: 0\n    assigned'],
    code: 'out-of-range',
    pointer: '/subscriptions/0/quantity',
    at: '0',
    after: '    quantity',
  },
  {
    name: 'no subscriptions',
    edit: [READY_PLAN.slice(READY_PLAN.indexOf('subscriptions:')), 'subscriptions: []\n'],
    code: 'out-of-range',
    pointer: '/subscriptions',
    at: 'subscriptions',
  },
  {
    name: 'a bundle that lists an offer twice, on the second, related to the first',
    edit: [
      '      offer: microsoft-365-business-standard',
      '      offer: [exchange-online-plan-1, exchange-online-plan-1]',
    ],
    code: 'duplicate-item',
    pointer: '/subscriptions/0/target/offer/1',
    at: 'exchange-online-plan-1',
    after: 'plan-1, ',
  },
  {
    name: 'a target offer that is neither an id nor a list',
    edit: ['      offer: microsoft-365-business-standard', '      offer: 42'],
    code: 'wrong-type',
    pointer: '/subscriptions/0/target/offer',
    at: '42',
  },
  {
    name: 'a bad id inside a bundle',
    edit: ['      offer: microsoft-365-business-standard', '      offer: [exchange-online-plan-1, Bad_Id]'],
    code: 'pattern-mismatch',
    pointer: '/subscriptions/0/target/offer/1',
    at: 'Bad_Id',
    fix: 'bad-id',
  },
];

describe.each(CASES)('$name', ({ edit, code, pointer, at, after, fix }) => {
  const text = planWith(...edit);
  const result = validateText(text);

  it(`gives one ${code} diagnostic on the right node`, () => {
    expect(result.verdict).toBe('invalid');
    const found = result.diagnostics.filter((d) => d.rule === code);
    expect(found.map((d) => d.pointer)).toEqual([pointer]);
    expect(result.diagnostics).toHaveLength(1);
    const from = after === undefined ? 0 : text.indexOf(after) + (after.endsWith(' ') ? after.length : 0);
    expect(found[0]?.range).toEqual(rangeOf(text, at, from));
  });

  it(fix === undefined ? 'offers no fix' : `offers the fix ${fix}, which resolves it`, () => {
    const d = result.diagnostics[0];
    if (fix === undefined) {
      expect(d?.fixes).toBeUndefined();
      return;
    }
    expect(d?.fixes?.map((f) => f.replacement)).toEqual([fix]);
    const fixed = validateText(applyFix(text, d?.fixes?.[0] as never));
    expect(fixed.diagnostics.filter((x) => x.rule === code && x.pointer === pointer)).toEqual([]);
  });
});

it('reports a required field that an unknown key stands for only once, as the unknown key', () => {
  const text = planWith('    termEnd: 2027-05-31', '    termEnd_: 2027-05-31');
  const result = validateText(text);
  expect(result.diagnostics.map((d) => d.rule)).toEqual(['unknown-key']);
});

it('words messages in Traditional Chinese', () => {
  const text = planWith('  reseller: accepted', '  reseller: acepted');
  const [d] = validateText(text, { locale: 'zh-TW' }).diagnostics;
  expect(d?.message).toMatch(/[\u4e00-\u9fff]/);
  expect(d?.help).toBe('https://csp-move.dev/zh-tw/reference/diagnostics/#invalid-value');
});
