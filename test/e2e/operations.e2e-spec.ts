import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, eventually } from '../utils/stack';
import { TcpProxy } from '../utils/tcp-proxy';
import { REDIS_URL } from '../utils/test-env';

describe('operations: health, metrics and logs', () => {
  let proxy: TcpProxy;
  let stack: Stack;
  beforeAll(async () => {
    const redis = new URL(REDIS_URL);
    proxy = await new TcpProxy(redis.hostname, Number(redis.port || 6379)).start();
    stack = await Stack.start({
      worker: false,
      env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, LOG_LEVEL: 'info', METRICS_OPERATION_NAMES: 'Taxonomy' },
    });
  });
  afterAll(async () => {
    proxy.restore();
    await stack.stop();
    await proxy.stop();
  });

  it('is live, and ready only while Postgres and Redis answer', async () => {
    expect((await fetch(`${stack.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${stack.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });

    proxy.cut();
    const down = await eventually(async () => {
      const response = await fetch(`${stack.url}/health/ready`);
      return response.status === 503 ? response : undefined;
    });
    expect(await down.json()).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
    expect((await fetch(`${stack.url}/health/live`)).status).toBe(200);
    proxy.restore();
    await eventually(async () => ((await fetch(`${stack.url}/health/ready`)).status === 200 ? true : undefined));
  });

  it('exposes request durations, GraphQL operation counts and queue depths to Prometheus', async () => {
    await stack.gql('query Taxonomy { accommodations { code } }');
    await stack.gql('query Broken { nope }');
    // The queue's own connection may still be reconnecting after the Redis cut above; its depths come back with it.
    const text = await eventually(async () => {
      const body = await (await fetch(`${stack.url}/metrics`)).text();
      return body.includes('queue_jobs{') ? body : undefined;
    });
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{.*route="\/graphql".*\} \d+/m);
    expect(text).toMatch(/^graphql_operations_total\{type="query",name="Taxonomy",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^graphql_operations_total\{.*outcome="BAD_USER_INPUT"\} \d+$/m);
    expect(text).toMatch(/^queue_jobs\{queue="scoring",state="waiting"\} \d+$/m);
  });

  it('logs JSON lines that carry the request id, kept from X-Request-Id when given', async () => {
    const response = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-0001' },
      body: JSON.stringify({
        query: 'mutation { login(email: "nobody@example.fi", password: "whatever-it-is") { token } }',
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    const lines = await eventually(async () => {
      const found = stack.api.logs.split('\n').filter((line) => line.includes('test-request-0001'));
      return found.length > 0 ? found : undefined;
    });
    for (const line of lines) {
      const entry = JSON.parse(line) as { req?: { id?: string }; level: number };
      expect(entry.req?.id).toBe('test-request-0001');
    }
    const generated = await fetch(`${stack.url}/health/ready`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    for (const line of stack.api.logs.split('\n').filter((l) => l.startsWith('{') && l.includes('"req"'))) {
      expect(() => JSON.parse(line)).not.toThrow();
    }
  });
});

describe('operations endpoints and logs, hardened', () => {
  const TOKEN = 'metrics-token-for-the-tests-0123456789';
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({
      worker: false,
      env: { LOG_LEVEL: 'info', METRICS_TOKEN: TOKEN, METRICS_OPERATION_NAMES: 'Taxonomy,MyJobs' },
    });
  });
  afterAll(() => stack.stop());

  it('serves /metrics only to a scraper with METRICS_TOKEN, in the contract shape otherwise', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${TOKEN}x`]) {
      const refused = await fetch(`${stack.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const scraped = await fetch(`${stack.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('http_request_duration_seconds');
  });

  it('counts operations by name only for known names: any number of new names adds one series', async () => {
    await stack.gql('query Taxonomy { accommodations { code } }');
    await Promise.all(Array.from({ length: 40 }, (_, i) => stack.gql(`query Scanner${i} { __typename }`)));
    const text = await (await fetch(`${stack.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const series = text.split('\n').filter((line) => line.startsWith('graphql_operations_total{'));
    expect(series).toContain('graphql_operations_total{type="query",name="Taxonomy",outcome="ok"} 1');
    expect(series).toContain('graphql_operations_total{type="query",name="other",outcome="ok"} 40');
    expect(text).not.toContain('Scanner');
  });

  it('never logs the query string of a request, where a GET of /graphql carries its variables', async () => {
    const secret = 'do-not-log-this-password-42';
    const query = encodeURIComponent('query($e: String!, $p: String!) { __typename }');
    const variables = encodeURIComponent(JSON.stringify({ e: 'someone@example.fi', p: secret }));
    const response = await fetch(`${stack.url}/graphql?query=${query}&variables=${variables}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'test-request-get-0001' },
    });
    expect(response.status).toBeLessThan(500);
    const lines = await eventually(async () => {
      const found = stack.api.logs.split('\n').filter((line) => line.includes('test-request-get-0001'));
      return found.length > 0 ? found : undefined;
    });
    expect((JSON.parse(lines[0]) as { req: { url: string } }).req.url).toBe('/graphql');
    expect(stack.api.logs).not.toContain(secret);
    expect(stack.api.logs).not.toContain('variables=');
  });

  it('logs expected failures at info with the request id and no stack, keeping error level for faults', async () => {
    const before = stack.api.logs.split('\n').length;
    const send = (query: string, id: string) =>
      fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: JSON.stringify({ query }),
      });
    await send(
      'mutation { login(email: "nobody@example.fi", password: "not-the-password") { token } }',
      'test-expected-0001',
    );
    await send('{ me { id } }', 'test-expected-0002');
    const lines = await eventually(async () => {
      const found = stack.api.logs
        .split('\n')
        .slice(before)
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; code?: string; err?: unknown; req?: { id?: string } });
      return found.filter((l) => l.code).length >= 2 ? found : undefined;
    });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.filter((line) => line.err !== undefined)).toEqual([]);
    const expected = lines.filter((line) => line.code);
    expect(expected.map((line) => [line.level, line.code, line.req?.id])).toEqual([
      [30, 'UNAUTHENTICATED', 'test-expected-0001'],
      [30, 'UNAUTHENTICATED', 'test-expected-0002'],
    ]);
  });
});

describe('operations endpoints in production without METRICS_TOKEN', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.production();
  });
  afterAll(() => stack.stop());

  it('serves no metrics to anyone', async () => {
    const refused = await fetch(`${stack.url}/metrics`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain('http_request_duration_seconds');
  });
});
