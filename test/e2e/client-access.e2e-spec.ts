import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, PASSWORD, signUpEmployer } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { activeCandidate, createClient, createProfile, type ProfileInput, recordConsent } from '../factories/profiles';
import { deleteRedisKeys } from '../../bench/scratch';
import { REDIS_URL } from '../utils/test-env';
import { eventually, Stack } from '../utils/stack';
import { codeOf } from '../utils/errors';

const CODE_FORMAT =
  /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;
const WRONG_CODE = 'This code is not right. Check it, or ask your coordinator for a new one.';
const EXPIRED_CODE = 'This code is too old. Ask your coordinator for a new one.';
const USED_CODE = 'This code has been used already. Ask your coordinator for a new one.';

const ISSUE = 'mutation($clientId: ID!) { issueClientAccessCode(clientId: $clientId) }';
const LOGIN = `mutation($code: String!) {
  loginWithAccessCode(code: $code) { token user { id email role preferredLanguage organisation { id } } }
}`;
const PASSWORD_LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ME = '{ me { id email role preferredLanguage organisation { id } } }';
const MY_CONSENT = '{ myConsent { shareWithEmployers changedAt } }';
const SET_MY_CONSENT = `mutation($value: Boolean!) {
  setMyConsent(shareWithEmployers: $value) { shareWithEmployers changedAt }
}`;
const MY_CONSENT_HISTORY = '{ myConsentHistory { shareWithEmployers at byRole } }';
const MY_PROFILE_VIEWS = '{ myProfileViews { organisationName at } }';
const CLIENT = `query($id: ID!) {
  client(id: $id) {
    id displayName contactEmail preferredLanguage consent { shareWithEmployers changedAt } profiles { id pseudonym }
  }
}`;
const PROFILE = `query($id: ID!) {
  profile(id: $id) { id pseudonym status summary version client { id displayName } matching { upToDate } }
}`;
const PROFILE_MATCHES = 'query($id: ID!) { profile(id: $id) { id matches { totalCount } } }';
const ERASE = 'mutation($clientId: ID!) { eraseClient(clientId: $clientId) }';
const JOB_MATCHES = `query($id: ID!) {
  job(id: $id) { matches(first: 100, feasibleOnly: false) { edges { node { candidate { id } } } } }
}`;
const CANDIDATE = 'query($id: ID!) { candidate(id: $id) { id pseudonym } }';
const OFFER =
  'mutation($jobId: ID!, $profileId: ID!, $message: String) { offerJob(jobId: $jobId, profileId: $profileId, message: $message) { id } }';
const PROPOSE = `mutation($jobId: ID!, $profileId: ID!, $message: String) {
  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) { id }
}`;
const RESPOND =
  'mutation($id: ID!, $note: String) { respondToProposal(id: $id, accept: true, note: $note) { id status } }';

interface AuthPayload {
  token: string;
  user: { id: string; email: string | null; role: string; preferredLanguage: string; organisation: null };
}

/** A profile an employer's default job (plus a quiet space) suits: no functional limits, one need the job offers. */
const SUITABLE: Partial<ProfileInput> = {
  restrictions: [],
  accommodationNeeds: [{ accommodationCode: 'env.quiet', necessity: 'REQUIRED' }],
};
const OFFERS_QUIET = ['sched.flex_start', 'sup.instructor_onsite', 'info.visual', 'env.quiet'];

