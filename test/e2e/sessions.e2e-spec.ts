import { sessionIdOf } from '../utils/forged';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  adminToken,
  businessId,
  createCoordinator,
  createServiceProvider,
  login,
  PASSWORD,
  signUpEmployer,
} from '../factories/accounts';
import { createClient } from '../factories/profiles';
import { signInClient } from '../factories/world';
import { type GraphQLResponse, sleep, Stack } from '../utils/stack';
import { codeOf } from '../utils/errors';

/**
 * Browser sessions: the cookie the sign-ins set, the server-side sessions behind cookie and bearer token alike,
 * their idle and absolute limits, the ways they end, and the cross-site requests the cookie must not sign in.
 */

const LOGIN = `mutation($e: String!, $p: String!) {
  login(email: $e, password: $p) { token user { id sessionExpiresAt } }
}`;
const ME = '{ me { id sessionExpiresAt } }';

let stack: Stack;
let admin: string;

interface SignIn {
  token: string;
  userId: string;
  /** The Set-Cookie header of the sign-in's answer. */
  setCookie: string;
  /** `name=value`, as a browser sends it back. */
  cookie: string;
  sessionExpiresAt: string;
  /** The session the token names (its `sid` claim). */
  sessionId: string;
}

/** Signs in with email and password over plain HTTP, as a browser does, and keeps the cookie. */
async function signIn(url: string, email: string, password = PASSWORD): Promise<SignIn> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await response.json()) as GraphQLResponse<{
    login: { token: string; user: { id: string; sessionExpiresAt: string } };
  }>;
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  const setCookie = response.headers.get('set-cookie') ?? '';
  return {
    token: body.data.login.token,
    userId: body.data.login.user.id,
    setCookie,
    cookie: setCookie.split(';')[0],
    sessionExpiresAt: body.data.login.user.sessionExpiresAt,
    sessionId: sessionIdOf(body.data.login.token),
  };
}

