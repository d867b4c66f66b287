import { describe, expect, it } from 'vitest';
import { checkCatalog, defaultCatalog, type OfferRelation } from '../src/catalog/index.ts';
import { addDays } from '../src/dates.ts';

const catalog = defaultCatalog();
const allMarkets = catalog.regions.flatMap((region) => region.markets);

describe('regions', () => {
  it('has the 15 CSP regions and 244 markets', () => {
    expect(catalog.regions).toHaveLength(15);
    expect(allMarkets).toHaveLength(244);
  });

  it('lists no market in two regions', () => {
    const codes = allMarkets.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const alpha3 = allMarkets.map((m) => m.alpha3);
    expect(new Set(alpha3).size).toBe(alpha3.length);
  });

  it.each(['TW', 'JP', 'KR', 'IN', 'CN', 'BR'])('makes %s a region of one market', (code) => {
    const entry = catalog.market(code);
    expect(entry?.region.markets.map((m) => m.code)).toEqual([code]);
  });

  it.each(['XK', 'XS', 'XE'])("keeps Partner Center's own code %s", (code) => {
    expect(catalog.market(code)).toBeDefined();
  });

  it('puts Guam, the Northern Mariana Islands and American Samoa in the United States region', () => {
    const us = catalog.market('US')?.region.id;
    expect(us).toBe('united-states');
    for (const code of ['GU', 'MP', 'AS']) expect(catalog.market(code)?.region.id).toBe(us);
  });

  it.each(['RU', 'BY'])('does not treat %s as a market, but remembers it was one', (code) => {
    expect(catalog.market(code)).toBeUndefined();
    expect(catalog.data.regions.formerMarkets?.map((m) => m.code)).toContain(code);
  });

  it('names every region and market in both locales', () => {
    for (const region of catalog.regions) {
      expect(region.name.en.trim()).not.toBe('');
      expect(region.name['zh-TW'].trim()).not.toBe('');
      for (const market of region.markets) {
        expect(market.name.en.trim(), market.code).not.toBe('');
        expect(market.name['zh-TW'].trim(), market.code).not.toBe('');
      }
    }
  });
});

// Ids that rules, examples and other packages refer to: removing one is a breaking change.
const requiredOfferIds = [
  'office-365-business-essentials',
  'office-365-business-premium',
  'microsoft-365-business',
  'office-365-business',
  'office-365-proplus',
  'azure-active-directory-premium-p1',
  'azure-active-directory-premium-p2',
  'office-365-e4',
  'office-365-small-business',
  'office-365-small-business-premium',
  'office-365-midsize-business',
  'office-365-e1',
  'office-365-e3',
  'office-365-e5',
  'office-365-f3',
  'microsoft-365-e3',
  'microsoft-365-e5',
  'microsoft-365-f1',
  'microsoft-365-f3',
  'microsoft-365-business-basic',
  'microsoft-365-business-standard',
  'microsoft-365-business-premium',
  'microsoft-365-apps-for-business',
  'microsoft-365-apps-for-enterprise',
  'exchange-online-plan-1',
  'exchange-online-plan-2',
  'exchange-online-kiosk',
  'enterprise-mobility-security-e3',
  'enterprise-mobility-security-e5',
  'microsoft-entra-id-p1',
  'microsoft-entra-id-p2',
  'microsoft-intune-plan-1',
  'project-plan-1',
  'project-plan-3',
  'project-plan-5',
  'visio-plan-1',
  'visio-plan-2',
  'power-bi-pro',
  'microsoft-teams-essentials',
  'skype-for-business-plus-cal',
  'skype-for-business-cloud-pbx',
  'microsoft-teams-eea',
  'office-365-e1-no-teams',
  'office-365-e3-no-teams',
  'office-365-e5-no-teams',
  'microsoft-365-e3-no-teams',
  'microsoft-365-e5-no-teams',
  'microsoft-365-copilot',
  'microsoft-365-copilot-business',
  'microsoft-teams-enterprise',
  'microsoft-365-business-premium-no-teams',
  'microsoft-planner-plan-1',
  'microsoft-teams-phone-standard',
];

