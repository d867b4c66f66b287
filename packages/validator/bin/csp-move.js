#!/usr/bin/env node
// Node's on-disk compile cache (Node 22.1+) makes every start after the first faster. It is switched
// on before the CLI is imported, which is why the import is dynamic.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli.js');
