import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

// What a partner gets from the registry: pack the package, install the tarball into an empty project,
// run the command there. The package must carry everything it needs (no runtime dependencies).
it('installs from its npm pack tarball and runs', { timeout: 180_000 }, () => {
  const work = folderWith({ 'project/package.json': '{ "name": "partner-plans", "private": true }\n' });
  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });

  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], PACKAGE_ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const files = packed[0]?.files.map((f) => f.path) ?? [];
  expect(files).toContain('bin/csp-move.js');
  expect(files).toContain('dist/cli.js');
  expect(files).toContain('dist/plan-v1.schema.json');
  expect(files).toContain('dist/plan-v2.schema.json');
  expect(files).toContain('LICENSE');
  expect(files).toContain('dist/types/validator/src/node.d.ts');
  expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);

  const project = join(work, 'project');
  npm(['install', join(work, packed[0]?.filename as string)], project);
  const installed = JSON.parse(
    readFileSync(join(project, 'node_modules/@csp-move/validator/package.json'), 'utf8'),
  );
  expect(installed.dependencies ?? {}).toEqual({});
  expect(
    readdirSync(join(project, 'node_modules'))
      .filter((d) => !d.startsWith('.'))
      .sort(),
  ).toEqual(['@csp-move']);

  writeFileSync(join(project, 'customer.plan.yaml'), READY_PLAN);
  const run = spawnSync('npx', ['csp-move', 'validate'], { cwd: project, encoding: 'utf8' });
  // npm itself may warn about the machine's npm configuration; csp-move must say nothing.
  expect(run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
  expect(run.stdout).toContain('1 file checked, no problems');
  expect(run.status).toBe(0);
  const schema = spawnSync('npx', ['csp-move', 'schema'], { cwd: project, encoding: 'utf8' });
  expect(JSON.parse(schema.stdout).title).toBe('csp-move plan, version 2');

  const meta = installed as Record<string, unknown>;
  expect(meta).toMatchObject({ license: 'MIT', publishConfig: { access: 'public' } });
  for (const field of ['repository', 'homepage', 'bugs']) expect(meta[field], field).toBeTruthy();
  expect(readFileSync(join(project, 'node_modules/@csp-move/validator/LICENSE'), 'utf8')).toBe(
    readFileSync(join(PACKAGE_ROOT, '..', '..', 'LICENSE'), 'utf8'),
  );

  // A TypeScript consumer: the "." export with its declarations, checked by tsc --strict with the
  // default library checks on, then run by Node.
  writeFileSync(
    join(project, 'check.ts'),
    `import { FORMATTERS, validateFiles, validateText, type FileResult } from '@csp-move/validator';
const one: FileResult = validateText(process.argv[2] ?? '', { path: 'a.plan.yaml', locale: 'zh-TW' });
const all: FileResult[] = await validateFiles([{ path: 'customer.plan.yaml', file: 'customer.plan.yaml' }]);
const text: string = FORMATTERS.stylish({ files: [one, ...all] }, { locale: 'en', color: false, failOn: 'error', toolVersion: '1' });
// @ts-expect-error: a severity is one of three words
const wrong: FileResult['diagnostics'][number]['severity'] = 'fatal';
console.log(JSON.stringify({ verdicts: [one.verdict, ...all.map((f) => f.verdict)], lines: text.split('\\n').length > 1, wrong }));
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2023',
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        typeRoots: [join(PACKAGE_ROOT, '..', '..', 'node_modules', '@types')],
      },
      files: ['check.ts'],
    }),
  );
  writeFileSync(
    join(project, 'package.json'),
    '{ "name": "partner-plans", "private": true, "type": "module" }\n',
  );
  const tsc = spawnSync(
    process.execPath,
    [join(PACKAGE_ROOT, '..', '..', 'node_modules/typescript/bin/tsc'), '-p', '.'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
  const consumer = spawnSync(process.execPath, ['check.ts', 'version: 2\n'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(consumer.stderr).toBe('');
  expect(JSON.parse(consumer.stdout)).toEqual({
    verdicts: ['invalid', 'ready'],
    lines: true,
    wrong: 'fatal',
  });
});
