import { describe, expect, it } from 'vitest';
import {
  type CatalogData,
  checkCatalog,
  createCatalog,
  defaultCatalog,
  type ExtensionOffer,
  extendCatalogData,
  type Offer,
  valueOn,
} from '../src/catalog/index.ts';

const real = defaultCatalog().data;

/** A deep copy of the shipped catalog, so each case can break it without touching the others. */
const copy = (): CatalogData => structuredClone(real);

const offerIndex = (data: CatalogData, id: string) => {
  const index = data.offers.offers.findIndex((o) => o.id === id);
  if (index < 0) throw new Error(`test setup: no offer ${id}`);
  return index;
};
const offerAt = (data: CatalogData, id: string) => data.offers.offers[offerIndex(data, id)] as Offer;

const pointers = (data: CatalogData) => checkCatalog(data).map((p) => `${p.file}:${p.pointer}`);

describe('checkCatalog', () => {
  it('accepts the shipped catalog', () => {
    expect(checkCatalog(copy())).toEqual([]);
  });

  it('catches a replacement that is not in the catalog', () => {
    const data = copy();
    const e4 = offerAt(data, 'office-365-e4');
    const replacement = e4.replacements?.[1];
    if (!replacement) throw new Error('test setup: E4 has no second replacement');
    replacement.offers[1] = 'skype-for-business-plus-call';
    const i = offerIndex(data, 'office-365-e4');
    expect(pointers(data)).toEqual([`offers:/offers/${i}/replacements/1/offers/1`]);
  });

  it('catches an included plan that is not in the catalog', () => {
    const data = copy();
    offerAt(data, 'microsoft-365-e3').includes = ['office-365-e3', 'enterprise-mobility-e3'];
    const i = offerIndex(data, 'microsoft-365-e3');
    expect(pointers(data)).toEqual([`offers:/offers/${i}/includes/1`]);
  });

  it('catches a renamedTo that is not in the catalog', () => {
    const data = copy();
    offerAt(data, 'office-365-proplus').renamedTo = 'microsoft-365-apps-for-enterprises';
    const i = offerIndex(data, 'office-365-proplus');
    expect(pointers(data)).toEqual([`offers:/offers/${i}/renamedTo`]);
  });

  it('catches a market listed in two regions', () => {
    const data = copy();
    const taiwan = data.regions.regions.find((r) => r.id === 'taiwan')?.markets[0];
    const us = data.regions.regions.findIndex((r) => r.id === 'united-states');
    const markets = data.regions.regions[us]?.markets;
    if (!taiwan || !markets) throw new Error('test setup: regions changed');
    markets.push(structuredClone(taiwan));
    const m = markets.length - 1;
    // The United States region comes after Taiwan, so its copy is the one reported (code and alpha-3).
    expect(pointers(data)).toEqual([
      `regions:/regions/${us}/markets/${m}/code`,
      `regions:/regions/${us}/markets/${m}/alpha3`,
    ]);
  });

  it('catches a rename cycle', () => {
    const data = copy();
    const basic = offerAt(data, 'microsoft-365-business-basic');
    basic.renamedTo = 'office-365-business-essentials';
    basic.renamedOn = '2020-04-21';
    const a = offerIndex(data, 'office-365-business-essentials');
    const b = offerIndex(data, 'microsoft-365-business-basic');
    expect(pointers(data).sort()).toEqual(
      [`offers:/offers/${a}/renamedTo`, `offers:/offers/${b}/renamedTo`].sort(),
    );
  });

  it('catches a rename without a date', () => {
    const data = copy();
    delete offerAt(data, 'office-365-business').renamedOn;
    expect(pointers(data)).toEqual([`offers:/offers/${offerIndex(data, 'office-365-business')}/renamedTo`]);
  });

  it('catches a retired offer without a date', () => {
    const data = copy();
    delete offerAt(data, 'office-365-e4').statusDate;
    expect(pointers(data)).toEqual([`offers:/offers/${offerIndex(data, 'office-365-e4')}/status`]);
  });

  it('catches an offer id used twice', () => {
    const data = copy();
    data.offers.offers.push(structuredClone(offerAt(data, 'power-bi-pro')));
    expect(pointers(data)).toEqual([`offers:/offers/${data.offers.offers.length - 1}/id`]);
  });

  it('catches an offer that replaces itself', () => {
    const data = copy();
    const e1 = offerAt(data, 'office-365-e1');
    const replacement = e1.replacements?.[0];
    if (!replacement) throw new Error('test setup: E1 has no replacement');
    replacement.offers = ['office-365-e1'];
    expect(pointers(data)).toEqual([
      `offers:/offers/${offerIndex(data, 'office-365-e1')}/replacements/0/offers/0`,
    ]);
  });

  it('catches dated policy periods that overlap or end before they start', () => {
    const data = copy();
    const dated = data.policies.policies as unknown as Record<string, { periods: object[] }>;
    const periods = dated.cspExtendedTerm?.periods as { from?: string; until?: string }[];
    (periods[1] as { from?: string }).from = '2026-05-03';
    expect(pointers(data)).toEqual(['policies:/policies/cspExtendedTerm/periods/1']);
    periods[1] = { from: '2026-05-04', until: '2026-05-01' };
    expect(pointers(data)).toEqual(['policies:/policies/cspExtendedTerm/periods/1']);
  });

  it('does not change the data it checks', () => {
    const data = copy();
    checkCatalog(data);
    expect(data).toEqual(real);
  });
});

