import { describe, expect, test } from 'vitest';
import { matches, normalize, searchText } from '../src/components/regions/filter.ts';

describe('region filter', () => {
  const reunion = searchText(['RE', 'REU', 'Réunion', '留尼旺', 'EUR']);
  const ivory = searchText(['CI', 'CIV', 'Côte d’Ivoire', '象牙海岸', null]);

  test('ignores case and accents', () => {
    expect(normalize(' Réunion ')).toBe('reunion');
    expect(matches(reunion, 'REUNION')).toBe(true);
    expect(matches(ivory, 'cote')).toBe(true);
  });

  test('finds a market by code, alpha-3, Chinese name or currency', () => {
    expect(matches(reunion, 're')).toBe(true);
    expect(matches(reunion, 'reu')).toBe(true);
    expect(matches(reunion, '留尼旺')).toBe(true);
    expect(matches(reunion, 'eur')).toBe(true);
  });

  test('needs every word of the query', () => {
    expect(matches(reunion, 'reunion eur')).toBe(true);
    expect(matches(reunion, 'reunion usd')).toBe(false);
  });

  test('an empty query matches everything', () => {
    expect(matches(ivory, '   ')).toBe(true);
  });
});
