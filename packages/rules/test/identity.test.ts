import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type CatalogData,
  checkCatalog,
  createCatalog,
  defaultCatalog,
  identifyOffer,
  type Offer,
} from '../src/catalog/index.ts';
import { parseLicensingCsv } from '../src/catalog/licensing-csv.ts';

const catalog = defaultCatalog();
const here = dirname(fileURLToPath(import.meta.url));
const snapshot = parseLicensingCsv(
  readFileSync(
    join(here, '..', '..', '..', 'content', 'catalog', 'microsoft', 'licensing-service-plans.csv'),
    'utf8',
  ),
);

/** The offer ids a key stands for, and what kind of key matched. */
const identify = (key: string) => {
  const found = identifyOffer(key, catalog);
  return { offers: found.map((m) => m.offer.id), kinds: [...new Set(found.map((m) => m.kind))] };
};

describe('identifyOffer', () => {
  it.each([
    ['cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', 'microsoft-365-business-premium', 'skuId'],
    ['CBDC14AB-D96C-4C30-B9F4-6ADA7CDC1D46', 'microsoft-365-business-premium', 'skuId'],
    ['SPB', 'microsoft-365-business-premium', 'stringId'],
    ['O365_BUSINESS_ESSENTIALS', 'microsoft-365-business-basic', 'stringId'],
    ['SMB_BUSINESS_ESSENTIALS', 'microsoft-365-business-basic', 'stringId'],
    ['Microsoft_365_Copilot', 'microsoft-copilot', 'stringId'],
    ['M365_Copilot', 'microsoft-copilot', 'stringId'],
    ['Microsoft_Teams_Enterprise_New', 'microsoft-teams-enterprise', 'stringId'],
    ['microsoft-365-e5', 'microsoft-365-e5', 'id'],
    ['Microsoft 365 Business Standard', 'microsoft-365-business-standard', 'name'],
    ['Microsoft 365 商務標準版', 'microsoft-365-business-standard', 'name'],
    ['Microsoft Copilot for Microsoft 365', 'microsoft-copilot', 'name'],
    ['Planner and Project Plan 3', 'project-plan-3', 'name'],
    ['Business Prem', 'microsoft-365-business-premium', 'abbreviation'],
  ])('maps %s to %s by its %s', (key, offer, kind) => {
    expect(identify(key)).toEqual({ offers: [offer], kinds: [kind] });
  });

  it('reads the String ID trap right: O365_BUSINESS_PREMIUM is Business Standard', () => {
    expect(identify('O365_BUSINESS_PREMIUM').offers).toEqual(['microsoft-365-business-standard']);
  });

  it('maps an old name to the offer sold today and says which record matched', () => {
    const [match] = identifyOffer('Office 365 Business Premium', catalog);
    expect(match?.offer.id).toBe('microsoft-365-business-standard');
    expect(match?.record.id).toBe('office-365-business-premium');
    expect(identify('Azure Active Directory Premium P1').offers).toEqual(['microsoft-entra-id-p1']);
  });

  it('ignores case, runs of white space, no-break spaces and full-width brackets', () => {
    expect(identify('  microsoft\u00a0365   business   basic\u00a0 ').offers).toEqual([
      'microsoft-365-business-basic',
    ]);
    expect(identify('spe_e3').offers).toEqual(['microsoft-365-e3']);
    expect(identify('Microsoft 365 E3（不含 Teams）').offers).toEqual(['microsoft-365-e3-no-teams']);
    // Punctuation is kept: the suite without Teams is not the suite with it.
    expect(identify('Microsoft 365 E3 no Teams').offers).toEqual([]);
  });

  it('returns every offer an ambiguous abbreviation stands for, and nothing for an unknown key', () => {
    expect(identify('E3').offers.sort()).toEqual(['microsoft-365-e3', 'office-365-e3']);
    expect(identify('E3').kinds).toEqual(['abbreviation']);
    expect(identify('not an offer')).toEqual({ offers: [], kinds: [] });
    expect(identify('')).toEqual({ offers: [], kinds: [] });
  });

  it("resolves every shipped SKU identity to its offer, in the snapshot's own spelling", () => {
    let checked = 0;
    for (const offer of catalog.offers) {
      for (const skuId of offer.identity?.skuIds ?? []) {
        const sku = snapshot.skus.get(skuId);
        expect(sku, `${offer.id}: ${skuId} in the snapshot`).toBeDefined();
        for (const key of [skuId, sku?.stringId ?? '', ` ${sku?.stringId ?? ''}\u00a0`]) {
          expect(identify(key).offers, `${offer.id}: ${key}`).toEqual([offer.id]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('prefers an identifier over a name or abbreviation that happens to be the same text', () => {
    const data: CatalogData = structuredClone(catalog.data);
    const e1 = data.offers.offers.find((o) => o.id === 'office-365-e1') as Offer;
    e1.abbreviations = [...(e1.abbreviations ?? []), 'SPB'];
    expect(identifyOffer('SPB', createCatalog(data)).map((m) => [m.offer.id, m.kind])).toEqual([
      ['microsoft-365-business-premium', 'stringId'],
    ]);
  });
});

describe('SKU identity integrity', () => {
  it('refuses a GUID listed for two offers, at the second listing', () => {
    const data: CatalogData = structuredClone(catalog.data);
    const offers = data.offers.offers;
    const e1 = offers.find((o) => o.id === 'office-365-e1') as Offer;
    const e3 = offers.find((o) => o.id === 'office-365-e3') as Offer;
    expect(offers.indexOf(e1), 'test setup: E1 comes before E3').toBeLessThan(offers.indexOf(e3));
    (e1.identity as NonNullable<Offer['identity']>).skuIds.push(e3.identity?.skuIds[0] as string);
    const problems = checkCatalog(data);
    expect(problems.map((p) => p.pointer)).toEqual([`/offers/${offers.indexOf(e3)}/identity/skuIds/0`]);
    expect(problems[0]?.message).toMatch(
      /listed for "office-365-e3" and for "office-365-e1".*one SKU is one offer/,
    );
  });

  it('lets an old name and the offer it was renamed to share a String ID', () => {
    const data: CatalogData = structuredClone(catalog.data);
    const old = data.offers.offers.find((o) => o.id === 'office-365-business-premium') as Offer;
    old.skuPartNumber = 'O365_BUSINESS_PREMIUM';
    expect(checkCatalog(data)).toEqual([]);
  });
});