describe('offers', () => {
  it('passes the integrity checks', () => {
    expect(checkCatalog(catalog.data)).toEqual([]);
  });

  it('has at least 70 offers, including every id others depend on', () => {
    expect(catalog.offers.length).toBeGreaterThanOrEqual(70);
    const missing = requiredOfferIds.filter((id) => !catalog.offer(id));
    expect(missing).toEqual([]);
  });

  it('names every offer in both locales, and writes every note in both', () => {
    for (const offer of catalog.offers) {
      expect(offer.names.length, offer.id).toBeGreaterThan(0);
      for (const name of offer.names) {
        expect(name.en.trim(), offer.id).not.toBe('');
        expect(name['zh-TW'].trim(), offer.id).not.toBe('');
      }
      const notes = [offer.note, offer.regionNote, ...(offer.replacements ?? []).map((r) => r.note)];
      for (const note of notes.filter((n) => n !== undefined)) {
        expect(note.en.trim(), offer.id).not.toBe('');
        expect(note['zh-TW'].trim(), offer.id).not.toBe('');
      }
    }
  });

  it('dates every offer that cannot be bought new', () => {
    for (const offer of catalog.offers.filter((o) => o.status !== 'active')) {
      expect(offer.statusDate, offer.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(catalog.offer('office-365-e4')).toMatchObject({ status: 'retired', statusDate: '2017-04-07' });
  });

  const renamed = catalog.offers.filter((o) => o.renamedTo !== undefined);

  it('keeps an id for each old name', () => {
    expect(renamed.map((o) => o.id).sort()).toEqual(
      [
        'azure-active-directory-premium-p1',
        'azure-active-directory-premium-p2',
        'microsoft-365-business',
        'microsoft-365-copilot',
        'office-365-business',
        'office-365-business-essentials',
        'office-365-business-premium',
        'office-365-proplus',
        'project-plan-1',
      ].sort(),
    );
  });

  it.each(renamed.map((o) => [o.id, o.renamedTo] as const))(
    'resolves %s to today’s offer %s, with names that meet at the rename',
    (oldId, newId) => {
      const old = catalog.offer(oldId);
      const now = catalog.current(oldId);
      expect(now?.id).toBe(newId);
      expect(now?.renamedTo).toBeUndefined();
      expect(now?.status).toBe('active');
      const renamedOn = old?.renamedOn as string;
      expect(old?.names.at(-1)?.to).toBe(addDays(renamedOn, -1));
      expect(now?.names[0]?.from).toBe(renamedOn);
    },
  );

  it('renamed the small-business suites on 2020-04-21', () => {
    for (const id of [
      'office-365-business-essentials',
      'office-365-business-premium',
      'microsoft-365-business',
    ]) {
      expect(catalog.offer(id)?.renamedOn).toBe('2020-04-21');
    }
  });

  it('gives a name for the day asked', () => {
    expect(catalog.offerName('office-365-business-premium', 'en', '2020-04-20')).toBe(
      catalog.offer('office-365-business-premium')?.names[0]?.en,
    );
    expect(catalog.offerName('microsoft-365-business-standard', 'zh-TW')).toBe(
      catalog.offer('microsoft-365-business-standard')?.names.at(-1)?.['zh-TW'],
    );
    expect(catalog.offerName('no-such-offer', 'en')).toBe('no-such-offer');
  });

  it('marks the Enterprise suites with Teams for the EEA in both locales', () => {
    for (const id of [
      'office-365-e1',
      'office-365-e3',
      'office-365-e5',
      'microsoft-365-e3',
      'microsoft-365-e5',
    ]) {
      const offer = catalog.offer(id);
      expect(offer?.status, id).toBe('active');
      expect(offer?.regionNote?.en, id).toBeTruthy();
      expect(offer?.regionNote?.['zh-TW'], id).toBeTruthy();
    }
  });
});

type Row = [source: string, targets: string[], expected: OfferRelation | undefined];

// The relation table the rules rely on; each row names what it pins down.
const relations: Record<string, Row> = {
  'the same id': ['office-365-e3', ['office-365-e3'], 'identical'],
  'an old name to its new name': ['office-365-business-essentials', ['microsoft-365-business-basic'], 'same'],
  'a new name to its old name': ['microsoft-365-business-basic', ['office-365-business-essentials'], 'same'],
  'ProPlus to Apps for enterprise': ['office-365-proplus', ['microsoft-365-apps-for-enterprise'], 'same'],
  'Azure AD Premium P1 to Entra ID P1': [
    'azure-active-directory-premium-p1',
    ['microsoft-entra-id-p1'],
    'same',
  ],
  'old Business Premium to today’s Business Standard (the trap)': [
    'office-365-business-premium',
    ['microsoft-365-business-standard'],
    'same',
  ],
  'old Business Premium to today’s Business Premium (the trap)': [
    'office-365-business-premium',
    ['microsoft-365-business-premium'],
    'superset',
  ],
  'Microsoft 365 Business to today’s Business Premium': [
    'microsoft-365-business',
    ['microsoft-365-business-premium'],
    'same',
  ],
  'Microsoft 365 Business down to Business Standard': [
    'microsoft-365-business',
    ['microsoft-365-business-standard'],
    undefined,
  ],
  'Business Basic up to Business Premium': [
    'microsoft-365-business-basic',
    ['microsoft-365-business-premium'],
    'superset',
  ],
  'Business Premium down to Business Basic': [
    'microsoft-365-business-premium',
    ['microsoft-365-business-basic'],
    undefined,
  ],
  'E1 up to E5': ['office-365-e1', ['office-365-e5'], 'superset'],
  'E5 down to E3': ['office-365-e5', ['office-365-e3'], undefined],
  'Office 365 E3 up to Microsoft 365 E3': ['office-365-e3', ['microsoft-365-e3'], 'superset'],
  'Office 365 E5 up to Microsoft 365 E5': ['office-365-e5', ['microsoft-365-e5'], 'superset'],
  'Microsoft 365 E3 up to E5': ['microsoft-365-e3', ['microsoft-365-e5'], 'superset'],
  'Microsoft 365 E3 down to Office 365 E3': ['microsoft-365-e3', ['office-365-e3'], undefined],
  'EMS E3 up to Microsoft 365 E3': ['enterprise-mobility-security-e3', ['microsoft-365-e3'], 'superset'],
  'EMS E5 down to EMS E3': [
    'enterprise-mobility-security-e5',
    ['enterprise-mobility-security-e3'],
    undefined,
  ],
  'Entra ID P1 up to P2': ['microsoft-entra-id-p1', ['microsoft-entra-id-p2'], 'superset'],
  'Exchange Online Plan 2 down to Plan 1': ['exchange-online-plan-2', ['exchange-online-plan-1'], undefined],
  'Project Plan 1 up to Plan 5': ['project-plan-1', ['project-plan-5'], 'superset'],
  'Visio Plan 2 down to Plan 1': ['visio-plan-2', ['visio-plan-1'], undefined],
  'unrelated plans': ['power-bi-pro', ['visio-plan-2'], undefined],
  'E4 to E5': ['office-365-e4', ['office-365-e5'], 'superset'],
  'E4 to E3 + Teams Phone Standard': [
    'office-365-e4',
    ['office-365-e3', 'microsoft-teams-phone-standard'],
    'equivalent',
  ],
  'E4 to the same bundle in another order': [
    'office-365-e4',
    ['microsoft-teams-phone-standard', 'office-365-e3'],
    'equivalent',
  ],
  'E4 to the retired E3 + Skype for Business Plus CAL bundle': [
    'office-365-e4',
    ['office-365-e3', 'skype-for-business-plus-cal'],
    undefined,
  ],
  'E4 to the retired E3 + Cloud PBX bundle': [
    'office-365-e4',
    ['office-365-e3', 'skype-for-business-cloud-pbx'],
    undefined,
  ],
  'Microsoft 365 E3 to E3 (no Teams) + Teams Enterprise': [
    'microsoft-365-e3',
    ['microsoft-365-e3-no-teams', 'microsoft-teams-enterprise'],
    'equivalent',
  ],
  'Business Premium to Business Premium (no Teams) + Teams Enterprise': [
    'microsoft-365-business-premium',
    ['microsoft-teams-enterprise', 'microsoft-365-business-premium-no-teams'],
    'equivalent',
  ],
  'old Microsoft 365 Business to Business Premium (no Teams) + Teams Enterprise': [
    'microsoft-365-business',
    ['microsoft-365-business-premium-no-teams', 'microsoft-teams-enterprise'],
    'equivalent',
  ],
  'Microsoft 365 F3 to F3 (no Teams) + Teams EEA': [
    'microsoft-365-f3',
    ['microsoft-365-f3-no-teams', 'microsoft-teams-eea'],
    'equivalent',
  ],
  'Business Premium to Business Standard (no Teams) + Teams Enterprise (a smaller suite)': [
    'microsoft-365-business-premium',
    ['microsoft-365-business-standard-no-teams', 'microsoft-teams-enterprise'],
    undefined,
  ],
  'Business Basic (no Teams) alone, losing Teams': [
    'microsoft-365-business-basic',
    ['microsoft-365-business-basic-no-teams'],
    undefined,
  ],
  'Project Plan 1 to its new name, Planner Plan 1': ['project-plan-1', ['microsoft-planner-plan-1'], 'same'],
  'E4 to E3 alone': ['office-365-e4', ['office-365-e3'], undefined],
  'a retired plan with no documented replacement': [
    'office-365-small-business',
    ['microsoft-365-business-basic'],
    undefined,
  ],
  'E3 to E3 (no Teams) + Teams EEA': [
    'office-365-e3',
    ['office-365-e3-no-teams', 'microsoft-teams-eea'],
    'equivalent',
  ],
  'Microsoft 365 E5 to its no-Teams bundle': [
    'microsoft-365-e5',
    ['microsoft-365-e5-no-teams', 'microsoft-teams-eea'],
    'equivalent',
  ],
  'E3 to E3 (no Teams) alone, losing Teams': ['office-365-e3', ['office-365-e3-no-teams'], undefined],
  'E3 (no Teams) up to E3': ['office-365-e3-no-teams', ['office-365-e3'], 'superset'],
  'Microsoft 365 E3 to the Office 365 E3 no-Teams bundle': [
    'microsoft-365-e3',
    ['office-365-e3-no-teams', 'microsoft-teams-eea'],
    undefined,
  ],
  'an unknown source': ['no-such-offer', ['office-365-e3'], undefined],
  'no targets': ['office-365-e3', [], undefined],
};

describe('relation', () => {
  it.each(Object.entries(relations))('%s', (_, [source, targets, expected]) => {
    expect(catalog.relation(source, targets)).toBe(expected);
  });
});

describe('the catalog of 2026', () => {
  it('dates every source and says who published it', () => {
    const sources = [
      catalog.data.regions.source,
      ...Object.values(catalog.data.policies.policies).flatMap((p) => [
        p.source,
        ...(p.history ?? []).map((h) => h.source),
      ]),
      ...catalog.offers.flatMap((o) => [
        o.source,
        ...(o.replacements ?? []).map((r) => r.source),
        ...(o.prerequisites ? [o.prerequisites.source] : []),
      ]),
    ];
    for (const source of sources) {
      expect(['microsoft', 'third-party'], source.title).toContain(source.publisher);
      expect(source.checked, source.title).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('requires publisher and checked on shipped sources, not on a user’s extension', async () => {
    const { Ajv } = await import('ajv');
    const { offersFileSchema, catalogExtensionSchema } = await import('../src/catalog/index.ts');
    const ajv = new Ajv({ allErrors: true, strict: false });
    const offer = structuredClone(catalog.offer('power-bi-pro')) as Record<string, unknown>;
    offer.source = { title: 'A page', url: 'https://example.com/' };
    const file = { asOf: '2026-12-01', offers: [offer] };
    const shipped = ajv.compile(offersFileSchema);
    expect(shipped(file)).toBe(false);
    expect(shipped.errors?.map((e) => e.params)).toEqual(
      expect.arrayContaining([{ missingProperty: 'publisher' }, { missingProperty: 'checked' }]),
    );
    expect(ajv.compile(catalogExtensionSchema)({ offers: [offer] })).toBe(true);
  });

  it('no longer calls the suites without Teams EEA-only, and says the end of sale was reversed', () => {
    for (const offer of catalog.offers.filter((o) => o.withoutTeamsOf)) {
      expect(offer.regionNote?.en, offer.id).toMatch(/worldwide/);
    }
    for (const id of [
      'office-365-e1',
      'office-365-e3',
      'office-365-e5',
      'microsoft-365-e3',
      'microsoft-365-e5',
    ]) {
      expect(catalog.offer(id)?.status).toBe('active');
      expect(catalog.offer(id)?.regionNote?.en, id).toMatch(/2025-11-01/);
    }
  });

  it('gives every suite with Teams a version without it, and both Teams licences', () => {
    const withoutTeams = catalog.offers.filter((o) => o.withoutTeamsOf).map((o) => o.withoutTeamsOf);
    expect(withoutTeams.sort()).toEqual(
      [
        'microsoft-365-business-basic',
        'microsoft-365-business-premium',
        'microsoft-365-business-standard',
        'microsoft-365-e3',
        'microsoft-365-e5',
        'microsoft-365-e7',
        'microsoft-365-f1',
        'microsoft-365-f3',
        'office-365-e1',
        'office-365-e3',
        'office-365-e5',
        'office-365-f3',
      ].sort(),
    );
    expect(
      catalog.offers
        .filter((o) => o.teamsStandalone)
        .map((o) => o.id)
        .sort(),
    ).toEqual(['microsoft-teams-eea', 'microsoft-teams-enterprise']);
  });

  it('retires Skype for Business Plus CAL and Cloud PBX, and offers neither as a replacement', () => {
    for (const id of ['skype-for-business-plus-cal', 'skype-for-business-cloud-pbx']) {
      expect(catalog.offer(id)).toMatchObject({ status: 'retired', statusDate: '2021-07-31' });
      for (const offer of catalog.offers) {
        for (const replacement of offer.replacements ?? []) expect(replacement.offers).not.toContain(id);
      }
    }
  });

  it('lists Copilot’s bases and Copilot Business’s limits', () => {
    const copilot = catalog.offer('microsoft-copilot')?.prerequisites;
    expect(copilot?.bases).toEqual(
      expect.arrayContaining(['microsoft-365-e3', 'microsoft-teams-enterprise', 'microsoft-planner-plan-1']),
    );
    expect(copilot?.seatCap).toBeUndefined();
    expect(catalog.offer('microsoft-365-copilot-business')?.prerequisites).toMatchObject({
      seatCap: 300,
      terms: ['annual'],
    });
  });

  it('gives abbreviations people search with', () => {
    expect(catalog.offer('microsoft-365-business-premium')?.abbreviations).toEqual(
      expect.arrayContaining(['Business Prem', 'BP']),
    );
    expect(catalog.offer('microsoft-365-e3')?.abbreviations).toEqual(
      expect.arrayContaining(['E3', 'M365 E3']),
    );
  });
});
