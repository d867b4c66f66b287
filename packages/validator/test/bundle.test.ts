import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { folderWith } from './helpers/tmp.ts';

// bundle/ at the repository root is committed (the Action and the pre-commit hook run it from a clone).
// Rebuilding it from the sources must give the same bytes; otherwise it is out of date.
const ROOT = join(PACKAGE_ROOT, '..', '..');
const COMMITTED = join(ROOT, 'bundle');
const FIX = 'bundle/ is out of date: run `npm run bundle` at the repository root and commit bundle/.';

it('committed bundle/ is what the sources build', { timeout: 180_000 }, () => {
  const fresh = join(folderWith({}), 'bundle');
  const build = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'scripts/bundle.ts'), fresh], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  const list = (dir: string) => readdirSync(dir).sort();
  expect(list(COMMITTED), FIX).toEqual(list(fresh));
  for (const name of list(fresh)) {
    const same = readFileSync(join(COMMITTED, name)).equals(readFileSync(join(fresh, name)));
    expect(same, `${name} differs. ${FIX}`).toBe(true);
    expect(statSync(join(COMMITTED, name)).mode & 0o111, `${name} mode. ${FIX}`).toBe(
      statSync(join(fresh, name)).mode & 0o111,
    );
  }
});
