// `csp-move catalog drift <licensing.csv>`: the catalog against Microsoft's licensing CSV. It runs on the
// snapshot kept in the repository (no drift), on a copy edited to drop and rename SKUs (the drift it
// must report), and on files that are not that CSV (exit 2 with the line).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { folderWith } from './helpers/tmp.ts';

const SNAPSHOT = join(
  PACKAGE_ROOT,
  '..',
  '..',
  'content',
  'catalog',
  'microsoft',
  'licensing-service-plans.csv',
);
const SNAPSHOT_AS_OF = '2025-12-30';
const snapshotText = readFileSync(SNAPSHOT, 'utf8');

async function run(argv: string[], cwd = PACKAGE_ROOT, stdin = '') {
  let out = '';
  let err = '';
  const io = {
    cwd,
    env: {},
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    readStdin: async () => stdin,
  };
  return { code: await main(argv, io), out, err };
}

/** A folder holding `licensing.csv` with `text`. */
function csvFile(text: string): { dir: string; file: string } {
  const dir = folderWith({});
  const file = join(dir, 'licensing.csv');
  writeFileSync(file, text);
  return { dir, file };
}

/** The snapshot with data lines edited: `edit` returns a replacement line, or null to drop it. */
function edited(edit: (line: string) => string | null): string {
  const [header, ...rows] = snapshotText.split('\r\n');
  return [header, ...rows.map(edit).filter((l) => l !== null)].join('\r\n');
}

// Microsoft drops Microsoft 365 E3, renames Business Basic, and lists a new E-edition SKU.
const DRIFTED = `${edited((line) => {
  if (line.includes(',SPE_E3,')) return null;
  if (line.startsWith('Microsoft 365 Business Basic,O365_BUSINESS_ESSENTIALS,')) {
    return line.replace('Microsoft 365 Business Basic,', 'Microsoft 365 Business Basic Plus,');
  }
  return line;
})}\r\nMicrosoft 365 E9,MICROSOFT_365_E9,0a0a0a0a-0000-4000-8000-000000000009,X,113feb6c-3fe4-4440-bddc-54d774bf0318,X\r\n`;