describe('extendCatalogData', () => {
  it('reads a dated policy by date, and lets an extension replace its periods or pin one value', () => {
    const built = createCatalog(real).policies;
    expect(valueOn(built.cspExtendedTerm, '2026-05-03')).toBe(false);
    expect(valueOn(built.cspExtendedTerm, '2026-05-04')).toBe(true);
    const moved = createCatalog(
      extendCatalogData(real, {
        policies: {
          cspExtendedTerm: {
            periods: [
              { until: '2026-05-10', value: false },
              { from: '2026-05-11', value: true },
            ],
          },
        },
      }),
    ).policies;
    expect(valueOn(moved.cspExtendedTerm, '2026-05-10')).toBe(false);
    const pinned = createCatalog(extendCatalogData(real, { policies: { cspExtendedTerm: false } })).policies;
    expect(valueOn(pinned.cspExtendedTerm, '2030-01-01')).toBe(false);
    const chile = createCatalog(
      extendCatalogData(real, { policies: { directRefundWindowDays: { default: 7, CL: 12 } } }),
    ).policies.directRefundWindowDays;
    expect(chile).toEqual({ default: 7, CL: 12 });
  });

  it('overrides a policy and leaves the base untouched', () => {
    const extended = extendCatalogData(real, {
      policies: { cancellationWindowDays: 3, graceDays: { 'enterprise-agreement': 15 } },
    });
    const policies = createCatalog(extended).policies;
    expect(policies.cancellationWindowDays).toBe(3);
    expect(policies.graceDays['enterprise-agreement']).toBe(15);
    // Channels the extension does not name keep their value.
    expect(policies.graceDays.csp).toBe(defaultCatalog().policies.graceDays.csp);
    expect(defaultCatalog().policies.cancellationWindowDays).not.toBe(3);
  });

  it('adds an offer that relates to the built-in ones', () => {
    const own: ExtensionOffer = {
      id: 'contoso-office-e3-bundle',
      names: [{ en: 'Contoso Office E3 bundle', 'zh-TW': 'Contoso Office E3 組合' }],
      kind: 'suite',
      status: 'active',
      includes: ['office-365-e3'],
      source: { title: 'Contoso price list', url: 'https://contoso.example/prices' },
      asOf: '2026-11-01',
    };
    const extended = extendCatalogData(real, { offers: [own] });
    expect(checkCatalog(extended)).toEqual([]);
    const catalog = createCatalog(extended);
    expect(catalog.offers).toHaveLength(real.offers.offers.length + 1);
    expect(catalog.offer(own.id)).toEqual(own);
    expect(catalog.relation('office-365-e1', [own.id])).toBe('superset');
    expect(catalog.relation(own.id, ['office-365-e3'])).toBeUndefined();
    expect(defaultCatalog().offer(own.id)).toBeUndefined();
  });

  it('replaces a built-in offer with the same id', () => {
    const e4 = structuredClone(real.offers.offers.find((o) => o.id === 'office-365-e4') as Offer);
    e4.replacements = [];
    const catalog = createCatalog(extendCatalogData(real, { offers: [e4] }));
    expect(catalog.offers).toHaveLength(real.offers.offers.length);
    expect(catalog.relation('office-365-e4', ['office-365-e5'])).toBeUndefined();
  });

  it('moves a market into another region', () => {
    const gu = defaultCatalog().market('GU')?.market;
    if (!gu) throw new Error('test setup: no GU');
    const catalog = createCatalog(
      extendCatalogData(real, { markets: [{ region: 'australia', market: gu }] }),
    );
    expect(catalog.market('GU')?.region.id).toBe('australia');
    expect(checkCatalog(catalog.data)).toEqual([]);
    expect(defaultCatalog().market('GU')?.region.id).toBe('united-states');
  });
});

describe('checkCatalog, 2026 additions', () => {
  it('fails a replacement that is retired (regression: E4 was offered Skype for Business Plus CAL)', () => {
    const data = copy();
    const e4 = offerAt(data, 'office-365-e4');
    const replacement = e4.replacements?.[2];
    if (!replacement) throw new Error('test setup: E4 has no third replacement');
    replacement.offers = ['office-365-e3', 'skype-for-business-plus-cal'];
    const i = offerIndex(data, 'office-365-e4');
    expect(pointers(data)).toEqual([`offers:/offers/${i}/replacements/2/offers/1`]);
  });

  it('fails a replacement at end of sale, unless it is sold with conversions', () => {
    const data = copy();
    const phone = offerAt(data, 'microsoft-teams-phone-standard');
    phone.status = 'end-of-sale';
    phone.statusDate = '2026-11-01';
    const i = offerIndex(data, 'office-365-e4');
    expect(pointers(data)).toEqual([
      `offers:/offers/${i}/replacements/2/offers/1`,
      `offers:/offers/${i}/replacements/3/offers/1`,
    ]);
    phone.endOfSaleConversion = true;
    expect(pointers(data)).toEqual([]);
  });

  it('follows renames when it judges a replacement', () => {
    const data = copy();
    offerAt(data, 'microsoft-teams-phone-standard').renamedTo = 'skype-for-business-cloud-pbx';
    offerAt(data, 'microsoft-teams-phone-standard').renamedOn = '2026-01-01';
    expect(pointers(data).filter((p) => p.includes('/replacements/'))).toHaveLength(2);
  });

  it('catches a prerequisite base and a withoutTeamsOf that are not in the catalog', () => {
    const data = copy();
    const copilot = offerAt(data, 'microsoft-copilot');
    copilot.prerequisites?.bases.push('microsoft-365-e9');
    offerAt(data, 'office-365-e3-no-teams').withoutTeamsOf = 'office-365-e33';
    const bases = copilot.prerequisites?.bases.length ?? 0;
    expect(pointers(data)).toEqual([
      `offers:/offers/${offerIndex(data, 'office-365-e3-no-teams')}/withoutTeamsOf`,
      `offers:/offers/${offerIndex(data, 'microsoft-copilot')}/prerequisites/bases/${bases - 1}`,
    ]);
  });
});
