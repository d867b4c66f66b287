// The build script refuses a bad catalog and says where: each case breaks a copy of content/catalog in
// a temporary folder, runs the script on it with Node (which runs .ts itself) and reads its stderr.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '..', 'scripts', 'build-catalog.ts');
const catalogDir = join(here, '..', '..', '..', 'content', 'catalog');
const rulesDir = join(here, '..', 'src', 'rules');

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csp-move-catalog-'));
  cpSync(catalogDir, dir, { recursive: true });
  out = join(dir, 'out', 'catalog-data.ts');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const build = (rules = rulesDir) => {
  const run = spawnSync(process.execPath, [script, '--dir', dir, '--out', out, '--rules', rules], {
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
};

/** Replaces exactly one occurrence of `from` in a catalog file and returns where `mark` then sits. */
function breakFile(file: string, from: string, to: string, mark = to) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from), `test setup: "${from}" must occur once in ${file}`).toHaveLength(2);
  const broken = text.replace(from, to);
  writeFileSync(path, broken);
  const before = broken.slice(0, broken.indexOf(mark)).split('\n');
  return { path, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The problems the script reported, as `file:line:col` and the rest of the line. */
const reported = (stderr: string) =>
  [...stderr.matchAll(/^ {2}(.+?):(\d+):(\d+): (.*)$/gm)].map(([, file, line, column, rest]) => ({
    file,
    line: Number(line),
    column: Number(column),
    rest: rest ?? '',
  }));

// Spawning Node takes a moment on a busy machine; this is a ceiling, not an assertion.
const slow = { timeout: 60_000 };

describe('build-catalog script', () => {
  it('builds an unchanged copy and writes the module', slow, () => {
    const run = build();
    expect(run.stderr).not.toMatch(/problem/);
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/^export const catalogData: CatalogData = \{/m);
  });

  it('rejects a replacement id that is not in the catalog, at its line and column', slow, () => {
    const at = breakFile(
      'offers.yaml',
      'offers: [office-365-e3, microsoft-teams-phone-standard]',
      'offers: [office-365-e3, microsoft-teams-phone-standrad]',
      'microsoft-teams-phone-standrad',
    );
    const run = build();
    expect(run.status).toBe(1);
    expect(reported(run.stderr)).toEqual([
      {
        file: at.path,
        line: at.line,
        column: at.column,
        rest: expect.stringMatching(/^\/offers\/\d+\/replacements\/2\/offers\/1 /),
      },
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("rejects a free SKU that is not a String ID of Microsoft's licensing CSV, at its line", slow, () => {
    // The list lived in the import's code, where one entry named a SKU the CSV does not have.
    const at = breakFile(
      'offers.yaml',
      '    - TEAMS_FREE\n',
      '    - DYN365_ENTERPRISE_VIRTUAL_AGENT_VIRAL\n',
      'DYN365_ENTERPRISE_VIRTUAL_AGENT_VIRAL',
    );
    const run = build();
    expect(run.status).toBe(1);
    expect(reported(run.stderr)).toEqual([
      {
        file: at.path,
        line: at.line,
        column: at.column,
        rest: expect.stringMatching(
          /^\/selfService\/stringIds\/\d+ "DYN365_ENTERPRISE_VIRTUAL_AGENT_VIRAL" is not a String ID of the snapshot /,
        ),
      },
    ]);
  });

  it('rejects a value the schema does not allow, at the value', slow, () => {
    const at = breakFile(
      'offers.yaml',
      'status: retired\n    statusDate: 2017-04-07',
      'status: sunset\n    statusDate: 2017-04-07',
      'sunset',
    );
    const run = build();
    expect(run.status).toBe(1);
    const problems = reported(run.stderr);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatchObject({ file: at.path, line: at.line, column: at.column });
      expect(problem.rest).toMatch(/^\/offers\/\d+\/status /);
    }
  });

  it('rejects an impossible calendar date', slow, () => {
    const at = breakFile('offers.yaml', 'statusDate: 2017-04-07', 'statusDate: 2017-02-30', '2017-02-30');
    const run = build();
    expect(run.status).toBe(1);
    expect(reported(run.stderr)).toContainEqual({
      file: at.path,
      line: at.line,
      column: at.column,
      rest: expect.stringMatching(/^\/offers\/\d+\/statusDate /),
    });
  });

  it('rejects a market listed in two regions, at the second one', slow, () => {
    const taiwan =
      '      - { code: TW, alpha3: TWN, currency: "TWD", name: { en: "Taiwan", zh-TW: "台灣" } }\n';
    // The United States region ends the list of regions: append a second Taiwan to its markets.
    const { path } = breakFile('regions.yaml', '\nformerMarkets:\n', `\n${taiwan}formerMarkets:\n`);
    const text = readFileSync(path, 'utf8');
    const line = text.slice(0, text.lastIndexOf('- { code: TW')).split('\n').length;
    const lineText = text.split('\n')[line - 1] ?? '';
    const run = build();
    expect(run.status).toBe(1);
    const problems = reported(run.stderr);
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      [path, line, lineText.indexOf('TW,') + 1],
      [path, line, lineText.indexOf('TWN') + 1],
    ]);
    expect(problems.map((p) => p.rest.split(' ')[0])).toEqual([
      expect.stringMatching(/^\/regions\/14\/markets\/5\/code$/),
      expect.stringMatching(/^\/regions\/14\/markets\/5\/alpha3$/),
    ]);
  });

  it('rejects a duplicate key with the position of the YAML error', slow, () => {
    const at = breakFile('policies.yaml', '    value: 7\n', '    value: 7\n    value: 8\n', 'value: 8');
    const run = build();
    expect(run.status).toBe(1);
    expect(reported(run.stderr)).toEqual([
      { file: at.path, line: at.line, column: at.column, rest: expect.any(String) },
    ]);
  });

  it("rejects a SKU GUID that the snapshot of Microsoft's CSV does not list, at the GUID", slow, () => {
    const at = breakFile(
      'offers.yaml',
      'skuIds: [cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46]',
      'skuIds: [cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d47]',
      'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d47',
    );
    const run = build();
    expect(run.status).toBe(1);
    expect(reported(run.stderr)).toEqual([
      {
        file: at.path,
        line: at.line,
        column: at.column,
        rest: expect.stringMatching(
          /^\/offers\/\d+\/identity\/skuIds\/0 skuId "cbdc14ab-.*" of "microsoft-365-business-premium" is not in the snapshot/,
        ),
      },
    ]);
  });

  it('rejects a display name the snapshot gives differently', slow, () => {
    breakFile(
      'offers.yaml',
      'names: ["Microsoft 365 Business Premium"]',
      'names: ["Microsoft 365 Business Premium X"]',
    );
    const run = build();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /identity\/names\/0 the snapshot \(line \d+\) lists cbdc14ab-\S+ of "microsoft-365-business-premium" with the name "Microsoft 365 Business Premium"/,
    );
  });

  it('rejects a snapshot that is not the file its provenance records', slow, () => {
    const csv = join(dir, 'microsoft', 'licensing-service-plans.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8').replace(
        'Microsoft 365 Business Premium,',
        'Microsoft 365 Business Premium 2,',
      ),
    );
    const run = build();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /licensing-service-plans\.csv: sha256 is [0-9a-f]{64}, but .*licensing-service-plans\.yaml records 3665b48f/,
    );
  });

  it('names a catalog file that is missing', slow, () => {
    rmSync(join(dir, 'policies.yaml'));
    const run = build();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(dir, 'policies.yaml'));
  });

  describe('sources keyed once', () => {
    const gdapFaq = 'url: https://learn.microsoft.com/partner-center/gdap-faq\n';

    it('rejects a page declared twice (the same url), at the second url', slow, () => {
      const { path } = breakFile(
        'sources.yaml',
        '\nsources:\n',
        `\nsources:\n  - id: gdap-questions\n    title: GDAP FAQ\n    ${gdapFaq}    publisher: microsoft\n    checked: 2026-12-07\n`,
      );
      const text = readFileSync(path, 'utf8');
      const second = text.lastIndexOf(gdapFaq);
      const run = build();
      expect(run.status).toBe(1);
      expect(reported(run.stderr)).toContainEqual({
        file: path,
        line: text.slice(0, second).split('\n').length,
        column: '    url: '.length + 1,
        rest: expect.stringMatching(
          /^\/sources\/\d+\/url is declared twice \(also source "gdap-questions"\)/,
        ),
      });
    });

    it('rejects a reference to a source sources.yaml does not declare, at the reference', slow, () => {
      const at = breakFile(
        'policies.yaml',
        'source: { id: transition-direct-to-indirect, section: 72-hour window }',
        'source: { id: transition-direct-to-indirrect, section: 72-hour window }',
        '{ id: transition-direct-to-indirrect',
      );
      const run = build();
      expect(run.status).toBe(1);
      expect(reported(run.stderr)).toEqual([
        {
          file: at.path,
          line: at.line,
          column: at.column,
          rest: expect.stringMatching(
            /^\/policies\/cancellationWindowDays\/history\/0\/source names source "transition-direct-to-indirrect"/,
          ),
        },
      ]);
      expect(existsSync(out)).toBe(false);
    });

    it('rejects a rule that cites an unknown source, at the call', slow, () => {
      const rules = join(dir, 'rules');
      cpSync(rulesDir, rules, { recursive: true });
      const path = join(rules, 'gdap-expires-during-move.ts');
      const text = readFileSync(path, 'utf8');
      expect(text.split("cite('gdap-bulk-migration-tool')")).toHaveLength(2);
      const broken = text.replace("cite('gdap-bulk-migration-tool')", "cite('gdap-bulk-migration')");
      writeFileSync(path, broken);
      const before = broken.slice(0, broken.indexOf("cite('gdap-bulk-migration')")).split('\n');
      const run = build(rules);
      expect(run.status).toBe(1);
      const problems = reported(run.stderr);
      expect(problems).toContainEqual({
        file: path,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        rest: 'cites source "gdap-bulk-migration", which content/catalog/sources.yaml does not declare',
      });
      // The source the rule no longer cites is now unused, and says so.
      expect(problems.map((p) => p.rest)).toContainEqual(
        expect.stringMatching(/"gdap-bulk-migration-tool" is cited by no rule, offer, policy or region/),
      );
    });

    it("rejects a csp-move page that is not on the site's address, at its url", slow, () => {
      const at = breakFile(
        'sources.yaml',
        'url: https://csp-move.dev/reference/offers/',
        'url: https://csp-move.example/reference/offers/',
        'https://csp-move.example',
      );
      const run = build();
      expect(run.status).toBe(1);
      expect(reported(run.stderr)).toEqual([
        {
          file: at.path,
          line: at.line,
          column: at.column,
          rest: expect.stringMatching(
            /^\/sources\/\d+\/url of a csp-move page must start with https:\/\/csp-move\.dev\//,
          ),
        },
      ]);
    });

    it('rejects a source that no fact rests on, at its id', slow, () => {
      const at = breakFile(
        'sources.yaml',
        '\nsources:\n',
        '\nsources:\n  - id: unused-page\n    title: A page\n    url: https://example.com/unused\n    publisher: third-party\n    checked: 2026-12-07\n',
        'unused-page',
      );
      const run = build();
      expect(run.status).toBe(1);
      expect(reported(run.stderr)).toEqual([
        {
          file: at.path,
          line: at.line,
          column: at.column,
          rest: '/sources/0/id "unused-page" is cited by no rule, offer, policy or region; remove it',
        },
      ]);
    });
  });
});