describe('csp-move catalog drift', () => {
  it('passes on the snapshot kept in the repository, listing the offers newer than it', async () => {
    const { code, out, err } = await run(['catalog', 'drift', SNAPSHOT, '--as-of', SNAPSHOT_AS_OF]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/569 SKUs, compared with \d+ offers/);
    expect(out).toContain('Offers newer than the CSV (not drift):');
    expect(out).toContain('microsoft-365-e7: sold since 2026-05-01.');
    expect(out).toContain('No drift');
  });

  it('reports a dropped SKU, a renamed SKU and a new edition, exit 1, in each format', async () => {
    const { dir, file } = csvFile(DRIFTED);
    const text = await run(['catalog', 'drift', file, '--as-of', SNAPSHOT_AS_OF], dir);
    expect(text.code).toBe(1);
    expect(text.out).toContain(
      'microsoft-365-e3: the GUID 05e9a617-0261-4cee-bb44-138d3ef5d965 is not in the CSV.',
    );
    expect(text.out).toContain('microsoft-365-e3: the String ID SPE_E3 is not in the CSV.');
    expect(text.out).toMatch(
      /microsoft-365-business-basic: line \d+ names 3b555118-\S+ "Microsoft 365 Business Basic Plus"; the catalog has "Microsoft 365 Business Basic"\./,
    );
    expect(text.out).toMatch(
      /"Microsoft 365 E9" \(MICROSOFT_365_E9, 0a0a0a0a-\S+\) looks like microsoft-365-e\d/,
    );
    expect(text.out).toContain('Drift: 4 differences');

    const json = await run(['catalog', 'drift', file, '--as-of', SNAPSHOT_AS_OF, '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ version: 1, drift: true, asOf: SNAPSHOT_AS_OF, file: 'licensing.csv' });
    expect(report.missing).toEqual([
      { offer: 'microsoft-365-e3', kind: 'skuId', id: '05e9a617-0261-4cee-bb44-138d3ef5d965' },
      { offer: 'microsoft-365-e3', kind: 'stringId', id: 'SPE_E3' },
    ]);
    expect(report.changed).toEqual([
      expect.objectContaining({
        offer: 'microsoft-365-business-basic',
        microsoft: 'Microsoft 365 Business Basic Plus',
      }),
    ]);
    expect(report.unlisted.map((u: { name: string }) => u.name)).toEqual(['Microsoft 365 E9']);

    const markdown = await run(['catalog', 'drift', file, '--as-of', SNAPSHOT_AS_OF, '-f', 'markdown'], dir);
    expect(markdown.code).toBe(1);
    expect(markdown.out).toMatch(/^## Offer catalog against Microsoft's licensing CSV\n/);
    expect(markdown.out).toContain('### Ids Microsoft no longer lists');
  });

  it('writes one finding per line, with control characters of the CSV escaped', async () => {
    const { dir, file } = csvFile(DRIFTED.replace('Business Basic Plus,', 'Business Basic Plus\u001b[2J,'));
    const { out } = await run(['catalog', 'drift', file, '--as-of', SNAPSHOT_AS_OF], dir);
    const lines = out.split('\n');
    expect(lines).toContain('Ids Microsoft no longer lists:');
    expect(lines.filter((l) => l.startsWith('  microsoft-365-e3: '))).toHaveLength(2);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Plus\\u{001b}[2J');
  });

  it('writes each --format to its --output file', async () => {
    const { dir, file } = csvFile(DRIFTED);
    const { code, out } = await run(
      [
        'catalog',
        'drift',
        file,
        '--as-of',
        SNAPSHOT_AS_OF,
        '-f',
        'json',
        '-o',
        'drift.json',
        '-f',
        'markdown',
        '-o',
        'drift.md',
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8')).drift).toBe(true);
    expect(readFileSync(join(dir, 'drift.md'), 'utf8')).toContain('### Ids Microsoft no longer lists');
  });

  it('speaks Traditional Chinese with --locale zh-TW', async () => {
    const { dir, file } = csvFile(DRIFTED);
    const { code, out } = await run(
      ['catalog', 'drift', file, '--as-of', SNAPSHOT_AS_OF, '--locale', 'zh-TW'],
      dir,
    );
    expect(code).toBe(1);
    expect(out).toContain('Microsoft 已不再列出的識別碼：');
    expect(out).toContain('microsoft-365-e3：CSV 中沒有字串識別碼 SPE_E3。');
    expect(out).toContain('有偏差：offers.yaml 中有 4 處需要檢查。');
  });

  it('reads the CSV from standard input with -', async () => {
    const { code, out } = await run(
      ['catalog', 'drift', '-', '--as-of', SNAPSHOT_AS_OF],
      PACKAGE_ROOT,
      snapshotText,
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^<stdin>: 569 SKUs/);
  });

  it.each([
    ['an empty file', '', 1, 'the file is empty'],
    ['a file without the columns', 'name,id\r\nx,y\r\n', 1, 'the first line needs the columns'],
    [
      'a row with an unclosed quote',
      'Product_Display_Name,String_Id,GUID\r\nok,OK,6fd2c87f-b296-42f0-b197-1e91e994b900\r\n"broken,X,Y\r\n',
      3,
      'is never closed',
    ],
    [
      'a GUID that is not one',
      'Product_Display_Name,String_Id,GUID\r\nok,OK,6fd2c87f-b296-42f0-b197-1e91e994b900\r\nbad,BAD,nope\r\n',
      3,
      'does not hold a GUID',
    ],
  ])('refuses %s with exit 2 and the line', async (_, content, line, why) => {
    const { dir, file } = csvFile(content);
    const { code, out, err } = await run(['catalog', 'drift', file], dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`licensing.csv:${line}: not Microsoft's licensing CSV: `);
    expect(err).toContain(why);
  });

  it('refuses a missing file, a UTF-16 file, a bad date and a wrong subcommand with exit 2', async () => {
    const dir = folderWith({});
    expect((await run(['catalog', 'drift', 'missing.csv'], dir)).err).toMatch(
      /CSV file "missing.csv" cannot be read: it does not exist/,
    );
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.from('\ufeffProduct_Display_Name,String_Id,GUID\r\n', 'utf16le'));
    const wide = await run(['catalog', 'drift', 'utf16.csv'], dir);
    expect(wide.code).toBe(2);
    expect(wide.err).toContain('not UTF-8 text');
    const date = await run(['catalog', 'drift', SNAPSHOT, '--as-of', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.err).toContain('--as-of cannot be "2026-02-30"; use YYYY-MM-DD.');
    const sub = await run(['catalog', 'check', SNAPSHOT]);
    expect(sub.code).toBe(2);
    expect(sub.err).toContain('"catalog" has no subcommand "check"; use drift.');
    expect((await run(['catalog', 'drift'])).code).toBe(2);
  });
});
