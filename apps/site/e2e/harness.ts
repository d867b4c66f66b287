import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type SiteServer, startServer } from './site.ts';

/**
 * The browser test harness: the built site and Chromium (site.ts), shared by every test file of a run
 * (global-setup.ts), pages that fail on console errors, page errors and requests to any other
 * origin, and axe. Build the site first (`npm run build -w @csp-move/site`).
 */

export * from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin of the built site that global-setup.ts serves, e.g. http://127.0.0.1:41234. */
    siteOrigin: string;
    /** Where to connect to the Chromium that global-setup.ts started (chromium.connect). */
    browserEndpoint: string;
  }
}

export interface GuardedPage {
  page: Page;
  /** Console errors, uncaught page errors and blocked requests, in the order they happened. */
  problems: string[];
  /** Requests to any origin but the site's, which were blocked. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * A page in a fresh browser context that records every console error and page error, and blocks and
 * records every request that leaves `origin`. Assert `problems` is empty at the end of a test.
 * `allowConsole` lists console messages a test expects (e.g. the 404 of a missing page).
 */
export async function newPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions & { allowConsole?: RegExp[] } = {},
): Promise<GuardedPage> {
  const { allowConsole = [], ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      return route.continue();
    }
    foreignRequests.push(url);
    problems.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowConsole.some((pattern) => pattern.test(text))) return;
    problems.push(`console error: ${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems, foreignRequests, close: () => context.close() };
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Waits for what pages finish after `load`: Expressive Code makes code blocks that scroll sideways
 * focusable (tabindex) once it has measured them.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
}

/** axe-core itself, as the page runs it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page once it has settled and returns its violations, in short. `rules` limits the
 * run to some rules, e.g. `['color-contrast']` to check a second colour scheme.
 *
 * axe-core goes into every frame once per document and runs there with its default rules, as
 * `@axe-core/playwright` would run it, but without the blank page that that package opens to finish
 * each run and without sending every passed check back: a third of the time on a busy machine.
 */
export async function runAxe(page: Page, options: { rules?: string[] } = {}): Promise<AxeViolation[]> {
  await settle(page);
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (rules) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, {
      // Violations in full; of the other kinds of result only a summary, which is not read here.
      resultTypes: ['violations'],
      ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, options.rules);
}

/** The built site and a browser, as one test file uses them: `site.origin`, `site.browser`. */
export interface Site {
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * The run's site and browser (global-setup.ts), connected to before the file's tests and disconnected
 * after them, which closes the contexts the file opened. Run without the global setup (another
 * config), the file serves the site and launches a browser of its own. Read `origin` and `browser`
 * inside tests: they exist once the file's `beforeAll` has run.
 */
export function useSite(): Site {
  let origin: string | undefined;
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('browserEndpoint');
    if (endpoint) {
      origin = inject('siteOrigin');
      browser = await chromium.connect(endpoint);
    } else {
      server = await startServer();
      origin = server.origin;
      browser = await launchBrowser();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSite: the site is read before beforeAll has started it');
    return value;
  };
  return {
    get origin() {
      return started(origin);
    },
    get browser() {
      return started(browser);
    },
  };
}
