#!/usr/bin/env node
// The shim runs on whatever `node` is on PATH, so it checks the package's engine range first: an older
// Node would otherwise fail somewhere inside with a syntax or API error.
import { readFileSync } from 'node:fs';
import module from 'node:module';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = /^>=\s*(\d+)(?:\.(\d+))?/.exec(engines?.node ?? '');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (
  wanted &&
  (major < Number(wanted[1]) || (major === Number(wanted[1]) && minor < Number(wanted[2] ?? 0)))
) {
  const zh = process.argv.includes('zh-TW') || process.argv.includes('--locale=zh-TW');
  process.stderr.write(
    zh
      ? `csp-move：需要 Node.js ${engines.node}，但目前執行的是 ${process.version}。請更新 Node.js。\n`
      : `csp-move: needs Node.js ${engines.node}, but this is ${process.version}. Please update Node.js.\n`,
  );
  process.exit(2);
}

// Node's on-disk compile cache (Node 22.1+) makes every start after the first faster. It is switched
// on before the CLI is imported, which is why the import is dynamic.
module.enableCompileCache?.();
await import('../dist/cli.js');
