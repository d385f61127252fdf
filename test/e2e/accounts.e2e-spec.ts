import { claimsOf, sessionIdOf, signSessionToken, tokenPart } from '../utils/forged';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, businessId, createServiceProvider, login, PASSWORD, signUpEmployer } from '../factories/accounts';
import { ADMIN_EMAIL, Stack, START_DEADLINE_MS, waitForLog } from '../utils/stack';

const JWT_SECRET = 'accounts-e2e-secret-Hq7x2Lm9Vt4Rw8Kc3Nb6';

const ME = '{ me { id email role preferredLanguage organisation { id name kind businessId municipalityCode } } }';
const SIGN_UP = `mutation($input: SignUpEmployerInput!) {
  signUpEmployer(input: $input) { token user { id email role organisation { name businessId municipalityCode } } }
}`;

describe('accounts', () => {
  let stack: Stack;
  let admin: string;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false, env: { JWT_SECRET } });
    admin = await adminToken(stack);
  });
  afterAll(() => stack.stop());

  it('signs an employer up, logs in and answers me', async () => {
    const id = businessId();
    const signUp = await stack.ok<{
      signUpEmployer: { token: string; user: { id: string; role: string; organisation: { businessId: string } } };
    }>(SIGN_UP, {
      input: {
        organisationName: 'Kahvila Kulma',
        businessId: id,
        municipalityCode: '837',
        email: 'Owner@Kulma.fi',
        password: PASSWORD,
        preferredLanguage: 'SV',
      },
    });
    expect(signUp.signUpEmployer.user.role).toBe('EMPLOYER');
    expect(signUp.signUpEmployer.user.organisation.businessId).toBe(id);

    // Emails are unique regardless of case, and login ignores case too.
    const token = await login(stack, 'owner@KULMA.fi');
    const me = await stack.ok<{ me: Record<string, unknown> }>(ME, {}, { token });
    expect(me.me).toEqual({
      id: signUp.signUpEmployer.user.id,
      email: 'Owner@Kulma.fi',
      role: 'EMPLOYER',
      preferredLanguage: 'SV',
      organisation: expect.objectContaining({
        name: 'Kahvila Kulma',
        kind: 'EMPLOYER',
        businessId: id,
        municipalityCode: '837',
      }),
    });

    const again = await stack.gql(SIGN_UP, {
      input: {
        organisationName: 'Another',
        businessId: businessId(),
        municipalityCode: '091',
        email: 'OWNER@kulma.FI',
        password: PASSWORD,
      },
    });
    expect(again.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', message: 'is already in use', reason: 'EMAIL_TAKEN' }],
    });
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const employer = await signUpEmployer(stack);
    for (const [email, password] of [
      [employer.email, 'not the password'],
      ['nobody@example.fi', PASSWORD],
    ]) {
      const response = await stack.gql(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      expect(response.data).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0].message).toBe('Wrong email or password.');
    }
  });

  it('validates the business ID check digit, the municipality, the email and the password length', async () => {
    const response = await stack.gql(SIGN_UP, {
      input: {
        organisationName: 'Oy Testi Ab',
        businessId: '2617416-5',
        municipalityCode: '12',
        email: 'not-an-email',
        password: 'short',
      },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = response.errors?.[0].extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['input.businessId', 'input.email', 'input.municipalityCode', 'input.password']);

    const unknownMunicipality = await stack.gql(SIGN_UP, {
      input: {
        organisationName: 'Oy Testi Ab',
        businessId: businessId(),
        municipalityCode: '999',
        email: 'a@b.fi',
        password: PASSWORD,
      },
    });
    expect(unknownMunicipality.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.municipalityCode', message: 'is not a known municipality code', reason: 'UNKNOWN_CODE' },
    ]);
  });

  it('lets only ADMIN create organisations and users', async () => {
    const employer = await signUpEmployer(stack);
    const createOrganisation =
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind } }';
    const input = { name: 'Palvelukeskus', kind: 'SERVICE_PROVIDER', municipalityCode: '091' };

    expect((await stack.gql(createOrganisation, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await stack.gql(createOrganisation, { input }, { token: employer.token })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const created = await stack.ok<{ createOrganisation: { id: string; kind: string } }>(
      createOrganisation,
      { input },
      { token: admin },
    );
    expect(created.createOrganisation.kind).toBe('SERVICE_PROVIDER');

    const createUser =
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id role email organisation { id } } }';
    const userInput = {
      email: 'koordinaattori@palvelu.fi',
      password: PASSWORD,
      role: 'COORDINATOR',
      organisationId: created.createOrganisation.id,
    };
    expect(
      (await stack.gql(createUser, { input: userInput }, { token: employer.token })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const user = await stack.ok<{ createUser: { role: string; organisation: { id: string } } }>(
      createUser,
      { input: userInput },
      { token: admin },
    );
    expect(user.createUser).toMatchObject({ role: 'COORDINATOR', organisation: { id: created.createOrganisation.id } });
    const coordinator = await login(stack, 'koordinaattori@palvelu.fi');
    expect(
      (await stack.gql(createUser, { input: { ...userInput, email: 'x@y.fi' } }, { token: coordinator })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses users whose role does not fit the organisation', async () => {
    const serviceProvider = await createServiceProvider(stack, admin);
    const employer = await signUpEmployer(stack);
    const createUser = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
    const cases: [Record<string, string>, string][] = [
      [{ role: 'EMPLOYER', organisationId: serviceProvider }, 'input.organisationId'],
      [{ role: 'COORDINATOR', organisationId: employer.organisationId }, 'input.organisationId'],
      [{ role: 'ADMIN', organisationId: employer.organisationId }, 'input.role'],
      [{ role: 'CLIENT', organisationId: serviceProvider }, 'input.role'],
      [{ role: 'COORDINATOR', organisationId: '00000000-0000-4000-8000-000000000000' }, 'input.organisationId'],
    ];
    for (const [input, field] of cases) {
      const response = await stack.gql(
        createUser,
        { input: { email: 'someone@example.fi', password: PASSWORD, ...input } },
        { token: admin },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    }
  });

  it('refuses tokens with another algorithm, none included, and tampered tokens', async () => {
    const employer = await signUpEmployer(stack);
    const [header, payload, signature] = employer.token.split('.');
    const forged = [
      `${tokenPart({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      `${tokenPart({ alg: 'HS512', typ: 'JWT' })}.${payload}.${signature}`,
      `${header}.${tokenPart({ ...claimsOf(employer.token), sub: '00000000-0000-4000-8000-000000000000' })}.${signature}`,
      'not-a-token',
    ];
    for (const token of forged) {
      const response = await stack.gql(ME, {}, { token });
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await stack.ok<{ me: { id: string } }>(ME, {}, { token: employer.token })).me.id).toBe(employer.userId);
  });

  it('refuses a token without an expiry, though signed with the right key for a live session', async () => {
    const employer = await signUpEmployer(stack);
    const claims = { userId: employer.userId, sessionId: sessionIdOf(employer.token) };
    const token = (expiring: boolean) => signSessionToken(JWT_SECRET, claims, expiring ? '10m' : null);
    // The same claims with an expiry are accepted: only the missing `exp` makes the difference.
    expect((await stack.ok<{ me: { id: string } }>(ME, {}, { token: await token(true) })).me.id).toBe(employer.userId);
    const response = await stack.gql(ME, {}, { token: await token(false) });
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates the configured admin once, also when two API processes start at once', async () => {
    await stack.db.query("DELETE FROM app_user WHERE role = 'ADMIN'");
    const extra = [0, 1].map(() => stack.spawn('dist/src/main.js', { PORT: '0', LOG_LEVEL: 'info' }));
    try {
      await Promise.all(extra.map((p) => waitForLog(p, 'Nest application successfully started', START_DEADLINE_MS)));
    } finally {
      await Promise.all(extra.map((p) => p.stop()));
    }
    const { rows } = await stack.db.query(
      "SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN' AND lower(email) = lower($1)",
      [ADMIN_EMAIL],
    );
    expect(rows[0].n).toBe(1);
    expect(extra.filter((p) => p.logs.includes('created the admin account'))).toHaveLength(1);
    await login(stack, ADMIN_EMAIL, 'admin-password-for-tests');
  });
});
