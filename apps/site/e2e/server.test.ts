import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SiteServer, startServer } from './harness.ts';

/** The harness's static server, on a small site of its own. */

let server: SiteServer;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'csp-move-site-'));
  mkdirSync(join(root, 'guide'));
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'guide', 'index.html'), '<h1>guide</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(root, 'data.json'), '{}');
  server = await startServer(root);
});

afterAll(() => server?.close());

describe('startServer', () => {
  test('listens on localhost at a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves index.html for a directory', async () => {
    const response = await fetch(`${server.origin}/guide/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>guide</h1>');
  });

  test('redirects a directory without its trailing slash', async () => {
    const response = await fetch(`${server.origin}/guide?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/guide/?x=1');
  });

  test('serves files with their content type', async () => {
    const response = await fetch(`${server.origin}/data.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  test('answers anything else with 404.html and status 404', async () => {
    const response = await fetch(`${server.origin}/nothing/here/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
  });

  test('never serves files outside the site folder', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status).toBe(404);
    }
  });
});
