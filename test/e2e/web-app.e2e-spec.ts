import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack } from '../utils/stack';

const INDEX = '<!doctype html><title>Jobcenter</title><div id="root"></div>';
const EXPLORER = '<!doctype html><title>GraphQL explorer</title>';
const SCRIPT = 'console.log("app");';
const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;" +
  "font-src 'self' data:;connect-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';" +
  "form-action 'self'";

/** A built web app as Vite leaves it: index.html, the explorer page, hashed assets and a plain file. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobcenter-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'explorer.html'), EXPLORER);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), SCRIPT);
  return dir;
}

const html = { accept: 'text/html,application/xhtml+xml' };

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('the web app served by the API', () => {
  let dir: string;
  let stack: Stack;
  beforeAll(async () => {
    dir = fixture();
    stack = await Stack.start({ worker: false, env: { WEB_DIST_DIR: dir } });
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the app at / and at any page path with index.html, not to be stored', async () => {
    for (const path of ['/', '/jobs/3f1c/matches', '/fi/omat-tiedot?tab=2']) {
      const response = await fetch(`${stack.url}${path}`, { headers: html });
      expect([path, response.status, await response.text()]).toEqual([path, 200, INDEX]);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    const head = await fetch(`${stack.url}/some/page`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a file of the build by its name, and nothing outside the directory', async () => {
    const robots = await fetch(`${stack.url}/robots.txt`);
    expect(await robots.text()).toBe('User-agent: *\n');
    expect(robots.headers.get('cache-control')).toBe('no-store');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/.env']) {
      const response = await fetch(`${stack.url}${path}`);
      expect([path, await response.text()]).toEqual([path, INDEX]);
    }
  });

  it('answers hashed assets as immutable, and a missing one with a real 404, never the page', async () => {
    const script = await fetch(`${stack.url}/assets/app-abc123.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(SCRIPT);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const missing = await fetch(`${stack.url}/assets/app-old999.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await errorCode(missing)).toBe('NOT_FOUND');
  });

  it('keeps the API paths for the API: GraphQL, health and metrics answer as without pages', async () => {
    expect(await stack.ok('{ __typename }')).toEqual({ __typename: 'Query' });
    expect((await fetch(`${stack.url}/health/live`)).status).toBe(200);
    expect(await (await fetch(`${stack.url}/metrics`)).text()).toContain('http_request_duration_seconds');
    for (const path of ['/health/nope', '/graphql/x', '/metrics/x']) {
      const response = await fetch(`${stack.url}${path}`, { headers: html });
      expect([path, response.status, await errorCode(response)]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });

  it('opens the bundled explorer for a browser at /graphql outside production', async () => {
    const page = await fetch(`${stack.url}/graphql`, { headers: html });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(EXPLORER);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('sends one Content-Security-Policy that loads nothing from outside the origin, on pages and API alike', async () => {
    const answers = [
      await fetch(`${stack.url}/`),
      await fetch(`${stack.url}/assets/app-abc123.js`),
      await fetch(`${stack.url}/graphql`, { headers: html }),
      await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    ];
    for (const response of answers) {
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      await response.arrayBuffer();
    }
  });
});

describe('the web app in production', () => {
  let dir: string;
  let stack: Stack;
  beforeAll(async () => {
    dir = fixture();
    stack = await Stack.production({ WEB_DIST_DIR: dir });
  });
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the pages but no explorer and no landing page at /graphql', async () => {
    expect(await (await fetch(`${stack.url}/`)).text()).toBe(INDEX);
    const graphql = await fetch(`${stack.url}/graphql`, { headers: html });
    const text = await graphql.text();
    expect(graphql.status).toBe(400);
    expect(text).not.toContain('<html');
    expect(text).not.toBe(EXPLORER);
    expect(graphql.headers.get('content-security-policy')).toBe(CSP);
  });
});

describe('the API without a web app directory', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
  });
  afterAll(() => stack.stop());

  it('answers no page: / and other paths are unknown, /graphql has no landing page', async () => {
    const root = await fetch(`${stack.url}/`, { headers: html });
    expect([root.status, await errorCode(root)]).toEqual([404, 'NOT_FOUND']);
    const graphql = await fetch(`${stack.url}/graphql`, { headers: html });
    expect(graphql.status).toBe(400);
    expect(await graphql.text()).not.toContain('<html');
  });
});
