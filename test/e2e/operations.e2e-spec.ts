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
      env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}`, LOG_LEVEL: 'info' },
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
