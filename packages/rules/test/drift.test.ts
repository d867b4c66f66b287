import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compareWithLicensingCsv,
  foldedStringIdClashes,
  hasDrift,
  LicensingCsvError,
  parseLicensingCsv,
} from '../src/catalog/drift.ts';
import { defaultCatalog } from '../src/catalog/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '..', '..', '..', 'content', 'catalog', 'microsoft');
const snapshotText = readFileSync(join(folder, 'licensing-service-plans.csv'), 'utf8');
const catalog = defaultCatalog();
const offers = catalog.offers;
const leftOut = catalog.data.offers.leftOut;

const HEADER =
  'Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names';

describe('parseLicensingCsv', () => {
  it('reads the snapshot as downloaded: byte order mark, CRLF, several rows per SKU', () => {
    expect(snapshotText.charCodeAt(0)).toBe(0xfeff);
    expect(snapshotText).toContain('\r\n');
    const csv = parseLicensingCsv(snapshotText);
    expect(csv.rows).toBe(5457);
    expect(csv.skus.size).toBe(569);
    expect(csv.skus.get('cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46')).toMatchObject({
      stringId: 'SPB',
      name: 'Microsoft 365 Business Premium',
    });
  });

  it('trims trailing spaces and no-break spaces, keeps inner ones, reads quoted fields', () => {
    const text = [
      HEADER,
      'Microsoft 365 Business Premium\u00a0 ,SPB ,CBDC14AB-D96C-4C30-B9F4-6ADA7CDC1D46,a,b,c',
      '"Office 365 E3, with ""quotes""",ENTERPRISEPACK,6fd2c87f-b296-42f0-b197-1e91e994b900,"x\ny",b,c',
      '',
      'Microsoft 365 Business Premium (no Teams),Microsoft_365_ Business_ Premium_(no Teams),00e1ec7b-e4a3-40d1-9441-b69b597ab222,a,b,c',
    ].join('\n');
    const csv = parseLicensingCsv(text);
    expect([...csv.skus.values()].map(({ stringId, name, line }) => [stringId, name, line])).toEqual([
      ['SPB', 'Microsoft 365 Business Premium', 2],
      ['ENTERPRISEPACK', 'Office 365 E3, with "quotes"', 3],
      ['Microsoft_365_ Business_ Premium_(no Teams)', 'Microsoft 365 Business Premium (no Teams)', 6],
    ]);
  });

  it.each([
    ['', 1, 'empty'],
    ['Name,Id\r\nx,y', 1, 'header'],
    [`${HEADER}\r\nOffice 365 E3,ENTERPRISEPACK`, 2, 'columns'],
    [`${HEADER}\r\nOffice 365 E3,ENTERPRISEPACK,not-a-guid,a,b,c`, 2, 'guid'],
    [`${HEADER}\r\nok,OK,6fd2c87f-b296-42f0-b197-1e91e994b900,a,b,c\r\n"unclosed,x,y`, 3, 'quote'],
  ])('refuses a file that is not the CSV and says on which line (%#)', (text, line, reason) => {
    let error: unknown;
    try {
      parseLicensingCsv(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LicensingCsvError);
    expect(error).toMatchObject({ line, reason });
    expect(String((error as Error).message)).toMatch(new RegExp(`^line ${line}: `));
  });
});

/** The snapshot with rows edited: `edit` gets each data line and returns its replacement (or null to drop). */
function edited(edit: (line: string) => string | null): string {
  const [header, ...rows] = snapshotText.split('\r\n');
  return [header, ...rows.map(edit).filter((line) => line !== null)].join('\r\n');
}

describe('foldedStringIdClashes', () => {
  it('finds none in the snapshot, so the lookup may ignore case and spaces', () => {
    expect(foldedStringIdClashes(parseLicensingCsv(snapshotText))).toEqual([]);
  });

  it('finds String IDs that differ only in case or spaces, at the second one', () => {
    const text = [
      HEADER,
      'A,SPB,cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46,a,b,c',
      'B,Spb ,6fd2c87f-b296-42f0-b197-1e91e994b900,a,b,c',
      'C,Microsoft_365_ Business,00e1ec7b-e4a3-40d1-9441-b69b597ab222,a,b,c',
      'D,Microsoft_365_  business,00e1ec7b-e4a3-40d1-9441-b69b597ab223,a,b,c',
    ].join('\r\n');
    expect(foldedStringIdClashes(parseLicensingCsv(text))).toEqual([
      { first: 'SPB', second: 'Spb', line: 3 },
      { first: 'Microsoft_365_ Business', second: 'Microsoft_365_  business', line: 5 },
    ]);
  });
});

describe('compareWithLicensingCsv', () => {
  it('finds no drift between the catalog and its snapshot, and lists the offers newer than it', () => {
    const report = compareWithLicensingCsv(offers, parseLicensingCsv(snapshotText), '2025-12-30', leftOut);
    expect(report.missing).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.unlisted).toEqual([]);
    expect(hasDrift(report)).toBe(false);
    expect(report.compared).toBeGreaterThan(60);
    for (const { since } of report.newer) expect(since > '2025-12-30').toBe(true);
  });

  it('reports a dropped SKU, a renamed SKU and a new edition of a family the catalog has', () => {
    const text = edited((line) => {
      // Microsoft stops listing Microsoft 365 E5 and renames Business Premium.
      if (line.includes(',SPE_E5,')) return null;
      if (line.startsWith('Microsoft 365 Business Premium,SPB,')) {
        return line.replace('Microsoft 365 Business Premium,', 'Microsoft 365 Business Premium 2026,');
      }
      return line;
    }).concat(
      '\r\nMicrosoft 365 E9,MICROSOFT_365_E9,0a0a0a0a-0000-4000-8000-000000000009,EXCHANGE_S_FOUNDATION,113feb6c-3fe4-4440-bddc-54d774bf0318,Exchange Foundation',
    );
    const report = compareWithLicensingCsv(offers, parseLicensingCsv(text), '2025-12-30', leftOut);
    expect(report.missing).toEqual([
      { offer: 'microsoft-365-e5', kind: 'skuId', id: '06ebc4ee-1bb5-47dd-8120-11324bc54e06' },
      { offer: 'microsoft-365-e5', kind: 'stringId', id: 'SPE_E5' },
    ]);
    expect(report.changed).toEqual([
      expect.objectContaining({
        offer: 'microsoft-365-business-premium',
        field: 'name',
        microsoft: 'Microsoft 365 Business Premium 2026',
        catalog: ['Microsoft 365 Business Premium'],
      }),
    ]);
    expect(report.unlisted).toEqual([
      expect.objectContaining({
        name: 'Microsoft 365 E9',
        stringId: 'MICROSOFT_365_E9',
        like: expect.any(Object),
      }),
    ]);
    expect(report.unlisted[0]?.like.offer).toMatch(/^microsoft-365-e\d/);
    expect(hasDrift(report)).toBe(true);
  });

  it('reports a SKU that has the name of a catalog offer recording no such SKU (how E7 shows up)', () => {
    const text = `${snapshotText}\r\nMicrosoft 365 E7,Microsoft_365_E7,0a0a0a0a-0000-4000-8000-000000000007,X,113feb6c-3fe4-4440-bddc-54d774bf0318,X`;
    const report = compareWithLicensingCsv(offers, parseLicensingCsv(text), '2026-12-07', leftOut);
    expect(report.unlisted).toEqual([
      expect.objectContaining({
        name: 'Microsoft 365 E7',
        like: { offer: 'microsoft-365-e7', name: 'Microsoft 365 E7', exact: true },
      }),
    ]);
  });

  it('does not report a SKU the catalog leaves out on purpose', () => {
    const csv = parseLicensingCsv(snapshotText);
    expect(csv.skus.has('6634e0ce-1a9f-428c-a498-f84ec7b8aa2e'), 'test setup: Office 365 E2 is listed').toBe(
      true,
    );
    const report = compareWithLicensingCsv(offers, csv, '2025-12-30');
    expect(report.unlisted.map((u) => u.name)).toEqual(['Office 365 E2']);
  });

  it('lists an offer first sold after the CSV as newer, and does not look for its ids', () => {
    const report = compareWithLicensingCsv(offers, parseLicensingCsv(snapshotText), '2020-01-01', leftOut);
    const newer = new Map(report.newer.map((n) => [n.offer, n.since]));
    expect(newer.get('microsoft-365-e3-no-teams')).toBe('2023-10-01');
    expect(report.missing.map((m) => m.offer)).not.toContain('microsoft-365-e3-no-teams');
  });
});
