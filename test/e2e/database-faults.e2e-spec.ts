import { outcomeOf } from '../utils/errors';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, signUpEmployer } from '../factories/accounts';
import { eventually, type GraphQLResponse, Stack } from '../utils/stack';
import { TcpProxy } from '../utils/tcp-proxy';
import { SERVER_DATABASE_URL } from '../utils/test-env';

const JOBS = '{ jobs { totalCount } }';

/**
 * A Postgres that stops answering (a proxy in front of it holds every byte and every new connection): the API
 * answers SERVICE_UNAVAILABLE while the stall lasts, instead of holding the request for the whole outage, and
 * works again by itself once Postgres answers.
 */
describe('a database that does not answer', () => {
  let stack: Stack;
  let proxy: TcpProxy;
  let url: string;
  let employer: Account;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    const server = new URL(SERVER_DATABASE_URL);
    proxy = await new TcpProxy(server.hostname, Number(server.port || 5432)).start();
    const through = new URL(stack.env.DATABASE_URL);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    url = (
      await stack.spawnApi({
        DATABASE_URL: through.toString(),
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        DATABASE_STATEMENT_TIMEOUT_MS: '1500',
        DATABASE_POOL_WAIT_TIMEOUT_MS: '1000',
      })
    ).url;
    employer = await signUpEmployer(stack);
  });
  afterAll(async () => {
    proxy?.unstall();
    await stack?.stop();
    await proxy?.stop();
  });

  it('answers SERVICE_UNAVAILABLE during the stall, and recovers by itself', async () => {
    expect(outcomeOf(await stack.gql(JOBS, {}, { url, token: employer.token }))).toBe('OK');
    proxy.stall();
    let stalled: GraphQLResponse[];
    try {
      // Several at once: they wait on open connections and on new ones, and each gets its answer while the
      // database still does not answer (the stall ends only after they have all come back).
      stalled = await Promise.all(Array.from({ length: 4 }, () => stack.gql(JOBS, {}, { url, token: employer.token })));
    } finally {
      proxy.unstall();
    }
    for (const response of stalled) {
      expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toMatch(/try again/i);
      expect(JSON.stringify(response)).not.toMatch(/timeout exceeded|Query read timeout|pg|stack/);
    }
    await eventually(
      async () => (outcomeOf(await stack.gql(JOBS, {}, { url, token: employer.token })) === 'OK' ? true : undefined),
      30_000,
      'the API answering again after the stall',
    );
  });
});