describe('client access and erasure', () => {
  let stack: Stack;
  let admin: string;
  let coordinator: Account;
  let other: Account;
  let employer: Account;

  beforeAll(async () => {
    stack = await Stack.start();
    admin = await adminToken(stack);
    [coordinator, other, employer] = await Promise.all([
      createCoordinator(stack, admin),
      createCoordinator(stack, admin),
      signUpEmployer(stack, 'Kahvila Katselija Oy'),
    ]);
  });
  afterAll(() => stack.stop());

  async function issue(clientId: string, token = coordinator.token): Promise<string> {
    return (await stack.ok<{ issueClientAccessCode: string }>(ISSUE, { clientId }, { token })).issueClientAccessCode;
  }

  async function signIn(code: string): Promise<AuthPayload> {
    return (await stack.ok<{ loginWithAccessCode: AuthPayload }>(LOGIN, { code })).loginWithAccessCode;
  }

  /** A new code for the client, used at once: the client's token. */
  async function clientToken(clientId: string): Promise<string> {
    return (await signIn(await issue(clientId))).token;
  }

  /** Publishes a job the profile suits and waits until the worker has paired them; the employer reads it once. */
  async function employerSees(profileId: string): Promise<string> {
    const job = await createJob(stack, employer.token, { accommodationCodes: OFFERS_QUIET });
    await publishJob(stack, employer.token, job.id);
    await eventually(
      async () => {
        const data = await stack.ok<{ job: { matches: { edges: { node: { candidate: { id: string } } }[] } } }>(
          JOB_MATCHES,
          { id: job.id },
          { token: employer.token },
        );
        return data.job.matches.edges.some((e) => e.node.candidate.id === profileId) ? true : undefined;
      },
      30_000,
      'the candidate among the job matches',
    );
    return job.id;
  }

  it('issues a readable one-time code that is stored only as a keyed hash, and signs the client in with it', async () => {
    const client = await createClient(stack, coordinator.token, { preferredLanguage: 'SV' });
    const code = await issue(client.id);
    expect(code).toMatch(CODE_FORMAT);

    const { rows } = await stack.db.query<Record<string, unknown>>(
      `SELECT client_id, code_hash, issued_by, used_at, expires_at - issued_at AS valid_for
         FROM client_access_code WHERE client_id = $1`,
      [client.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ client_id: client.id, issued_by: coordinator.userId, used_at: null });
    expect(rows[0].valid_for).toMatchObject({ days: 7 });
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify((await stack.db.query('SELECT * FROM client_access_code')).rows);
    for (const form of [code, code.replaceAll('-', ''), code.replaceAll('-', '').toLowerCase()]) {
      expect(dump).not.toContain(form);
    }

    // Typed in lowercase without hyphens, it still works; the account is a CLIENT without email or organisation.
    const first = await signIn(code.replaceAll('-', '').toLowerCase());
    expect(first.user).toEqual({
      id: expect.any(String),
      email: null,
      role: 'CLIENT',
      preferredLanguage: 'SV',
      organisation: null,
    });
    const me = await stack.ok<{ me: AuthPayload['user'] }>(ME, {}, { token: first.token });
    expect(me.me).toEqual(first.user);
    const users = await stack.db.query(
      'SELECT role, email, password_hash, organisation_id, preferred_language FROM app_user WHERE client_id = $1',
      [client.id],
    );
    expect(users.rows).toEqual([
      { role: 'CLIENT', email: null, password_hash: null, organisation_id: null, preferred_language: 'SV' },
    ]);
    const used = await stack.db.query('SELECT used_at FROM client_access_code WHERE client_id = $1', [client.id]);
    expect(used.rows[0].used_at).toBeInstanceOf(Date);

    // A used code is spent.
    const again = await stack.gql(LOGIN, { code });
    expect(again.data).toBeNull();
    expect(again.errors?.[0]).toMatchObject({
      message: USED_CODE,
      extensions: { code: 'UNAUTHENTICATED', reason: 'ACCESS_CODE_USED' },
    });

    // A new code signs the same account in again, typed with spaces.
    const next = await issue(client.id);
    const second = await signIn(` ${next.replaceAll('-', ' ')} `);
    expect(second.user.id).toBe(first.user.id);
    expect((await stack.db.query('SELECT 1 FROM app_user WHERE client_id = $1', [client.id])).rowCount).toBe(1);
  });

  it('refuses replaced and wrong codes as wrong, expired ones as expired, and input too long to be a code', async () => {
    const client = await createClient(stack, coordinator.token);
    const replaced = await issue(client.id);
    const current = await issue(client.id);
    expect(current).not.toBe(replaced);
    expect((await stack.db.query('SELECT 1 FROM client_access_code WHERE client_id = $1', [client.id])).rowCount).toBe(
      1,
    );

    const late = await createClient(stack, coordinator.token);
    const expired = await issue(late.id);
    await stack.db.query(
      `UPDATE client_access_code SET issued_at = now() - interval '8 days', expires_at = now() - interval '1 day'
        WHERE client_id = $1`,
      [late.id],
    );

    const refusal = async (code: string) => {
      const error = (await stack.gql(LOGIN, { code })).errors?.[0];
      return [code, error?.message, error?.extensions?.code, error?.extensions?.reason];
    };
    for (const code of [replaced, 'ABCD-EFGH-JKMN', 'hello', '', '0000-OOOO-1111']) {
      expect(await refusal(code)).toEqual([code, WRONG_CODE, 'UNAUTHENTICATED', 'ACCESS_CODE_WRONG']);
    }
    expect(await refusal(expired)).toEqual([expired, EXPIRED_CODE, 'UNAUTHENTICATED', 'ACCESS_CODE_EXPIRED']);
    const long = await stack.gql(LOGIN, { code: `${current} `.repeat(3) });
    expect(long.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'code', message: 'must be at most 40 characters', reason: 'TOO_LONG' }],
    });

    // None of that spent the live code.
    expect((await signIn(current)).user.role).toBe('CLIENT');
  });

  it('lets exactly one of simultaneous sign-ins with one code through', async () => {
    const client = await createClient(stack, coordinator.token);
    const code = await issue(client.id);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        stack.gql<{ loginWithAccessCode: AuthPayload }>(LOGIN, { code: i % 2 ? code : code.toLowerCase() }),
      ),
    );
    const tokens = responses.map((r) => r.data?.loginWithAccessCode?.token).filter(Boolean);
    expect(tokens).toHaveLength(1);
    expect(responses.filter((r) => codeOf(r) === 'UNAUTHENTICATED')).toHaveLength(7);
    expect((await stack.db.query('SELECT 1 FROM app_user WHERE client_id = $1', [client.id])).rowCount).toBe(1);
  });

  it("issues codes for the coordinator's own service provider's clients only", async () => {
    const client = await createClient(stack, coordinator.token);
    const clientUser = await clientToken((await createClient(stack, coordinator.token)).id);
    for (const id of [client.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(codeOf(await stack.gql(ISSUE, { clientId: id }, { token: other.token }))).toBe('NOT_FOUND');
    }
    for (const [token, code] of [
      [employer.token, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [clientUser, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codeOf(await stack.gql(ISSUE, { clientId: client.id }, { token }))).toBe(code);
    }
    expect((await stack.db.query('SELECT 1 FROM client_access_code WHERE client_id = $1', [client.id])).rowCount).toBe(
      0,
    );
    // A colleague at the same service provider may.
    const colleague = await createCoordinator(stack, admin, coordinator.organisationId);
    expect(await issue(client.id, colleague.token)).toMatch(CODE_FORMAT);
  });

  it('lets a client read their own record and profiles, and decide their consent', async () => {
    const client = await createClient(stack, coordinator.token, {
      displayName: 'Aino Asiakas',
      contactEmail: 'aino@example.fi',
      preferredLanguage: 'FI',
    });
    const profile = await createProfile(stack, coordinator.token, client.id);
    const sibling = await createClient(stack, coordinator.token, { displayName: 'Sisar Asiakas' });
    const siblingProfile = await createProfile(stack, coordinator.token, sibling.id);
    const stranger = await createClient(stack, other.token, { displayName: 'Vieras Asiakas' });
    const token = await clientToken(client.id);
    const userId = (await stack.ok<{ me: { id: string } }>(ME, {}, { token })).me.id;

    expect((await stack.ok<{ myConsent: unknown }>(MY_CONSENT, {}, { token })).myConsent).toEqual({
      shareWithEmployers: false,
      changedAt: null,
    });
    const set = await stack.ok<{ setMyConsent: { shareWithEmployers: boolean; changedAt: string } }>(
      SET_MY_CONSENT,
      { value: true },
      { token },
    );
    expect(set.setMyConsent.shareWithEmployers).toBe(true);
    expect(Date.parse(set.setMyConsent.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await stack.ok<{ myConsent: unknown }>(MY_CONSENT, {}, { token })).myConsent).toEqual(set.setMyConsent);
    const events = await stack.db.query(
      'SELECT share_with_employers, actor_user_id, actor_role FROM consent_event WHERE client_id = $1',
      [client.id],
    );
    expect(events.rows).toEqual([{ share_with_employers: true, actor_user_id: userId, actor_role: 'CLIENT' }]);

    // Own record, decrypted, and own profile, read only.
    const own = await stack.ok<{ client: Record<string, unknown> }>(CLIENT, { id: client.id }, { token });
    expect(own.client).toEqual({
      id: client.id,
      displayName: 'Aino Asiakas',
      contactEmail: 'aino@example.fi',
      preferredLanguage: 'FI',
      consent: set.setMyConsent,
      profiles: [{ id: profile.id, pseudonym: profile.pseudonym }],
    });
    const ownProfile = await stack.ok<{ profile: Record<string, unknown> }>(PROFILE, { id: profile.id }, { token });
    expect(ownProfile.profile).toMatchObject({
      id: profile.id,
      status: 'DRAFT',
      version: 1,
      client: { id: client.id, displayName: 'Aino Asiakas' },
    });

    // Nobody else's: a client of the same service provider or of another is NOT_FOUND, as is a made-up id.
    for (const [query, id] of [
      [CLIENT, sibling.id],
      [CLIENT, stranger.id],
      [CLIENT, '00000000-0000-4000-8000-000000000000'],
      [PROFILE, siblingProfile.id],
      [PROFILE, 'not-a-uuid'],
    ]) {
      const response = await stack.gql(query, { id }, { token });
      expect([id, codeOf(response)]).toEqual([id, 'NOT_FOUND']);
      expect(JSON.stringify(response)).not.toMatch(/Sisar|Vieras/);
    }
  });

  it("shows a client their own consent history, newest first, and nobody else's", async () => {
    const client = await createClient(stack, coordinator.token);
    const sibling = await createClient(stack, coordinator.token);
    await recordConsent(stack, coordinator.token, client.id, true);
    await recordConsent(stack, coordinator.token, sibling.id, true);
    const token = await clientToken(client.id);
    const siblingToken = await clientToken(sibling.id);
    type History = { myConsentHistory: { shareWithEmployers: boolean; at: string; byRole: string }[] };
    const history = async (t: string) =>
      (await stack.ok<History>(MY_CONSENT_HISTORY, {}, { token: t })).myConsentHistory;

    // Recorded in person, then turned off and on again on the client's own page.
    for (const value of [false, true]) await stack.ok(SET_MY_CONSENT, { value }, { token });
    const own = await history(token);
    expect(own.map((e) => [e.shareWithEmployers, e.byRole])).toEqual([
      [true, 'CLIENT'],
      [false, 'CLIENT'],
      [true, 'COORDINATOR'],
    ]);
    const times = own.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(times[2]).toBeGreaterThan(Date.now() - 60_000);

    // Another client of the same coordinator sees only their own one decision, not this client's three.
    expect((await history(siblingToken)).map((e) => [e.shareWithEmployers, e.byRole])).toEqual([[true, 'COORDINATOR']]);
    await stack.ok(SET_MY_CONSENT, { value: false }, { token: siblingToken });
    expect(await history(token)).toEqual(own);
    // The query is the client's own: a coordinator (who reads Client.consentHistory instead) is refused.
    expect(codeOf(await stack.gql(MY_CONSENT_HISTORY, {}, { token: coordinator.token }))).toBe('FORBIDDEN');
  });

  it('keeps a client away from matches, lists and every change but their consent', async () => {
    const client = await createClient(stack, coordinator.token);
    const profile = await createProfile(stack, coordinator.token, client.id, SUITABLE);
    const token = await clientToken(client.id);
    const job = await createJob(stack, employer.token);

    const matches = await stack.gql<{ profile: null }>(PROFILE_MATCHES, { id: profile.id }, { token });
    expect(codeOf(matches)).toBe('FORBIDDEN');
    expect(matches.data?.profile).toBeNull();
    // The coordinator reads the same field.
    await stack.ok(PROFILE_MATCHES, { id: profile.id }, { token: coordinator.token });

    const refused: [string, Record<string, unknown>][] = [
      ['{ clients { totalCount } }', {}],
      ['{ profiles { totalCount } }', {}],
      ['{ jobs { totalCount } }', {}],
      [CANDIDATE, { id: profile.id }],
      ['mutation { createClient(input: { displayName: "Uusi" }) { id } }', {}],
      ['mutation($id: ID!) { recordConsent(clientId: $id, shareWithEmployers: true) { id } }', { id: client.id }],
      [ISSUE, { clientId: client.id }],
      [ERASE, { clientId: client.id }],
      ['mutation($id: ID!) { setProfileStatus(id: $id, status: ACTIVE) { id } }', { id: profile.id }],
      [
        `mutation($id: ID!) { createProfile(clientId: $id, input: {
           summary: "x", abilities: [], restrictions: [], accommodationNeeds: [], hoursPerWeekMin: 1,
           hoursPerWeekMax: 2, availability: [], municipalityCode: "091" }) { id } }`,
        { id: client.id },
      ],
      ['mutation($id: ID!) { publishJob(id: $id) { id } }', { id: job.id }],
      ['mutation { createOrganisation(input: { name: "Oma", kind: SERVICE_PROVIDER }) { id } }', {}],
    ];
    for (const [query, variables] of refused) {
      const response = await stack.gql(query, variables, { token });
      expect([query.slice(0, 50), codeOf(response)]).toEqual([query.slice(0, 50), 'FORBIDDEN']);
    }
    // Nothing changed.
    const after = await stack.db.query(
      `SELECT p.status, p.version, c.share_with_employers,
              (SELECT count(*)::int FROM consent_event e WHERE e.client_id = c.id) AS events
         FROM capacity_profile p JOIN client c ON c.id = p.client_id WHERE p.id = $1`,
      [profile.id],
    );
    expect(after.rows).toEqual([{ status: 'DRAFT', version: 1, share_with_employers: false, events: 0 }]);

    // And the client's own operations are for clients only.
    for (const query of [MY_CONSENT, MY_PROFILE_VIEWS]) {
      for (const t of [coordinator.token, employer.token, admin]) {
        expect(codeOf(await stack.gql(query, {}, { token: t }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await stack.gql(query))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await stack.gql(SET_MY_CONSENT, { value: true }, { token: coordinator.token }))).toBe('FORBIDDEN');
  });

  it('shows a client which organisations read their anonymised profile, and when', async () => {
    const started = Date.now();
    const seen = await activeCandidate(stack, coordinator.token, SUITABLE);
    // Not shared with employers: no employer can read it.
    const unseen = await activeCandidate(stack, coordinator.token, SUITABLE, { consent: false });
    const [seenToken, unseenToken] = [await clientToken(seen.clientId), await clientToken(unseen.clientId)];
    expect(
      (await stack.ok<{ myProfileViews: unknown[] }>(MY_PROFILE_VIEWS, {}, { token: seenToken })).myProfileViews,
    ).toEqual([]);

    await employerSees(seen.profileId);
    await stack.ok(CANDIDATE, { id: seen.profileId }, { token: employer.token });

    const views = (
      await stack.ok<{ myProfileViews: { organisationName: string; at: string }[] }>(
        MY_PROFILE_VIEWS,
        {},
        {
          token: seenToken,
        },
      )
    ).myProfileViews;
    expect(views.map((v) => v.organisationName)).toEqual(['Kahvila Katselija Oy', 'Kahvila Katselija Oy']);
    for (const view of views) {
      expect(Date.parse(view.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(view.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(Date.parse(views[0].at)).toBeGreaterThanOrEqual(Date.parse(views[1].at));
    expect(
      (await stack.ok<{ myProfileViews: unknown[] }>(MY_PROFILE_VIEWS, {}, { token: unseenToken })).myProfileViews,
    ).toEqual([]);
  });

  it('logs exactly the candidates a page of an employer’s matches shows, and no coordinator reads', async () => {
    const ids = [
      (await activeCandidate(stack, coordinator.token, SUITABLE)).profileId,
      (await activeCandidate(stack, coordinator.token, SUITABLE)).profileId,
    ];
    const job = await createJob(stack, employer.token, { accommodationCodes: OFFERS_QUIET });
    await publishJob(stack, employer.token, job.id);
    const PAGE = `query($id: ID!, $first: Int) {
      job(id: $id) { matches(first: $first) { pageInfo { hasNextPage } edges { node { candidate { id } } } } }
    }`;
    type Page = {
      job: { matches: { pageInfo: { hasNextPage: boolean }; edges: { node: { candidate: { id: string } } }[] } };
    };
    // Profiles of earlier tests may suit the job too: look at what is added to the log from here on.
    type View = { profile_id: string; user_id: string; operation: string };
    const { rows: marks } = await stack.db.query<{ last: string }>(
      'SELECT coalesce(max(id), 0)::text AS last FROM profile_view',
    );
    const added = async (): Promise<View[]> =>
      (
        await stack.db.query<View>(
          'SELECT profile_id, user_id, operation FROM profile_view WHERE id > $1::bigint ORDER BY id',
          [marks[0].last],
        )
      ).rows;
    // The coordinator waits for both pairs: their reads are not logged.
    await eventually(
      async () => {
        const data = await stack.ok<Page>(PAGE, { id: job.id, first: 100 }, { token: coordinator.token });
        const shown = data.job.matches.edges.map((e) => e.node.candidate.id);
        return ids.every((id) => shown.includes(id)) ? true : undefined;
      },
      30_000,
      'both candidates among the job matches',
    );
    expect(await added()).toEqual([]);

    // A page of one: the row read past it (to tell there is a next page) is not shown, so not logged.
    const page = await stack.ok<Page>(PAGE, { id: job.id, first: 1 }, { token: employer.token });
    expect(page.job.matches.pageInfo.hasNextPage).toBe(true);
    const shown = page.job.matches.edges.map((e) => e.node.candidate.id);
    expect(shown).toHaveLength(1);
    expect(await added()).toEqual([{ profile_id: shown[0], user_id: employer.userId, operation: 'job.matches' }]);
  });

  it('erases a client: identity, profiles and access gone; proposals and the access log kept anonymous', async () => {
    const candidate = await activeCandidate(stack, coordinator.token, SUITABLE);
    const clientId = candidate.clientId;
    const bystander = await activeCandidate(stack, coordinator.token, SUITABLE);
    const token = await clientToken(clientId);
    const clientUserId = (await stack.ok<{ me: { id: string } }>(ME, {}, { token })).me.id;
    await issue(clientId); // a live code besides the used one's row
    const jobId = await employerSees(candidate.profileId);
    await stack.ok(CANDIDATE, { id: candidate.profileId }, { token: employer.token });

    // An offer to the client, and each client proposed to the employer and accepted, with free text on every step.
    await stack.ok(
      OFFER,
      { jobId, profileId: candidate.profileId, message: 'Tämä voisi sopia sinulle, Ilmari.' },
      { token: coordinator.token },
    );
    const proposals = new Map<string, string>();
    for (const who of [candidate, bystander]) {
      // Employers read proposal messages: the client's name ("Ilmari") would be refused as IDENTIFYING_TEXT.
      const { proposeCandidate: proposal } = await stack.ok<{ proposeCandidate: { id: string } }>(
        PROPOSE,
        { jobId, profileId: who.profileId, message: 'Asiakas on luotettava ja täsmällinen.' },
        { token: coordinator.token },
      );
      await stack.ok(RESPOND, { id: proposal.id, note: 'Tavataan maanantaina.' }, { token: employer.token });
      proposals.set(who.clientId, proposal.id);
    }
    const proposalId = proposals.get(clientId) as string;
    const viewIds = (
      await stack.db.query<{ id: string }>('SELECT id FROM profile_view WHERE client_id = $1 ORDER BY id', [clientId])
    ).rows.map((r) => r.id);
    expect(viewIds.length).toBeGreaterThanOrEqual(2);
    const before = await countRowsOf(clientId, candidate.profileId, clientUserId);
    for (const table of [
      'client',
      'client_identity',
      'consent_event',
      'client_access_code',
      'app_user',
      'capacity_profile',
      'match',
      'offer',
    ]) {
      expect([table, before[table] > 0]).toEqual([table, true]);
    }

    // Only a coordinator of the client's own service provider may erase.
    expect(codeOf(await stack.gql(ERASE, { clientId }, { token: other.token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(ERASE, { clientId: 'not-a-uuid' }, { token: coordinator.token }))).toBe('NOT_FOUND');
    for (const t of [employer.token, admin, token]) {
      expect(codeOf(await stack.gql(ERASE, { clientId }, { token: t }))).toBe('FORBIDDEN');
    }
    expect(await countRowsOf(clientId, candidate.profileId, clientUserId)).toEqual(before);

    expect(
      (await stack.ok<{ eraseClient: boolean }>(ERASE, { clientId }, { token: coordinator.token })).eraseClient,
    ).toBe(true);

    // Nothing of the person is left: no row in any table holds the client's, profile's or user's id.
    const after = await countRowsOf(clientId, candidate.profileId, clientUserId);
    expect(Object.entries(after).filter(([, count]) => count > 0)).toEqual([]);

    // The proposal stays for statistics, without its link and free text.
    const proposal = await stack.db.query(
      `SELECT job_id, profile_id, employer_organisation_id, service_provider_id, initiated_by, status, message,
              accepted_at IS NOT NULL AS accepted
         FROM proposal WHERE id = $1`,
      [proposalId],
    );
    expect(proposal.rows).toEqual([
      {
        job_id: jobId,
        profile_id: null,
        employer_organisation_id: employer.organisationId,
        service_provider_id: coordinator.organisationId,
        initiated_by: 'COORDINATOR',
        status: 'ACCEPTED',
        message: null,
        accepted: true,
      },
    ]);
    const events = await stack.db.query(
      'SELECT status, actor_role, note FROM proposal_event WHERE proposal_id = $1 ORDER BY id',
      [proposalId],
    );
    expect(events.rows).toEqual([
      { status: 'AWAITING_EMPLOYER', actor_role: 'COORDINATOR', note: null },
      { status: 'ACCEPTED', actor_role: 'EMPLOYER', note: null },
    ]);

    // The access log keeps what the employer did, and nothing about whom.
    const views = await stack.db.query('SELECT * FROM profile_view WHERE id = ANY($1::bigint[]) ORDER BY id', [
      viewIds,
    ]);
    expect(views.rows).toHaveLength(viewIds.length);
    for (const view of views.rows) {
      expect(view).toMatchObject({
        organisation_id: employer.organisationId,
        user_id: employer.userId,
        profile_id: null,
        client_id: null,
      });
    }
    const dump = JSON.stringify(views.rows);
    for (const trace of [clientId, candidate.profileId, candidate.pseudonym, clientUserId]) {
      expect(dump).not.toContain(trace);
    }

    // Another client of the same provider is untouched, with its proposal’s message and the employer’s note.
    const untouched = await stack.db.query(
      `SELECT p.profile_id, p.message, (SELECT count(*)::int FROM proposal_event e WHERE e.proposal_id = p.id
                                          AND e.note IS NOT NULL) AS notes
         FROM proposal p WHERE p.id = $1`,
      [proposals.get(bystander.clientId)],
    );
    expect(untouched.rows).toEqual([
      { profile_id: bystander.profileId, message: 'Asiakas on luotettava ja täsmällinen.', notes: 1 },
    ]);
    const bystanderClient = await stack.ok<{ client: { displayName: string } }>(
      CLIENT,
      { id: bystander.clientId },
      { token: coordinator.token },
    );
    expect(bystanderClient.client.displayName).toMatch(/^Ilmari Kuvitteellinen/);

    // The client's token no longer works; the client and the candidate are gone for everyone.
    for (const query of [ME, MY_CONSENT]) {
      expect(codeOf(await stack.gql(query, {}, { token }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await stack.gql(CLIENT, { id: clientId }, { token: coordinator.token }))).toBe('NOT_FOUND');
    expect(codeOf(await stack.gql(CANDIDATE, { id: candidate.profileId }, { token: employer.token }))).toBe(
      'NOT_FOUND',
    );
    const matches = await stack.ok<{ job: { matches: { edges: { node: { candidate: { id: string } } }[] } } }>(
      JOB_MATCHES,
      { id: jobId },
      { token: employer.token },
    );
    expect(matches.job.matches.edges.map((e) => e.node.candidate.id)).not.toContain(candidate.profileId);

    // A second erasure finds nothing.
    expect(codeOf(await stack.gql(ERASE, { clientId }, { token: coordinator.token }))).toBe('NOT_FOUND');
  });

  /** Rows per table whose uuid columns hold any of the ids, over every table of the schema. */
  async function countRowsOf(...ids: string[]): Promise<Record<string, number>> {
    const { rows: columns } = await stack.db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'uuid' ORDER BY table_name, column_name`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name, column_name } of columns) {
      byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
    }
    const counts: Record<string, number> = {};
    for (const [table, names] of byTable) {
      const where = names.map((name) => `"${name}" = ANY($1::uuid[])`).join(' OR ');
      const { rows } = await stack.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, [
        ids,
      ]);
      counts[table] = rows[0].n;
    }
    return counts;
  }
});

describe('access code sign-in limits', () => {
  let stack: Stack;
  let coordinator: Account;

  beforeAll(async () => {
    stack = await Stack.start({
      worker: false,
      env: { AUTH_RATE_LIMIT_PER_ADDRESS: '5', AUTH_RATE_LIMIT_PER_ACCOUNT: '3' },
    });
    coordinator = await createCoordinator(stack, await adminToken(stack));
  });
  afterAll(() => stack.stop());

  /** A fresh window: the setup's own sign-ins counted too. */
  const resetLimits = (): Promise<void> => deleteRedisKeys(REDIS_URL, `${stack.redisPrefix}:rl:*`);

  async function newCode(): Promise<{ clientId: string; code: string }> {
    const client = await createClient(stack, coordinator.token);
    const data = await stack.ok<{ issueClientAccessCode: string }>(
      ISSUE,
      { clientId: client.id },
      { token: coordinator.token },
    );
    return { clientId: client.id, code: data.issueClientAccessCode };
  }

  async function isUnused(clientId: string): Promise<boolean> {
    const { rows } = await stack.db.query('SELECT used_at FROM client_access_code WHERE client_id = $1', [clientId]);
    return rows[0].used_at === null;
  }

  it('shares the per-address budget with password sign-in', async () => {
    const [a, b, c] = [await newCode(), await newCode(), await newCode()];
    await resetLimits();
    expect(codeOf(await stack.gql(LOGIN, { code: a.code }))).toBeUndefined();
    expect(codeOf(await stack.gql(LOGIN, { code: 'WRNG-CDE2-XYZ3' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(PASSWORD_LOGIN, { e: coordinator.email, p: PASSWORD }))).toBeUndefined();
    expect(codeOf(await stack.gql(LOGIN, { code: 'WRNG-CDE2-XYZ4' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await stack.gql(LOGIN, { code: b.code }))).toBeUndefined();

    // The sixth attempt from this address is refused, even with a good code, which stays unused.
    const limited = await stack.gql(LOGIN, { code: c.code });
    expect(limited.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(await isUnused(c.clientId)).toBe(true);
    expect(codeOf(await stack.gql(PASSWORD_LOGIN, { e: coordinator.email, p: PASSWORD }))).toBe('RATE_LIMITED');
  });

  it('counts wrong codes per address on their own', async () => {
    const good = await newCode();
    await resetLimits();
    for (const code of ['WRNG-CDE2-XYZ5', 'nothing', 'WRNG-CDE2-XYZ6']) {
      expect(codeOf(await stack.gql(LOGIN, { code }))).toBe('UNAUTHENTICATED');
    }
    // Four attempts are within the address budget of five, but three were wrong codes.
    expect(codeOf(await stack.gql(LOGIN, { code: good.code }))).toBe('RATE_LIMITED');
    expect(await isUnused(good.clientId)).toBe(true);
    // Password sign-in from the address still has its budget left.
    expect(codeOf(await stack.gql(PASSWORD_LOGIN, { e: coordinator.email, p: PASSWORD }))).toBeUndefined();
  });
});
