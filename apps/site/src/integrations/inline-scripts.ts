import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro's Content-Security-Policy hashes the scripts it bundles, but not `<script is:inline>` blocks,
 * and Starlight ships a few (theme, search shortcut, sidebar state). Their text is fixed in Starlight's
 * components and emitted verbatim, so hashing it from the installed package allows exactly those
 * scripts, and follows them when Starlight is upgraded.
 */

const INLINE_SCRIPT = /<script\s+is:inline(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return astroFiles(path);
    return path.endsWith('.astro') ? [path] : [];
  });
}

/** `sha256-…` hashes of the inline scripts in the .astro files under `dir`. */
export function inlineScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  for (const file of astroFiles(dir)) {
    for (const [, body] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) {
      hashes.add(
        `sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}`,
      );
    }
  }
  return [...hashes].sort();
}

/** Hashes of the inline scripts of the installed Starlight. */
export function starlightInlineScriptHashes(): string[] {
  return inlineScriptHashes(dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))));
}