/** A JSON request carrying only the cookie, as the web pages send it. */
async function withCookie<T = Record<string, unknown>>(
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
  url = stack.url,
): Promise<GraphQLResponse<T> & { setCookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

async function employer(url = stack.url): Promise<SignIn> {
  const account = await signUpEmployer(stack);
  return signIn(url, account.email);
}

async function sessionRow(sessionId: string) {
  return (
    await stack.db.query<{ ended_at: Date | null; absolute_expires_at: Date; created_at: Date }>(
      'SELECT ended_at, absolute_expires_at, created_at FROM session WHERE id = $1',
      [sessionId],
    )
  ).rows[0];
}

async function sessionRows(userId: string) {
  return (
    await stack.db.query<{ ended_at: Date | null; idle_expires_at: Date; absolute_expires_at: Date; created_at: Date }>(
      'SELECT ended_at, idle_expires_at, absolute_expires_at, created_at FROM session WHERE user_id = $1',
      [userId],
    )
  ).rows;
}

beforeAll(async () => {
  stack = await Stack.start({ worker: false });
  admin = await adminToken(stack);
});
afterAll(() => stack?.stop());

describe('the session cookie', () => {
  it('is set by login: HttpOnly, SameSite=Strict, Path=/, not Secure outside production', async () => {
    const session = await employer();
    const attributes = session.setCookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toBe(`jobcenter_session=${session.token}`);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
  });

  it('is set by signUpEmployer and loginWithAccessCode too', async () => {
    const signUp = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token } }`,
        variables: {
          input: {
            organisationName: 'Evästeleipomo',
            businessId: businessId(),
            municipalityCode: '091',
            email: 'leipomo@example.fi',
            password: PASSWORD,
          },
        },
      }),
    });
    const signUpBody = (await signUp.json()) as { data: { signUpEmployer: { token: string } } };
    expect(signUp.headers.get('set-cookie')).toBe(
      `jobcenter_session=${signUpBody.data.signUpEmployer.token}; HttpOnly; SameSite=Strict; Path=/`,
    );

    const coordinator = await createCoordinator(stack, admin);
    const client = await createClient(stack, coordinator.token);
    const { issueClientAccessCode: code } = await stack.ok<{ issueClientAccessCode: string }>(
      'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }',
      { clientId: client.id },
      { token: coordinator.token },
    );
    const codeLogin = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($c: String!) { loginWithAccessCode(code: $c) { token } }',
        variables: { c: code },
      }),
    });
    const codeBody = (await codeLogin.json()) as { data: { loginWithAccessCode: { token: string } } };
    expect(codeLogin.headers.get('set-cookie')).toBe(
      `jobcenter_session=${codeBody.data.loginWithAccessCode.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('is Secure when NODE_ENV=production', async () => {
    const production = await stack.spawnApi({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-for-the-session-test-0123456789',
      DATA_ENCRYPTION_KEY: 'cHJvZHVjdGlvbi10ZXN0LWtleS0zMi1ieXRlcyEhISE=',
    });
    const account = await signUpEmployer(stack);
    const session = await signIn(production.url, account.email);
    expect(
      session.setCookie
        .split(';')
        .map((part) => part.trim())
        .slice(1)
        .sort(),
    ).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']);
    const me = await withCookie<{ me: { id: string } }>(session.cookie, ME, {}, production.url);
    expect(me.data?.me.id).toBe(session.userId);
  });

  it('signs a JSON request in on its own, without the Authorization header', async () => {
    const session = await employer();
    const me = await withCookie<{ me: { id: string } }>(session.cookie, ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.id).toBe(session.userId);
  });

  it('is refused when it is not a token of a live session', async () => {
    const me = await withCookie('jobcenter_session=not-a-token', ME);
    expect(codeOf(me)).toBe('UNAUTHENTICATED');
  });
});

describe('me.sessionExpiresAt', () => {
  it('is the idle limit from now (30 minutes by default), for the caller only', async () => {
    const before = Date.now();
    const session = await employer();
    const fromLogin = Date.parse(session.sessionExpiresAt);
    expect(fromLogin).toBeGreaterThanOrEqual(before + 1800_000 - 5_000);
    expect(fromLogin).toBeLessThanOrEqual(Date.now() + 1800_000 + 5_000);
    const me = await withCookie<{ me: { sessionExpiresAt: string } }>(session.cookie, ME);
    expect(Date.parse(me.data!.me.sessionExpiresAt)).toBeGreaterThanOrEqual(fromLogin);
    const row = await sessionRow(session.sessionId);
    expect(row.absolute_expires_at.getTime() - row.created_at.getTime()).toBe(12 * 3600_000);

    // Another user's User object does not tell the caller about the caller's session.
    const other = await stack.ok<{ createUser: { sessionExpiresAt: string | null } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { sessionExpiresAt } }`,
      {
        input: {
          email: `c-${Date.now()}@example.fi`,
          password: PASSWORD,
          role: 'COORDINATOR',
          organisationId: await createServiceProvider(stack, admin),
        },
      },
      { token: admin },
    );
    expect(other.createUser.sessionExpiresAt).toBeNull();
  });
});

describe('the end of a session', () => {
  it('logout refuses the same cookie afterwards, and clears it', async () => {
    const session = await employer();
    const out = await withCookie<{ logout: boolean }>(session.cookie, 'mutation { logout }');
    expect(out.data?.logout).toBe(true);
    expect(out.setCookie).toBe('jobcenter_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
    expect(codeOf(await withCookie(session.cookie, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(ME, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    expect((await sessionRow(session.sessionId)).ended_at).not.toBeNull();
  });

  it('logout with the bearer token ends that session only', async () => {
    const account = await signUpEmployer(stack);
    const second = await signIn(stack.url, account.email);
    await stack.ok('mutation { logout }', {}, { token: account.token });
    expect(codeOf(await stack.gql(ME, {}, { token: account.token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await withCookie(second.cookie, ME))).toBeUndefined();
  });

  it('logoutEverywhere from another session refuses the first cookie', async () => {
    const account = await signUpEmployer(stack);
    const browser = await signIn(stack.url, account.email);
    const phone = await signIn(stack.url, account.email);
    await stack.ok('mutation { logoutEverywhere }', {}, { token: phone.token });
    expect(codeOf(await withCookie(browser.cookie, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await withCookie(phone.cookie, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(ME, {}, { token: account.token }))).toBe('UNAUTHENTICATED');
    expect((await sessionRows(account.userId)).every((row) => row.ended_at !== null)).toBe(true);
  });

  it('erasing a client refuses the client’s cookie at once', async () => {
    const coordinator = await createCoordinator(stack, admin);
    const client = await createClient(stack, coordinator.token);
    const { token, userId } = await signInClient(stack, coordinator.token, client.id);
    const cookie = `jobcenter_session=${token}`;
    expect(codeOf(await withCookie(cookie, '{ myConsent { shareWithEmployers } }'))).toBeUndefined();
    await stack.ok(
      'mutation($id: ID!) { eraseClient(clientId: $id) }',
      { id: client.id },
      { token: coordinator.token },
    );
    expect(codeOf(await withCookie(cookie, ME))).toBe('UNAUTHENTICATED');
    expect(await sessionRows(userId)).toEqual([]);
  });

  it('a new organisation or role ends the account’s sessions; a new language does not', async () => {
    const coordinator = await createCoordinator(stack, admin);
    const session = await signIn(stack.url, coordinator.email);
    const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) {
      updateUser(id: $id, input: $input) { id role preferredLanguage organisation { id } }
    }`;

    await stack.ok(UPDATE, { id: coordinator.userId, input: { preferredLanguage: 'SV' } }, { token: admin });
    expect(codeOf(await withCookie(session.cookie, ME))).toBeUndefined();

    const elsewhere = await createServiceProvider(stack, admin);
    const moved = await stack.ok<{ updateUser: { organisation: { id: string } } }>(
      UPDATE,
      { id: coordinator.userId, input: { organisationId: elsewhere } },
      { token: admin },
    );
    expect(moved.updateUser.organisation.id).toBe(elsewhere);
    expect(codeOf(await withCookie(session.cookie, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(ME, {}, { token: coordinator.token }))).toBe('UNAUTHENTICATED');

    const employerAccount = await signUpEmployer(stack);
    const employerSession = await signIn(stack.url, employerAccount.email);
    const changed = await stack.gql(
      UPDATE,
      { id: employerAccount.userId, input: { role: 'COORDINATOR', organisationId: elsewhere } },
      { token: admin },
    );
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await withCookie(employerSession.cookie, ME))).toBe('UNAUTHENTICATED');
    // Signed in again, the account works with its new rights.
    const again = await login(stack, employerAccount.email);
    expect(codeOf(await stack.gql('{ clients { totalCount } }', {}, { token: again }))).toBeUndefined();
  });
});

describe('the idle and absolute limits', () => {
  // Short limits for these tests: 3 s idle, 8 s at most. A thirtieth of 3 s rounds to 0, so every use renews.
  let short: { url: string };
  beforeAll(async () => {
    short = await stack.spawnApi({ SESSION_IDLE_SECONDS: '3', SESSION_ABSOLUTE_SECONDS: '8' });
  });

  it('refuses a session left unused past the idle limit', async () => {
    const session = await employer(short.url);
    const expiresAt = Date.parse(session.sessionExpiresAt);
    expect(codeOf(await withCookie(session.cookie, ME, {}, short.url))).toBeUndefined();
    const row = await sessionRow(session.sessionId);
    expect(row.absolute_expires_at.getTime() - row.created_at.getTime()).toBe(8_000);
    // Unused from now until the idle limit has passed.
    const last = await withCookie<{ me: { sessionExpiresAt: string } }>(session.cookie, ME, {}, short.url);
    const idleEnd = Date.parse(last.data!.me.sessionExpiresAt);
    expect(idleEnd).toBeGreaterThanOrEqual(expiresAt);
    await sleep(idleEnd - Date.now() + 300);
    expect(codeOf(await withCookie(session.cookie, ME, {}, short.url))).toBe('UNAUTHENTICATED');
  });

  it('renews the idle limit with use, up to the absolute limit', async () => {
    const session = await employer(short.url);
    const row = await sessionRow(session.sessionId);
    const absolute = row.absolute_expires_at.getTime();
    let previous = Date.parse(session.sessionExpiresAt);
    // Used every half second for longer than the idle limit: each use moves sessionExpiresAt on.
    // Until the idle limit would reach past the absolute one (3 s before it).
    while (Date.now() < absolute - 3_300) {
      await sleep(500);
      const me = await withCookie<{ me: { sessionExpiresAt: string } }>(session.cookie, ME, {}, short.url);
      expect(me.errors).toBeUndefined();
      const expiresAt = Date.parse(me.data!.me.sessionExpiresAt);
      expect(expiresAt).toBeGreaterThan(previous);
      expect(expiresAt).toBeLessThanOrEqual(absolute);
      previous = expiresAt;
    }
    expect(Date.now() - row.created_at.getTime()).toBeGreaterThan(3_000);
    // Near the end, the idle limit is the absolute one; past it, use does not help.
    while (Date.now() <= absolute + 200) {
      await sleep(400);
      await withCookie(session.cookie, ME, {}, short.url);
    }
    expect(codeOf(await withCookie(session.cookie, ME, {}, short.url))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(ME, {}, { token: session.token, url: short.url }))).toBe('UNAUTHENTICATED');
  });
});

