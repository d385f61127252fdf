import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, businessId, createCoordinator, login, PASSWORD, signUpEmployer } from '../factories/accounts';
import { jobInput } from '../factories/jobs';
import { PRODUCTION_ENV, Stack } from '../utils/stack';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

describe('the API ground rules', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
  });
  afterAll(() => stack.stop());

  it('labels the taxonomy in Finnish, Swedish and English', async () => {
    const query = `query($lang: Language) {
      accommodations { code category label(lang: $lang) }
      demands { code label(lang: $lang) }
      taskTypes { code label(lang: $lang) typicalDemands { level demand { code label(lang: $lang) } } }
    }`;
    type Taxonomy = {
      accommodations: { code: string; category: string; label: string }[];
      demands: { code: string; label: string }[];
      taskTypes: { code: string; label: string; typicalDemands: { level: number; demand: { code: string } }[] }[];
    };
    const [fi, sv, en] = await Promise.all(['FI', 'SV', 'EN'].map((lang) => stack.ok<Taxonomy>(query, { lang })));
    expect(fi.accommodations).toHaveLength(27);
    expect(fi.demands).toHaveLength(30);
    expect(fi.taskTypes.length).toBeGreaterThanOrEqual(25);
    const quiet = (t: Taxonomy) => t.accommodations.find((a) => a.code === 'env.quiet')!.label;
    const lifting = (t: Taxonomy) => t.demands.find((d) => d.code === 'd4300')!.label;
    expect([quiet(fi), quiet(sv), quiet(en)]).toEqual([
      'Hiljainen, meluton tila',
      'Tyst utrymme med lite buller',
      'Quiet, low-noise space',
    ]);
    expect([lifting(fi), lifting(sv), lifting(en)]).toEqual(['Nostaminen', 'Lyftande', 'Lifting']);
    for (const taxonomy of [fi, sv, en]) {
      for (const item of [...taxonomy.accommodations, ...taxonomy.demands, ...taxonomy.taskTypes])
        expect(item.label).not.toBe('');
    }
    const dishwashing = en.taskTypes.find((t) => t.code === 'dishwashing')!;
    expect(dishwashing.typicalDemands.length).toBeGreaterThan(0);
    expect(new Set(fi.accommodations.map((a) => a.category))).toEqual(
      new Set(['SCHEDULE', 'WORKSPACE', 'SUPPORT', 'COMMUNICATION', 'EQUIPMENT', 'ACCESSIBILITY', 'TASK']),
    );
  });

  it('picks the label language from the argument, the account, Accept-Language, then English', async () => {
    const query = `{ accommodations { code label } }`;
    const quiet = (data: { accommodations: { code: string; label: string }[] }) =>
      data.accommodations.find((a) => a.code === 'env.quiet')!.label;
    expect(quiet(await stack.ok(query))).toBe('Quiet, low-noise space');
    expect(quiet(await stack.ok(query, {}, { headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' } }))).toBe(
      'Tyst utrymme med lite buller',
    );
    expect(quiet(await stack.ok(query, {}, { headers: { 'accept-language': 'de, fi;q=0.7' } }))).toBe(
      'Hiljainen, meluton tila',
    );
    // A signed-in user's language wins over the header.
    const coordinator = await createCoordinator(stack, await adminToken(stack));
    expect(quiet(await stack.ok(query, {}, { token: coordinator.token, headers: { 'accept-language': 'en' } }))).toBe(
      'Hiljainen, meluton tila',
    );
  });

  it('answers UNAUTHENTICATED for a wrong password and BAD_USER_INPUT for a bad business ID', async () => {
    const employer = await signUpEmployer(stack);
    const wrong = await stack.gql(LOGIN, { e: employer.email, p: 'not the password!' });
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const bad = await stack.gql('mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token } }', {
      input: {
        organisationName: 'Oy Esimerkki Ab',
        businessId: '1234567-8',
        municipalityCode: '091',
        email: 'a@b.fi',
        password: PASSWORD,
      },
    });
    expect(bad.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'input.businessId',
          message: 'must be a Finnish business ID such as 1234567-1, with the right check digit',
          reason: 'INVALID_BUSINESS_ID',
        },
      ],
    });
  });

  it('refuses operations deeper than 10 levels or over the cost budget with QUERY_TOO_COMPLEX', async () => {
    const employer = await signUpEmployer(stack);
    const deep = `{ jobs { edges { node { matches { edges { node { job { matches { edges { node { job { id } } } } } } } } } } } }`;
    const tooDeep = await stack.gql(deep, {}, { token: employer.token });
    expect(tooDeep.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(tooDeep.data).toBeUndefined();

    const costly = `{ jobs(first: 100) { edges { node { matches(first: 100) { edges { node { score candidate { pseudonym summary } } } } } } } }`;
    const tooCostly = await stack.gql(costly, {}, { token: employer.token });
    expect(tooCostly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(tooCostly.errors?.[0].message).toMatch(/cost/i);

    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await stack.gql(aliases, {}, { token: employer.token })).errors?.[0].extensions?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );

    // A full page of a job's matches with candidate fields stays within the budget.
    const job = await stack.ok<{ createJob: { id: string } }>(
      'mutation($input: JobInput!) { createJob(input: $input) { id } }',
      { input: jobInput() },
      { token: employer.token },
    );
    const fine = `query($id: ID!) { job(id: $id) { matches(first: 100) { edges { node { score breakdown { tasks hours }
      reasons candidate { pseudonym summary abilities { experience } accommodationNeeds { necessity } } } } } } }`;
    expect((await stack.gql(fine, { id: job.createJob.id }, { token: employer.token })).errors).toBeUndefined();
  });

  it('counts page sizes given in variables or left at their defaults, and every alias, in the cost', async () => {
    const employer = await signUpEmployer(stack);
    const candidate = 'score reasons candidate { pseudonym summary abilities { experience } }';
    const pages = `query($jobs: Int, $matches: Int) { jobs(first: $jobs) { edges { node { title
      matches(first: $matches) { edges { node { ${candidate} } } } } } } }`;
    const tooComplex = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await stack.gql(query, variables, { token: employer.token });
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(answer.errors?.[0].message).toMatch(/cost/);
    };
    // The 22 MB request: both pages in variables, at their largest.
    await tooComplex(pages, { jobs: 100, matches: 100 });
    // Default values in the operation count like given ones.
    await tooComplex(pages.replace('$jobs: Int, $matches: Int', '$jobs: Int = 100, $matches: Int = 100'));
    // Left at the schema's defaults (20 × 20), one copy fits; four aliases of it do not.
    const one = `jobs { edges { node { title matches { edges { node { ${candidate} } } } } } }`;
    expect((await stack.gql(`{ a: ${one} }`, {}, { token: employer.token })).errors).toBeUndefined();
    await tooComplex(`{ a: ${one} b: ${one} c: ${one} d: ${one} }`);
    // Small pages in variables are fine.
    const small = await stack.gql<{ jobs: { edges: unknown[] } }>(
      pages,
      { jobs: 5, matches: 10 },
      { token: employer.token },
    );
    expect(small.errors).toBeUndefined();
    expect(small.data?.jobs.edges).toEqual([]);
  });

  it('refuses a document over 2,000 tokens with QUERY_TOO_COMPLEX', async () => {
    const long = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    const answer = await stack.gql(long);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0].message).toMatch(/^The query is too complex: .*2000 tokens/);
  });

  it('limits the size of requests and of every string', async () => {
    const huge = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ accommodations { code } }', variables: { padding: 'x'.repeat(200_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );

    const long = await stack.gql(LOGIN, { e: 'someone@example.fi', p: 'p'.repeat(20_000) });
    expect(long.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'p', message: 'must be at most 10000 characters', reason: 'TOO_LONG' }],
    });

    const longPassword = await stack.gql(LOGIN, { e: 'someone@example.fi', p: 'p'.repeat(500) });
    expect(longPassword.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'must be 1 to 200 characters', reason: 'LENGTH_OUT_OF_RANGE' },
    ]);

    const malformed = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('gives every error a contract code, also for unknown fields and wrong variable types', async () => {
    const cases = [
      stack.gql('{ nope }'),
      stack.gql('{ accommodations { code '),
      stack.gql('query($lang: Language) { accommodations { label(lang: $lang) } }', { lang: 'DE' }),
      stack.gql('mutation($e: String!) { login(email: $e, password: "x") { token } }', {}),
    ];
    for (const response of await Promise.all(cases)) {
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields?.length).toBeGreaterThan(0);
    }
  });
});

