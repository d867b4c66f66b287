import { type CatalogData, createCatalog, defaultCatalog } from '@csp-move/rules/catalog';
import { describe, expect, it } from 'vitest';
import { offerOptions, resolveOfferInput } from '../../src/components/checker/offers.ts';
import { DEFAULT_OFFER } from '../../src/components/checker/state.ts';

const source = { title: 't', url: 'https://example.org/', date: '2020-01-01' };
const base = defaultCatalog().data;
const catalog = createCatalog({
  ...base,
  offers: {
    asOf: '2026-11-01',
    offers: [
      {
        id: 'zeta-plan',
        names: [{ en: 'Zeta Plan', 'zh-TW': '甲方案' }],
        kind: 'suite',
        status: 'active',
        source,
        asOf: '2026-11-01',
      },
      {
        id: 'old-name',
        names: [{ en: 'Old Name', 'zh-TW': '舊名稱', to: '2020-04-20' }],
        kind: 'suite',
        status: 'active',
        renamedTo: 'zeta-plan',
        source,
        asOf: '2026-11-01',
      },
      {
        id: 'gone-plan',
        names: [{ en: 'Gone Plan', 'zh-TW': '停用方案' }],
        kind: 'suite',
        status: 'retired',
        statusDate: '2017-04-07',
        source,
        asOf: '2026-11-01',
      },
    ],
  },
} as CatalogData);

const words = {
  status: { 'end-of-sale': 'end of sale', retired: 'retired' },
  renamed: (name: string) => `now ${name}`,
};

describe('offer picker', () => {
  it('lists every offer with its status or its current name, sorted by label', () => {
    expect(offerOptions(catalog, 'en', words)).toEqual([
      { id: 'gone-plan', label: 'Gone Plan (retired)' },
      { id: 'old-name', label: 'Old Name (now Zeta Plan)' },
      { id: 'zeta-plan', label: 'Zeta Plan' },
    ]);
  });

  it('turns a typed name, in either language, into its id', () => {
    expect(resolveOfferInput('  zeta   plan ', catalog)).toBe('zeta-plan');
    expect(resolveOfferInput('舊名稱', catalog)).toBe('old-name');
    expect(resolveOfferInput('gone-plan', catalog)).toBe('gone-plan');
    expect(resolveOfferInput('zeta-pln', catalog)).toBe('zeta-pln');
  });

  it('the offer a new line starts with is in the shipped catalog', () => {
    expect(defaultCatalog().offer(DEFAULT_OFFER)?.status).toBe('active');
  });
});
