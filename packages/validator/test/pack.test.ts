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
});