describe('cross-site requests', () => {
  /** A request with only the cookie, as a form on another site would send it. */
  async function forged(
    cookie: string,
    method: string,
    contentType: string | null,
    body?: RequestInit['body'],
    path = '',
  ) {
    const headers: Record<string, string> = { cookie };
    if (contentType) headers['content-type'] = contentType;
    const response = await fetch(`${stack.url}/graphql${path}`, { method, headers, body });
    return response.status;
  }

  it('form posts and GET mutations with the cookie change nothing', async () => {
    const session = await employer();
    const preferences = 'mutation { updateMyPreferences(preferredLanguage: SV) { preferredLanguage } }';
    const everywhere = 'mutation { logoutEverywhere }';
    const language = async () =>
      (
        await stack.db.query<{ l: string }>('SELECT preferred_language AS l FROM app_user WHERE id = $1', [
          session.userId,
        ])
      ).rows[0].l;
    expect(await language()).toBe('FI');

    for (const query of [preferences, everywhere]) {
      const statuses = [
        await forged(session.cookie, 'POST', 'application/x-www-form-urlencoded', new URLSearchParams({ query })),
        await forged(session.cookie, 'POST', 'text/plain', JSON.stringify({ query })),
        await forged(session.cookie, 'POST', 'text/plain;charset=UTF-8', JSON.stringify({ query })),
        await (async () => {
          const form = new FormData();
          form.set('query', query);
          return forged(session.cookie, 'POST', null, form);
        })(),
        await forged(session.cookie, 'GET', null, undefined, `?query=${encodeURIComponent(query)}`),
        // Even past Apollo's CSRF check (a preflight header), a non-JSON request does not carry the cookie.
        await (async () => {
          const response = await fetch(`${stack.url}/graphql?query=${encodeURIComponent(query)}`, {
            headers: { cookie: session.cookie, 'apollo-require-preflight': 'true' },
          });
          return response.status;
        })(),
      ];
      for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400);
    }
    expect(await language()).toBe('FI');
    expect((await sessionRow(session.sessionId)).ended_at).toBeNull();
    expect(codeOf(await withCookie(session.cookie, ME))).toBeUndefined();

    // The same mutation as JSON, as the pages send it, does change the language.
    const changed = await withCookie<{ updateMyPreferences: { preferredLanguage: string } }>(
      session.cookie,
      preferences,
    );
    expect(changed.data?.updateMyPreferences.preferredLanguage).toBe('SV');
    expect(await language()).toBe('SV');
  });
});
