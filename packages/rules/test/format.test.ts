import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/index.ts';
import { formatTemplate } from '../src/messages/format.ts';

const options = { locale: 'en' as const, catalog: defaultCatalog() };

describe('formatTemplate', () => {
  it('fills placeholders at the start, in the middle, side by side and at the end', () => {
    expect(formatTemplate('{a} and {b}{c}, then {d}', { a: 'x', b: 'y', c: 'z', d: 1 }, options)).toBe(
      'x and yz, then 1',
    );
    expect(formatTemplate('no placeholders', {}, options)).toBe('no placeholders');
    expect(formatTemplate('{missing}!', {}, options)).toBe('!');
  });

  it('fills the same template with new params each time it is used', () => {
    const template = 'Line {id}: {offer:offer}';
    expect(formatTemplate(template, { id: 'a', offer: 'office-365-e3' }, options)).toBe(
      'Line a: Office 365 E3 (office-365-e3)',
    );
    expect(formatTemplate(template, { id: 'b', offer: 'not-an-offer' }, options)).toBe(
      'Line b: "not-an-offer"',
    );
  });

  it('renders lists by kind', () => {
    expect(formatTemplate('{ids:list}', { ids: ['a', 'b', 'c'] }, options)).toBe('a, b and c');
    expect(formatTemplate('{ids}', { ids: ['a', 'b'] }, options)).toBe('a, b');
  });
});
