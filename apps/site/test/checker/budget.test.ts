import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST, tree } from '../dist.ts';

/** DESIGN §8: the checker page loads at most 60 KB of JavaScript (gzip) before anything lazy. */
const BUDGET = 60 * 1024;

const gzipped = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** The modules a built module imports statically (`import … from "./x.js"`), not `import("./x.js")`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)].map(
    (m) => m[1] as string,
  );
  return found.map((path) => (path.startsWith('/') ? join(DIST, path) : join(dirname(file), path)));
}

/** The dynamic imports of a built module: what it loads lazily. */
function dynamicImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) =>
    join(dirname(file), m[1] as string),
  );
}

interface PageScripts {
  /** Every script file the page loads up front, its static imports included. */
  files: Set<string>;
  /** Inline scripts that run (JSON data blocks are not code). */
  inline: string[];
}

function pageScripts(path: string): PageScripts {
  const files = new Set<string>();
  const inline: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  for (const script of selectAll('script', tree(path))) {
    const type = String(script.properties.type ?? '');
    if (type !== '' && type !== 'module' && !type.includes('javascript')) continue;
    const src = script.properties.src;
    if (typeof src === 'string') visit(join(DIST, src));
    else inline.push(textOf(script));
  }
  for (const link of selectAll('link[rel~="modulepreload"]', tree(path)))
    visit(join(DIST, String(link.properties.href)));
  return { files, inline };
}

describe.each(['/checker/', '/zh-tw/checker/'])('%s', (path) => {
  const { files, inline } = pageScripts(path);
  const sizes = [...files].map((file) => gzipped(readFileSync(file)));
  const total = sizes.reduce((a, b) => a + b, 0) + inline.reduce((sum, code) => sum + gzipped(code), 0);

  it(`loads at most ${BUDGET} bytes of JavaScript (gzip) before anything lazy`, () => {
    // hast keeps a template's children in its `content`.
    const data = selectAll('template[data-page-data]', tree(path))
      .map((t) => textOf((t as unknown as { content: Root }).content))
      .join('');
    console.info(
      `${path}: ${total} bytes of JavaScript (gzip) in ${files.size} files and ${inline.length} inline scripts;` +
        ` the page's data block (strings and catalog) is ${gzipped(data)} bytes gzip`,
    );
    expect(files.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('loads the YAML library only when a file is exported or imported', () => {
    const lazy = [...files].flatMap(dynamicImports).filter((file) => !files.has(file));
    expect(lazy.length).toBeGreaterThan(0);
    const upFront = [...files].map((file) => readFileSync(file, 'utf8')).join('\n');
    // The modeline is written by the export module only, which comes with the YAML library.
    expect(upFront).not.toContain('yaml-language-server');
    expect(lazy.map((file) => readFileSync(file, 'utf8')).join('\n')).toContain('yaml-language-server');
  });

  it('has no code that could send data anywhere', () => {
    // Everything the checker's own script can load, now or later.
    const checker = new Set<string>();
    const visit = (file: string) => {
      if (checker.has(file)) return;
      checker.add(file);
      for (const next of [...staticImports(file), ...dynamicImports(file)]) visit(next);
    };
    for (const file of files) if (/Checker\.astro/.test(file)) visit(file);
    expect(checker.size).toBeGreaterThan(1);
    const code = [...checker].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource']) {
      expect(code).not.toContain(api);
    }
  });
});