describe('inputs the fuzz test once broke the API with', () => {
  let stack: Stack;
  let employer: Awaited<ReturnType<typeof signUpEmployer>>;
  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    employer = await signUpEmployer(stack);
  });
  afterAll(() => stack.stop());

  const CREATE_JOB = 'mutation($input: JobInput!) { createJob(input: $input) { id } }';
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  async function codeAndStatus(response: Response): Promise<[number, string | undefined]> {
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return [response.status, body.errors?.[0]?.extensions?.code];
  }

  it('tells caches to store no answer: data, errors, refused requests, health and metrics', async () => {
    const admin = await adminToken(stack);
    const answers = [
      await post(JSON.stringify({ query: '{ me { id email } }' }), { authorization: `Bearer ${admin}` }),
      await post(JSON.stringify({ query: '{ me { id } }' })),
      await post(JSON.stringify({ query: '{ nope }' })),
      await post('{"query": '),
      await post('x'.repeat(2_000_000)),
      await fetch(`${stack.url}/graphql?query=${'x'.repeat(20_000)}`),
      await fetch(`${stack.url}/health/ready`),
      await fetch(`${stack.url}/metrics`),
      await fetch(`${stack.url}/nowhere`),
    ];
    const noStore = (r: Response): boolean => /(^|,\s*)no-store(\s*,|$)/.test(r.headers.get('cache-control') ?? '');
    expect(answers.map((r) => [r.status, noStore(r)])).toEqual([
      [200, true],
      [200, true],
      [400, true],
      [400, true],
      [413, true],
      [431, true],
      [200, true],
      [200, true],
      [404, true],
    ]);
    await Promise.all(answers.map((r) => r.arrayBuffer()));
  });

  it('answers unknown paths in the contract shape, and a persisted-query refusal with no-store', async () => {
    for (const [method, path] of [
      ['GET', '/nowhere'],
      ['POST', '/graphql/x'],
      ['GET', '/health/nope'],
    ]) {
      const response = await fetch(`${stack.url}${path}`, { method });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect([path, response.status, await response.json()]).toEqual([
        path,
        404,
        { errors: [{ message: 'There is nothing at this address.', extensions: { code: 'NOT_FOUND' } }] },
      ]);
    }
    const persisted = await post(
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(persisted.headers.get('cache-control')).toBe('no-store');
    expect((await codeAndStatus(persisted))[1]).toBe('BAD_USER_INPUT');
  });

  it('refuses NUL characters and unpaired surrogates in any string as input, naming the field', async () => {
    const nul = await stack.gql(LOGIN, { e: 'a\u0000b@example.fi', p: 'correct horse battery' });
    expect(nul.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'e', message: 'must not contain NUL characters', reason: 'INVALID_TEXT' }],
    });
    const title = await stack.gql(
      CREATE_JOB,
      { input: jobInput({ title: 'Astian\u0000pesijä' }) },
      { token: employer.token },
    );
    expect(title.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.title', message: 'must not contain NUL characters', reason: 'INVALID_TEXT' },
    ]);
    const surrogate = await stack.gql(LOGIN, { e: '\ud800@example.fi', p: 'correct horse battery' });
    expect(surrogate.errors?.[0].extensions?.fields).toEqual([
      { field: 'e', message: 'is not valid text (it has an unpaired surrogate)', reason: 'INVALID_TEXT' },
    ]);
  });

  it('counts characters as the database does, variation selectors included', async () => {
    const response = await stack.gql(
      CREATE_JOB,
      { input: jobInput({ title: 'x\uFE0F'.repeat(101) }) },
      { token: employer.token },
    );
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.title', message: 'must be 1 to 200 characters', reason: 'LENGTH_OUT_OF_RANGE' },
    ]);
  });

  it('refuses numbers the database cannot store as given', async () => {
    for (const [input, field] of [
      [{ hoursPerWeekMin: 1e-300 }, 'input.hoursPerWeekMin'],
      [{ hourlyWage: 1e-7 }, 'input.hourlyWage'],
    ] as const) {
      const response = await stack.gql(CREATE_JOB, { input: jobInput(input) }, { token: employer.token });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
    }
  });

  it('answers syntax errors, deep nesting, subscriptions and persisted queries as bad input, never 5xx', async () => {
    expect(await codeAndStatus(await post(JSON.stringify({ query: 'mutation {' })))).toEqual([400, 'BAD_USER_INPUT']);
    // 5 000 levels of lists, written out as text (JSON.stringify itself would run out of stack here).
    const nested = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const deep = await post(`{"query":"query($x: [String]) { accommodations { code } }","variables":{"y":${nested}}}`);
    expect(await codeAndStatus(deep)).toEqual([400, 'BAD_USER_INPUT']);
    expect(await codeAndStatus(await post(JSON.stringify({ query: 'subscription { x }' })))).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
    const persisted = await post(
      JSON.stringify({
        query: '{ accommodations { code } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
      }),
    );
    const [status, code] = await codeAndStatus(persisted);
    expect(status).toBeLessThan(500);
    expect(code).toBe('BAD_USER_INPUT');
  });

  it('answers refused bodies and oversized requests in the contract shape', async () => {
    const gzip = await post('{"query":"{ accommodations { code } }"}', { 'content-encoding': 'gzip' });
    expect(await codeAndStatus(gzip)).toEqual([400, 'BAD_USER_INPUT']);
    const latin1 = await post('{"query":"{ accommodations { code } }"}', {
      'content-type': 'application/json; charset=latin1',
    });
    expect(await codeAndStatus(latin1)).toEqual([415, 'BAD_USER_INPUT']);
    const longUrl = await fetch(`${stack.url}/graphql?query=${'x'.repeat(20_000)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await codeAndStatus(longUrl)).toEqual([431, 'BAD_USER_INPUT']);
  });
});

describe('rate limits on sign-in and sign-up', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await Stack.start({
      worker: false,
      env: { AUTH_RATE_LIMIT_PER_ADDRESS: '12', AUTH_RATE_LIMIT_PER_ACCOUNT: '3' },
    });
  });
  afterAll(() => stack.stop());

  it('locks an account after repeated wrong passwords, then the address after its budget', async () => {
    const employer = await signUpEmployer(stack); // 1 attempt from this address
    for (let i = 0; i < 3; i++) {
      expect(
        (await stack.gql(LOGIN, { e: employer.email, p: `wrong password ${i}` })).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
    }
    const locked = await stack.gql(LOGIN, { e: employer.email.toUpperCase(), p: PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toMatch(/Try again in \d+ seconds/);

    // Other accounts from the same address still work until the address budget (12) is spent.
    const other = await signUpEmployer(stack);
    await login(stack, other.email);
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await stack.gql(LOGIN, { e: other.email, p: PASSWORD });
      codes.push(response.errors?.[0].extensions?.code ?? 'ok');
    }
    expect(codes.filter((c) => c === 'ok').length).toBeLessThan(8);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    const signUp = await stack.gql(
      'mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token } }',
      {
        input: {
          organisationName: 'Myöhäinen Oy',
          businessId: businessId(),
          municipalityCode: '091',
          email: 'late@example.fi',
          password: PASSWORD,
        },
      },
    );
    expect(signUp.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('production mode', () => {
  let stack: Stack;
  beforeAll(async () => {
    // With a worker: signing up in production takes the mailed verification link (factories/accounts.ts).
    stack = await Stack.start({ env: PRODUCTION_ENV });
  });
  afterAll(() => stack.stop());

  it('refuses introspection and hides field suggestions', async () => {
    const introspection = await stack.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(introspection.data ?? null).toBeNull();
    const typo = await stack.gql('{ accomodations { code } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo)).not.toContain('accommodations');
  });

  it('answers an internal failure with no stack trace, SQL or internal detail', async () => {
    const employer = await signUpEmployer(stack);
    await stack.db.query('ALTER TABLE job RENAME TO job_away');
    try {
      const response = await stack.gql('{ jobs { totalCount } }', {}, { token: employer.token });
      expect(response.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again later.',
        path: ['jobs'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response)).not.toMatch(/job_away|relation|SELECT|stack|at /);
    } finally {
      await stack.db.query('ALTER TABLE job_away RENAME TO job');
    }
  });

  it('refuses to start without its secrets, naming them', async () => {
    const bare = stack.spawn('dist/src/main.js', {
      NODE_ENV: 'production',
      JWT_SECRET: '',
      DATA_ENCRYPTION_KEY: '',
      PORT: '0',
    });
    expect(await bare.exited).toBe(1);
    expect(bare.logs).toContain('JWT_SECRET: is required when NODE_ENV=production');
    expect(bare.logs).toContain('DATA_ENCRYPTION_KEY: is required when NODE_ENV=production');
  });
});
