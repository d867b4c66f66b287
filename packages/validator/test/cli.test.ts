import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '@csp-move/rules/catalog';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { PACKAGE_ROOT, runCli } from './helpers/cli.ts';
import { planWith, READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

const BLOCKED = planWith('  name: Tailspin Coffee\n  country: TW', '  name: Tailspin Coffee\n  country: DE');
// A warning whatever the date: auto-renew left on is a step now, information until it is due.
const WARNED = planWith('  adminAccess: gdap', '  adminAccess: dap');
const json = (stdout: string) =>
  JSON.parse(stdout) as { files: { path: string; verdict: string; findings: { rule: string }[] }[] };

describe('exit codes', () => {
  const dir = folderWith({
    'ready.plan.yaml': READY_PLAN,
    'blocked.plan.yaml': BLOCKED,
    'warned.plan.yaml': WARNED,
  });

  it('0: nothing at or above --fail-on', () => {
    expect(runCli(['validate', 'ready.plan.yaml'], { cwd: dir }).code).toBe(0);
    expect(runCli(['validate', 'warned.plan.yaml'], { cwd: dir }).code).toBe(0);
    expect(runCli(['validate', '--fail-on', 'never', 'blocked.plan.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('1: findings at or above --fail-on, or more warnings than --max-warnings', () => {
    expect(runCli(['validate', 'blocked.plan.yaml'], { cwd: dir }).code).toBe(1);
    expect(runCli(['validate', '--fail-on', 'warning', 'warned.plan.yaml'], { cwd: dir }).code).toBe(1);
    expect(runCli(['validate', '--max-warnings', '0', 'warned.plan.yaml'], { cwd: dir }).code).toBe(1);
    expect(runCli(['validate', '--max-warnings', '1', 'warned.plan.yaml'], { cwd: dir }).code).toBe(0);
  });

  it.each([
    [['validate', '--nope']],
    [['validate', '--format']],
    [['validate', '--jobs', '0', 'ready.plan.yaml']],
    [['validate', '--today', 'tomorrow', 'ready.plan.yaml']],
    [['validate', '--fail-on', 'sometimes', 'ready.plan.yaml']],
    [['validate', '--locale', 'fr', 'ready.plan.yaml']],
    [['validate', '-f', 'json', '-f', 'sarif', 'ready.plan.yaml']],
    [['validate', '-o', 'a.json', '-o', 'b.json', 'ready.plan.yaml']],
    [['validate', 'nothing-here.yaml']],
    [['validate', 'no-match/**/*.yaml']],
    [['validate', '--config', 'missing.yaml', 'ready.plan.yaml']],
    [['validate', '--catalog', 'missing.yaml', 'ready.plan.yaml']],
    [['explain']],
    [['init', 'ready.plan.yaml']],
    [['schema', 'everything']],
    [['rules', 'no-such-rule']],
    [['launch']],
    [[]],
  ])('2: usage error %j', (args) => {
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^csp-move: |^csp-move：|Usage/m);
  });

  it('3: internal error, when even writing the output fails', async () => {
    const broken = {
      write: () => {
        throw new Error('stdout is gone');
      },
    };
    let errors = '';
    const code = await main(['validate', join(dir, 'ready.plan.yaml')], {
      cwd: dir,
      env: {},
      stdout: broken,
      stderr: {
        write: (text: string) => {
          errors += text;
        },
      },
      readStdin: async () => '',
    });
    expect(code).toBe(3);
    expect(errors).toContain('stdout is gone');
  });
});

describe('finding plan files', () => {
  const dir = folderWith({
    'customers/a.plan.yaml': READY_PLAN,
    'customers/nested/b.yml': READY_PLAN,
    'customers/node_modules/c.yaml': 'not: a plan',
    'customers/.hidden/d.yaml': 'not: a plan',
    'plans/e.yaml': READY_PLAN,
    'other.yaml': 'not: a plan',
    'f.plan.yml': READY_PLAN,
  });
  const paths = (args: string[]) =>
    json(runCli([...args, '--format', 'json'], { cwd: dir }).stdout).files.map((f) => f.path);

  it('takes every .yaml/.yml below a directory, but not node_modules or dot-folders', () => {
    expect(paths(['validate', 'customers'])).toEqual(['customers/a.plan.yaml', 'customers/nested/b.yml']);
  });

  it('leaves out the exclude patterns of the config, in folders and include patterns alike', () => {
    const excluding = folderWith({
      '.csp-move.yaml': 'exclude: ["customers/nested/**", "**/f.plan.yml"]\n',
      'customers/a.plan.yaml': READY_PLAN,
      'customers/nested/b.yml': READY_PLAN,
      'f.plan.yml': READY_PLAN,
    });
    const run = (args: string[]) =>
      json(runCli([...args, '--format', 'json'], { cwd: excluding }).stdout).files.map((f) => f.path);
    expect(run(['validate', 'customers'])).toEqual(['customers/a.plan.yaml']);
    expect(run(['validate'])).toEqual(['customers/a.plan.yaml']);
    // Named on the command line it is left out too, as ESLint does (csp-move says so on stderr).
    expect(run(['validate', 'f.plan.yml'])).toEqual([]);
  });

  it('expands globs', () => {
    expect(paths(['validate', 'customers/**/*.yml'])).toEqual(['customers/nested/b.yml']);
  });

  it('uses the include patterns when no path is given', () => {
    expect(paths(['validate'])).toEqual(['customers/a.plan.yaml', 'f.plan.yml', 'plans/e.yaml']);
  });

  it('reads standard input for -', () => {
    const run = runCli(['validate', '-', '--format', 'json'], { cwd: dir, input: BLOCKED });
    expect(json(run.stdout).files.map((f) => [f.path, f.verdict])).toEqual([['<stdin>', 'blocked']]);
  });
});

describe('outputs', () => {
  it('writes several formats in one run, files atomically, and the GitHub step summary', () => {
    const dir = folderWith({ 'blocked.plan.yaml': BLOCKED, 'summary.md': '# before\n' });
    const ok = runCli(
      [
        'validate',
        '-f',
        'json',
        '-o',
        'out/report.json',
        '-f',
        'sarif',
        '-o',
        'out/report.sarif',
        '-f',
        'github',
        'blocked.plan.yaml',
      ],
      {
        cwd: dir,
        env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') },
      },
    );
    expect(ok.code).toBe(1);
    expect(ok.stdout).toMatch(/^::error file=blocked\.plan\.yaml,/);
    expect(json(readFileSync(join(dir, 'out/report.json'), 'utf8')).files[0]?.verdict).toBe('blocked');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['report.json', 'report.sarif']);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary.startsWith('# before\n## csp-move plan check')).toBe(true);
  });

  it('colours stylish output on request and never when NO_COLOR is set', () => {
    const dir = folderWith({ 'blocked.plan.yaml': BLOCKED });
    expect(
      runCli(['validate', '--color', 'blocked.plan.yaml'], { cwd: dir, env: { NO_COLOR: '' } }).stdout,
    ).toContain('\u001b[');
    expect(
      runCli(['validate', 'blocked.plan.yaml'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout,
    ).toContain('\u001b[');
    expect(runCli(['validate', 'blocked.plan.yaml'], { cwd: dir }).stdout).not.toContain('\u001b[');
  });
});

describe('configuration', () => {
  it('applies rule overrides, fail-on and locale from .csp-move.yaml; flags win', () => {
    const config = 'rules:\n  region-mismatch: warning\nfailOn: warning\nlocale: zh-TW\n';
    const dir = folderWith({ '.csp-move.yaml': config, 'blocked.plan.yaml': BLOCKED });
    const run = runCli(['validate', 'blocked.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('警告');
    expect(
      runCli(['validate', '--fail-on', 'error', '--locale', 'en', 'blocked.plan.yaml'], { cwd: dir }).code,
    ).toBe(0);
  });

  it('refuses an invalid config with its diagnostics (exit 2)', () => {
    const dir = folderWith({
      '.csp-move.yaml': 'rules:\n  region-mismach: off\nfailon: warning\n',
      'ready.plan.yaml': READY_PLAN,
    });
    const run = runCli(['validate', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.csp-move.yaml');
    expect(run.stderr).toContain('region-mismatch');
    expect(run.stderr).toContain('failOn');
    expect(run.stderr).toMatch(/2:3 .*unknown-key/);
  });

  it('extends the catalog from the config, inline or from a file', () => {
    const plan = planWith('      offer: microsoft-365-business-standard', '      offer: contoso-backup');
    const offer = [
      '  - id: contoso-backup',
      '    names: [{ en: Contoso Backup, zh-TW: Contoso 備份 }]',
      '    kind: standalone',
      '    status: active',
      '    source: { title: Contoso price list, url: "https://contoso.example/prices" }',
      '    asOf: 2027-01-01',
    ].join('\n');
    const without = folderWith({ 'p.plan.yaml': plan });
    expect(
      json(runCli(['validate', '-f', 'json', 'p.plan.yaml'], { cwd: without }).stdout).files[0]?.findings.map(
        (f) => f.rule,
      ),
    ).toContain('unknown-offer');
    const inline = folderWith({
      'p.plan.yaml': plan,
      '.csp-move.yaml': `catalog:\n  offers:\n${offer.replace(/^/gm, '  ')}\n`,
    });
    const viaFile = folderWith({ 'p.plan.yaml': plan, 'extra.yaml': `offers:\n${offer}\n` });
    for (const [cwd, args] of [
      [inline, []],
      [viaFile, ['--catalog', 'extra.yaml']],
    ] as const) {
      const run = runCli(['validate', '-f', 'json', ...args, 'p.plan.yaml'], { cwd });
      expect(run.stderr).toBe('');
      expect(json(run.stdout).files[0]?.findings.map((f) => f.rule)).not.toContain('unknown-offer');
    }
  });

  it('refuses a catalog extension that breaks the catalog, pointing into the extension (exit 2)', () => {
    const broken =
      'offers:\n  - id: contoso-backup\n    names: [{ en: Backup, zh-TW: 備份 }]\n    kind: standalone\n    status: active\n    renamedTo: no-such-offer\n    source: { title: Price list, url: "https://contoso.example/" }\n    asOf: 2027-01-01\n';
    const dir = folderWith({ 'extra.yaml': broken, 'ready.plan.yaml': READY_PLAN });
    const run = runCli(['validate', '--catalog', 'extra.yaml', 'ready.plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/extra\.yaml\s/);
    expect(run.stderr).toMatch(/6:16 .*catalog-invalid/);
  });
});

describe('init and schema', () => {
  it('writes a starter plan that validates, and never overwrites it without --force', () => {
    const dir = folderWith({});
    expect(runCli(['init', '--today', '2027-01-10'], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, 'new-customer.plan.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://csp-move.dev/schemas/plan-v2.json',
    );
    const run = runCli(['validate', '-f', 'json'], { cwd: dir });
    expect(json(run.stdout).files.map((f) => [f.path, f.verdict])).toEqual([
      ['new-customer.plan.yaml', 'ready'],
    ]);
    expect(runCli(['init'], { cwd: dir }).code).toBe(2);
    expect(runCli(['init', '--force', '--locale', 'zh-TW'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'new-customer.plan.yaml'), 'utf8')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints the schemas the package ships', () => {
    expect(runCli(['schema']).stdout).toBe(
      readFileSync(join(PACKAGE_ROOT, 'dist', 'plan-v2.schema.json'), 'utf8'),
    );
    expect(runCli(['schema', 'plan-v1']).stdout).toBe(
      readFileSync(join(PACKAGE_ROOT, 'dist', 'plan-v1.schema.json'), 'utf8'),
    );
    expect(runCli(['schema', 'config']).stdout).toBe(
      readFileSync(join(PACKAGE_ROOT, 'dist', 'config-v1.schema.json'), 'utf8'),
    );
  });

  it('prints its version and its help', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    const [version, catalogLine, rest] = runCli(['--version']).stdout.split('\n');
    expect(version).toBe(pkg.version);
    expect(catalogLine).toBe(`Offer catalog checked on ${defaultCatalog().data.offers.asOf}`);
    expect(rest).toBe('');
    expect(runCli(['-v', '--locale', 'zh-TW']).stdout).toContain('供應項目目錄檢查日期：2026-12-01');
    expect(runCli(['--help']).code).toBe(0);
    expect(runCli(['validate', '--help', '--locale', 'zh-TW']).stdout).toContain('用法');
  });
});

describe('csp-move rules <id>: how sure each source is', () => {
  it('says who published each source and when it was checked, in both locales', () => {
    const en = runCli(['rules', 'business-family-cap']).stdout;
    expect(en).toContain('(Microsoft, checked 2026-12-01): https://www.microsoft.com/licensing/faqs/5');
    expect(en).toMatch(/\(2025-07-18; third party, checked 2026-12-01\): https:\/\/learn\.microsoft\.com\//);
    const zh = runCli(['rules', 'business-family-cap', '--locale', 'zh-TW']).stdout;
    expect(zh).toContain('(Microsoft，檢查於 2026-12-01)');
    expect(zh).toContain('第三方，檢查於 2026-12-01');
  });

  it('shows them in markdown and JSON too', () => {
    expect(runCli(['rules', 'triennial-minimum', '--format', 'markdown']).stdout).toContain(
      '(2025-08-13; Microsoft, checked 2026-12-01)',
    );
    const json = JSON.parse(runCli(['rules', 'triennial-minimum', '--format', 'json']).stdout);
    expect(json.sources.map((s: { publisher: string }) => s.publisher)).toEqual(['microsoft', 'third-party']);
    expect(json.sources.every((s: { checked: string }) => /^\d{4}-\d{2}-\d{2}$/.test(s.checked))).toBe(true);
  });
});
