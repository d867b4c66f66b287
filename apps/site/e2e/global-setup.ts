import type { TestProject } from 'vitest/node';
import { launchBrowserServer, startServer } from './site.ts';

/**
 * Once per run of the browser tests: serves the built site and starts one Chromium, which every test
 * file connects to (harness.ts, useSite) instead of starting its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  const browser = await launchBrowserServer();
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
