import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/cli.ts';
import { READY_PLAN } from './helpers/plan.ts';

// The site's playground and checker load dist/browser.js under a Content-Security-Policy without
// unsafe-eval: the bundle must not compile code at run time, and must not need Node.
const dist = join(PACKAGE_ROOT, 'dist');
const browserFiles = readdirSync(dist).filter((f) => /^(browser|diagnostics)(-chunk-.+)?\.js$/.test(f));
const code = browserFiles.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');

describe('the browser bundle', () => {
  it('exists', () => {
    expect(browserFiles).toContain('browser.js');
    expect(browserFiles).toContain('diagnostics.js');
  });

  it('compiles no code at run time', () => {
    expect(code).not.toMatch(/new Function\s*\(|\beval\s*\(/);
  });

  it('imports nothing but its own chunks', () => {
    const imports = [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
      (m) => m[1] as string,
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const specifier of imports) {
      expect(builtins.has(specifier), specifier).toBe(false);
      expect(specifier.startsWith('./'), specifier).toBe(true);
    }
  });

  it('validates a plan and exports the diagnostics table', async () => {
    const browser = await import(pathToFileURL(join(dist, 'browser.js')).href);
    expect(browser.validateText(READY_PLAN).verdict).toBe('ready');
    const { DIAGNOSTICS } = await import(pathToFileURL(join(dist, 'diagnostics.js')).href);
    expect(Object.keys(DIAGNOSTICS)).toContain('unknown-key');
  });
});
