import { outcomeOf } from '../utils/errors';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, PASSWORD, signUpEmployer, type Account } from '../factories/accounts';
import { createClient } from '../factories/profiles';
import { Stack } from '../utils/stack';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CODE_LOGIN = 'mutation($code: String!) { loginWithAccessCode(code: $code) { token } }';
const ISSUE = 'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }';

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** The sign-in limits under real concurrency, with addresses told by a trusted proxy's X-Forwarded-For. */
describe('sign-in limits under concurrency', () => {
  let stack: Stack;
  let owner: Account;

  beforeAll(async () => {
    stack = await Stack.start({
      worker: false,
      env: {
        TRUST_PROXY: 'true',
        AUTH_RATE_LIMIT_PER_ADDRESS: '1000',
        AUTH_RATE_LIMIT_PER_ACCOUNT: '10',
        AUTH_RATE_LIMIT_PER_ACCOUNT_GLOBAL: '40',
      },
    });
    owner = await signUpEmployer(stack);
  });
  afterAll(() => stack?.stop());

  it('checks exactly the limit of thirty simultaneous wrong passwords, and the owner still signs in from home', async () => {
    const attacker = from('203.0.113.7');
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => stack.gql(LOGIN, { e: owner.email, p: `wrong guess ${i}` }, attacker)),
    );
    expect(tally(attempts.map(outcomeOf))).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 20 });
    // The attacker's address is locked for this account, even with the right password...
    expect(outcomeOf(await stack.gql(LOGIN, { e: owner.email, p: PASSWORD }, attacker))).toBe('RATE_LIMITED');
    // ...the owner from their own address is not, while the attacker keeps trying.
    const [own] = await Promise.all([
      stack.gql(LOGIN, { e: owner.email, p: PASSWORD }, from('198.51.100.2')),
      ...Array.from({ length: 10 }, () => stack.gql(LOGIN, { e: owner.email, p: 'another guess' }, attacker)),
    ]);
    expect(outcomeOf(own)).toBe('OK');
    // A successful sign-in does not count as a failure: the owner can sign in again and again.
    for (let i = 0; i < 12; i++) {
      expect(outcomeOf(await stack.gql(LOGIN, { e: owner.email, p: PASSWORD }, from('198.51.100.2')))).toBe('OK');
    }
  });

  it('locks the account from everywhere once the slower global limit is spent', async () => {
    const target = await signUpEmployer(stack);
    const attempts = await Promise.all(
      ['203.0.113.21', '203.0.113.22', '203.0.113.23', '203.0.113.24', '203.0.113.25'].flatMap((address) =>
        Array.from({ length: 10 }, (_, i) => stack.gql(LOGIN, { e: target.email, p: `guess ${i}` }, from(address))),
      ),
    );
    expect(tally(attempts.map(outcomeOf))).toEqual({ UNAUTHENTICATED: 40, RATE_LIMITED: 10 });
    const locked = await stack.gql(LOGIN, { e: target.email, p: PASSWORD }, from('198.51.100.9'));
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('checks exactly the limit of thirty simultaneous wrong access codes, and a good code from elsewhere works', async () => {
    const coordinator = await createCoordinator(stack, await adminToken(stack));
    const client = await createClient(stack, coordinator.token);
    const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
      ISSUE,
      { clientId: client.id },
      { token: coordinator.token },
    );
    const attacker = from('203.0.113.40');
    const attempts = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        stack.gql(CODE_LOGIN, { code: `WRNG-CDE${(i % 8) + 2}-XYZ${(i % 7) + 2}` }, attacker),
      ),
    );
    expect(tally(attempts.map(outcomeOf))).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 20 });
    expect(outcomeOf(await stack.gql(CODE_LOGIN, { code }, attacker))).toBe('RATE_LIMITED');
    expect(outcomeOf(await stack.gql(CODE_LOGIN, { code }, from('198.51.100.40')))).toBe('OK');
  });
});
