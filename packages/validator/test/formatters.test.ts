import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json' with { type: 'json' };
import { Ajv } from 'ajv';
import draft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../src/formatters/codeframe.ts';
import { FORMATTERS } from '../src/formatters/index.ts';
import { rulesWait } from '../src/formatters/strings.ts';
import type { FormatterOptions } from '../src/formatters/types.ts';
import { displayWidth } from '../src/formatters/width.ts';
import { SAMPLE_SOURCES, sampleReport } from './helpers/report.ts';

const report = sampleReport();
const options: FormatterOptions = {
  locale: 'en',
  color: false,
  failOn: 'error',
  toolVersion: '1.2.3',
  sources: SAMPLE_SOURCES,
};
const ESC = '\u001b';

describe('json', () => {
  const output = JSON.parse(FORMATTERS.json(report, options));
  // The v1 contract of DESIGN §6, as a schema: nothing more at any level except the optional additions
  // (related/fixes/kind/due on a finding, nextStep on a file).
  const position = {
    type: 'object',
    additionalProperties: false,
    required: ['line', 'column'],
    properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } },
  };
  const range = {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end'],
    properties: { start: position, end: position },
  };
  const contract = {
    type: 'object',
    additionalProperties: false,
    required: ['version', 'files', 'summary'],
    properties: {
      version: { const: 1 },
      files: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'verdict', 'findings'],
          properties: {
            path: { type: 'string' },
            verdict: { enum: ['invalid', 'blocked', 'needs-attention', 'ready'] },
            findings: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['rule', 'severity', 'message', 'pointer', 'range', 'help'],
                properties: {
                  rule: { type: 'string' },
                  severity: { enum: ['error', 'warning', 'info'] },
                  message: { type: 'string' },
                  pointer: { type: 'string' },
                  range,
                  help: { type: 'string', pattern: '^https://' },
                  related: { type: 'array' },
                  fixes: { type: 'array' },
                  kind: { enum: ['defect', 'step'] },
                  due: { type: 'string', format: 'date' },
                },
              },
            },
            nextStep: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'kind', 'state', 'pointer', 'title'],
              properties: {
                id: { type: 'string' },
                kind: { type: 'string' },
                state: { enum: ['upcoming', 'overdue'] },
                date: { type: 'string' },
                due: { type: 'string' },
                subscription: { type: 'string' },
                pointer: { type: 'string' },
                title: { type: 'string' },
              },
            },
          },
        },
      },
      summary: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'errors', 'warnings', 'infos'],
        properties: {
          files: { type: 'integer' },
          errors: { type: 'integer' },
          warnings: { type: 'integer' },
          infos: { type: 'integer' },
        },
      },
    },
  };

  it('matches the v1 contract exactly', () => {
    const validate = new Ajv({ formats: { date: /^\d{4}-\d{2}-\d{2}$/ } }).compile(contract);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
  });

  it('counts every finding in the summary', () => {
    const all = report.files.flatMap((f) => f.diagnostics);
    expect(output.summary).toEqual({
      files: 5,
      errors: all.filter((d) => d.severity === 'error').length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      infos: all.filter((d) => d.severity === 'info').length,
    });
    expect(output.files.map((f: { verdict: string }) => f.verdict)).toEqual([
      'ready',
      'invalid',
      'blocked',
      'invalid',
      'ready',
    ]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(FORMATTERS.sarif(report, options));
  const run = log.runs[0];

  it('is valid against the SARIF 2.1.0 schema', () => {
    // A CommonJS module whose class is its `default` export.
    type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const AjvDraft04 = (
      draft04 as unknown as { default: new (options: object) => { compile(schema: object): Validator } }
    ).default;
    const ajv = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('describes every rule that appears, with a help URI, and points results at them', () => {
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/csp-move\.dev\//);
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('uses relative URIs, UTF-16 columns and 1-based regions', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    for (const result of run.results) {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(
      run.results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    ).toContain('plans/region%2C%20%22odd%22%20%7C%20name.plan.yaml');
  });

  it('reports suppressed findings as suppressed in source, with the reason', () => {
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(
      suppressed.map((r: { ruleId: string; suppressions: { kind: string; justification: string }[] }) => [
        r.ruleId,
        r.suppressions[0],
      ]),
    ).toEqual([['region-mismatch', { kind: 'inSource', justification: 'moving the tenant first' }]]);
  });

  it('carries fixes as replacements', () => {
    const fixed = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-key');
    expect(fixed.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('termEnd');
  });
});

describe('github', () => {
  const output = FORMATTERS.github(report, options);
  const lines = output.trimEnd().split('\n');

  it('writes one workflow command per finding, escaping data and properties', () => {
    const count = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
    expect(lines).toHaveLength(count);
    const odd = lines.find((l) => l.includes('odd')) as string;
    expect(odd).toMatch(
      /^::error file=plans\/region%2C "odd" \| name\.plan\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=region-mismatch::/,
    );
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) /);
      const data = line.slice(line.indexOf('::', 2) + 2);
      expect(data).not.toMatch(/[\r\n]/);
      expect(data).toContain('%0Ahttps://csp-move.dev/');
    }
  });

  it('escapes %, CR and LF in data, and also : and , in properties', async () => {
    const { escapeData, escapeProperty } = await import('../src/formatters/github.ts');
    expect(escapeData('100% sure\r\nnext, line: x')).toBe('100%25 sure%0D%0Anext, line: x');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes control characters of a message out, so they cannot break the log', async () => {
    const { github } = await import('../src/formatters/github.ts');
    const file = report.files[1] as (typeof report.files)[number];
    const d = {
      ...(file.diagnostics[0] as (typeof file.diagnostics)[number]),
      message: '100% \u001b[31mred\r\nnext',
    };
    const line = github({ files: [{ ...file, diagnostics: [d] }] }, options).trim();
    expect(line).toContain('::100%25 \\u{001b}[31mred\\r\\nnext%0Ahttps://');
  });

  it('leaves columns out of annotations that span lines', async () => {
    const { github } = await import('../src/formatters/github.ts');
    const file = report.files[1] as (typeof report.files)[number];
    const d = {
      ...(file.diagnostics[0] as (typeof file.diagnostics)[number]),
      range: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } },
    };
    const line = github({ files: [{ ...file, diagnostics: [d] }] }, options);
    expect(line).toMatch(/line=2,endLine=4,title=/);
  });
});

describe('junit', () => {
  const output = FORMATTERS.junit(report, options);

  it('has a suite per file and a failure per finding at or above --fail-on', () => {
    expect(output.match(/<testsuite /g)).toHaveLength(5);
    const errors = report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error').length;
    expect(output.match(/<failure /g)).toHaveLength(errors);
    expect(output).toContain(`failures="${errors}"`);
    const warningsFail = FORMATTERS.junit(report, { ...options, failOn: 'warning' });
    expect(warningsFail.match(/<failure /g)?.length).toBeGreaterThan(errors);
  });

  it('escapes markup and control characters', () => {
    expect(output).not.toContain(ESC);
    expect(output).toContain('&quot;odd&quot;');
    expect(output).not.toMatch(/name="[^"]*<[^"]*"/);
  });
});

describe('markdown', () => {
  const output = FORMATTERS.markdown(report, options);

  it('lists every file with its verdict, then each file with problems', () => {
    expect(output.match(/^\| plans\//gm)).toHaveLength(5);
    expect(output.match(/^### /gm)).toHaveLength(3);
  });

  it('keeps table cells in one piece', () => {
    for (const line of output.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      expect(cells, line).toBeGreaterThanOrEqual(6);
    }
    expect(output).not.toContain(ESC);
  });
});

describe('stylish', () => {
  it('shows the source line with carets under the range', () => {
    const output = FORMATTERS.stylish(report, options);
    const lines = output.split('\n');
    const at = lines.findIndex((l) => l.includes('│     termend: 2027-05-31'));
    expect(at).toBeGreaterThan(0);
    const code = lines[at] as string;
    const carets = lines[at + 1] as string;
    expect(carets.indexOf('^')).toBe(code.indexOf('termend'));
    expect(carets.trim().endsWith('^^^^^^^')).toBe(true);
  });

  it('lines carets up under wide characters and escaped controls', () => {
    const paint = { gutter: (s: string) => s, caret: (s: string) => s };
    const line = '  name: 咖啡\tTailspin';
    const column = line.indexOf('Tailspin') + 1;
    const [code, carets] = codeFrame(
      [line],
      { start: { line: 1, column }, end: { line: 1, column: column + 8 } },
      paint,
    );
    const prefix = (code as string).slice(0, (code as string).indexOf('Tailspin'));
    expect((carets as string).indexOf('^')).toBe(displayWidth(prefix));
    expect(carets?.split('│')[1]?.trim()).toBe('^^^^^^^^');
  });

  it('escapes control characters from the file and colours only when asked', () => {
    const plain = FORMATTERS.stylish(report, options);
    expect(plain).not.toContain(ESC);
    expect(plain).toContain('evil\\u{001b}[31mkey');
    expect(FORMATTERS.stylish(report, { ...options, color: true })).toContain(`${ESC}[`);
  });

  it('says under each file it cannot judge, and only there, that the rules run once its errors are fixed', () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      const output = FORMATTERS.stylish(report, { ...options, locale });
      const blocks = output.split('\n\n');
      for (const file of report.files.filter((f) => f.diagnostics.length > 0)) {
        const block = blocks.find((b) => b.startsWith(file.path)) as string;
        expect(
          block
            .split('\n')
            .map((l) => l.trim())
            .includes(rulesWait(locale)),
        ).toBe(file.verdict === 'invalid');
      }
    }
    expect(report.files.some((f) => f.verdict === 'invalid' && f.diagnostics.length > 0)).toBe(true);
    expect(report.files.some((f) => f.verdict !== 'invalid' && f.diagnostics.length > 0)).toBe(true);
  });

  it('ends with a summary of problems', () => {
    const output = FORMATTERS.stylish(report, options);
    expect(output.trimEnd().split('\n').pop()).toMatch(
      /^✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ infos?\) in 3 of 5 files$/,
    );
    const clean = FORMATTERS.stylish({ files: [report.files[0] as never] }, options);
    expect(clean).toBe('✔ 1 file checked, no problems\n');
  });
});

it('measures wide characters as two columns', () => {
  expect(displayWidth('咖啡 ab')).toBe(7);
});
