import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/cli.ts';

/**
 * Which Node csp-move needs is said in several places, which once disagreed (issue 20: the README said
 * Node 20, the root package.json 22.12, and npm printed EBADENGINE around `npx csp-move` on Node 20).
 * The CLI runs on what the engines say and the bundles are built for; working on the repository takes
 * what its development tools say, and its scripts run on the Node it installs.
 */

const ROOT = join(PACKAGE_ROOT, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

const cli = Number(/^>=(\d+)$/.exec(json('package.json').engines.node)?.[1]);
/** The Node that the development tools ask for (astro and vitest say the same). */
const dev = /^>=(\d+\.\d+)\.0$/.exec(json('node_modules/astro/package.json').engines.node)?.[1];
const scripts = Number(/^\^(\d+)$/.exec(json('package.json').devDependencies.node)?.[1]);

describe('the Node versions csp-move names', () => {
  it('the root package (npx csp-move, the pre-commit hook) and the validator package need the same Node', () => {
    expect(cli).toBeGreaterThanOrEqual(20);
    expect(json('packages/validator/package.json').engines.node).toBe(`>=${cli}`);
  });

  it('the bundles are built for that Node', () => {
    for (const script of ['packages/validator/scripts/build.ts', 'packages/validator/scripts/bundle.ts']) {
      expect(read(script)).toContain(`target: 'node${cli}'`);
    }
  });

  it('the READMEs, the hook and the CI guide say the same', () => {
    expect(read('README.md')).toContain(`runs on Node.js ${cli}\nor later`);
    expect(read('README.md')).toContain(`you need Node.js ${dev} or later`);
    expect(read('README.md')).toContain(`puts Node ${scripts} into`);
    expect(read('README.zh-TW.md')).toContain(`只需要 Node.js ${cli} 以上版本`);
    expect(read('README.zh-TW.md')).toContain(`需要 Node.js ${dev} 以上版本`);
    expect(read('.pre-commit-hooks.yaml')).toContain(`(Node ${cli} or later)`);
    expect(read('content/docs/guide/ci.md')).toContain(`(Node ${cli} or later)`);
    expect(read('content/docs/zh-tw/guide/ci.md')).toContain(`（Node ${cli} 以上）`);
  });

  it('the Action runs on the Node of the scripts, no older than the CLI needs', () => {
    const using = Number(/using: node(\d+)/.exec(read('action.yml'))?.[1]);
    expect(using).toBe(scripts);
    expect(using).toBeGreaterThanOrEqual(cli);
  });
});
