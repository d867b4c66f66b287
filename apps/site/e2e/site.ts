import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_URL } from '@csp-move/rules/site';
import { type Browser, type BrowserServer, chromium, type LaunchOptions } from 'playwright-core';

/**
 * What the browser tests run against, without any test runner: the built site served from `dist/`
 * on a free localhost port, and Chromium (Debian's, else the one from the npm registry:
 * chooseBrowser). The global setup (global-setup.ts) starts one of each for the whole run; harness.ts
 * adds what a test file needs on top. Build the site first (`npm run build -w @csp-move/site`).
 */

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface SiteServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

/** The file for a URL path under `root`: a directory serves its index.html. Undefined when absent. */
export function resolveFile(root: string, pathname: string): { file: string; redirect?: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const path = resolve(base, `.${decoded}`);
  // Nothing outside the site folder, whatever the URL says (../, encoded slashes).
  if (path !== base && !path.startsWith(`${base}${sep}`)) return undefined;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    if (!existsSync(index)) return undefined;
    // /rules → /rules/ so that relative URLs in the page resolve as they will on the real host.
    return decoded.endsWith('/') ? { file: index } : { file: index, redirect: `${pathname}/` };
  }
  return { file: path };
}

/**
 * Serves a built site (default: this app's dist/) on 127.0.0.1 at a free port: files as they are,
 * index.html for directories, and 404.html with status 404 for anything else.
 */
export async function startServer(root: string = DIST): Promise<SiteServer> {
  const notFound = join(root, '404.html');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found =
      request.method === 'GET' || request.method === 'HEAD' ? resolveFile(root, url.pathname) : undefined;
    if (found?.redirect) {
      response.writeHead(301, { Location: found.redirect + url.search });
      response.end();
      return;
    }
    const file = found?.file ?? (existsSync(notFound) ? notFound : undefined);
    const status = found ? 200 : 404;
    if (!file) {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(status, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** Which Chromium the browser tests run, and where it came from (printed once per test file). */
export interface BrowserChoice {
  kind: 'system' | 'registry';
  executablePath: string;
  description: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The Chromium inside the npm package @sparticuz/chromium, unpacked to the temporary folder on first
 * use. Test files run in parallel and the package always unpacks to the same place, so a lock folder
 * lets one process unpack while the others wait.
 */
async function registryChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  const target = join(tmpdir(), 'chromium');
  const lock = join(tmpdir(), 'csp-move-chromium.lock');
  for (;;) {
    if (existsSync(target) && !existsSync(lock)) return target;
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is unpacking; a lock older than five minutes was left by a process that died.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      return await packaged.executablePath();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) when it is there, else the Chromium
 * that the npm package @sparticuz/chromium carries, so that `npm test` needs nothing but Node and npm.
 * `CSP_MOVE_BROWSER=system` or `=registry` makes the choice instead.
 */
export async function chooseBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserChoice> {
  const wanted = env.CSP_MOVE_BROWSER;
  if (wanted !== undefined && wanted !== 'system' && wanted !== 'registry') {
    throw new Error(`CSP_MOVE_BROWSER must be "system" or "registry", not "${wanted}"`);
  }
  const systemPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (wanted === 'system' || (wanted === undefined && existsSync(systemPath))) {
    if (!existsSync(systemPath)) {
      throw new Error(`No Chromium at ${systemPath}: install Debian's package (apt-get install -y chromium)`);
    }
    return { kind: 'system', executablePath: systemPath, description: `system Chromium at ${systemPath}` };
  }
  // The package exports no package.json; it sits two folders above the entry (build/index.js).
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    kind: 'registry',
    executablePath: await registryChromium(),
    description: `Chromium from the npm package @sparticuz/chromium ${version}`,
  };
}

let announced = false;

/** How Chromium is started: headless, with the flags a machine without network and sandbox needs. */
async function launchOptions(): Promise<LaunchOptions> {
  const choice = await chooseBrowser();
  if (!announced) {
    announced = true;
    process.stderr.write(`browser tests: ${choice.description} (${choice.executablePath})\n`);
  }
  return {
    executablePath: choice.executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** Starts Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(await launchOptions());
}

/**
 * Starts Chromium for several processes: each connects to `wsEndpoint()` (chromium.connect) and
 * opens its own contexts, which share nothing but the browser.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(await launchOptions());
}

/** Every page of the built site, as paths (`/`, `/zh-tw/rules/`), from its sitemap. */
export function sitePages(root: string = DIST): string[] {
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths = sitemaps.flatMap((sitemap) =>
    [...readFileSync(join(root, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''),
  );
  return paths
    .filter((url) => url.startsWith(`${SITE_URL}/`))
    .map((url) => decodeURIComponent(url.slice(SITE_URL.length)))
    .filter((path) => path.endsWith('/'))
    .sort();
}
