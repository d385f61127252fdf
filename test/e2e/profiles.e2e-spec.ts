import { forgedCursor } from '../utils/forged';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import {
  createClient,
  createProfile,
  profileInput,
  type ProfileInput,
  recordConsent,
  setProfileStatus,
} from '../factories/profiles';
import { signInClient } from '../factories/world';
import { eventually, type GraphQLResponse, Stack } from '../utils/stack';
import { codeOf, sortedFieldsOf } from '../utils/errors';
import { REDIS_URL } from '../utils/test-env';
import { SCORER_VERSION } from '../../src/matching/scorer-version';

const JWT_SECRET = 'profiles-e2e-secret-at-least-32-characters-long';
const PSEUDONYM = /^C-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/;

const CLIENT_FIELDS = `id displayName contactEmail preferredLanguage consent { shareWithEmployers changedAt }
  profiles { id status }`;
const PROFILE_FIELDS = `
  id pseudonym status summary
  abilities { taskType { code } experience }
  restrictions { demand { code } maxLevel }
  accommodationNeeds { accommodation { code category } necessity }
  hoursPerWeekMin hoursPerWeekMax availability { day start end }
  municipalityCode maxCommuteKm remoteOnly languages version updatedAt
  client { id displayName }
  matching { upToDate scoredVersion scoredAt candidatesScored }
`;

const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
const CLIENTS = `query($first: Int, $after: String) {
  clients(first: $first, after: $after) {
    edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const RECORD_CONSENT = `mutation($clientId: ID!, $value: Boolean!) {
  recordConsent(clientId: $clientId, shareWithEmployers: $value) { id consent { shareWithEmployers changedAt } }
}`;
const CREATE_PROFILE = `mutation($clientId: ID!, $input: ProfileInput!) {
  createProfile(clientId: $clientId, input: $input) { ${PROFILE_FIELDS} }
}`;
const UPDATE_PROFILE = `mutation($id: ID!, $input: ProfileInput!, $expectedVersion: Int) {
  updateProfile(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PROFILE_FIELDS} }
}`;
const SET_STATUS = `mutation($id: ID!, $status: ProfileStatus!) {
  setProfileStatus(id: $id, status: $status) { status version }
}`;
const PROFILE = `query($id: ID!) { profile(id: $id) { ${PROFILE_FIELDS} } }`;
const PROFILES = `query($status: ProfileStatus, $first: Int, $after: String) {
  profiles(status: $status, first: $first, after: $after) {
    edges { cursor node { id status } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

interface Profile {
  id: string;
  pseudonym: string;
  status: string;
  summary: string;
  abilities: { taskType: { code: string }; experience: number }[];
  restrictions: { demand: { code: string }; maxLevel: number }[];
  accommodationNeeds: { accommodation: { code: string; category: string }; necessity: string }[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availability: { day: string; start: string; end: string }[];
  municipalityCode: string;
  maxCommuteKm: number | null;
  remoteOnly: boolean;
  languages: string[];
  version: number;
  updatedAt: string;
  client: { id: string; displayName: string };
  matching: { upToDate: boolean; scoredVersion: number | null; scoredAt: string | null; candidatesScored: number };
}

interface Client {
  id: string;
  displayName: string;
  contactEmail: string | null;
  preferredLanguage: string;
  consent: { shareWithEmployers: boolean; changedAt: string | null };
  profiles: { id: string; status: string }[];
}

interface Page {
  edges: { cursor: string; node: { id: string; status?: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const messagesOf = (response: GraphQLResponse, field: string): string[] =>
  (response.errors?.[0]?.extensions?.fields ?? []).filter((f) => f.field === field).map((f) => f.message);

describe('clients and profiles', () => {
  let stack: Stack;
  let admin: string;
  let coordinator: Account;
  let colleague: Account;
  let other: Account;
  let employer: Account;

  beforeAll(async () => {
    stack = await Stack.start({ env: { JWT_SECRET } });
    admin = await adminToken(stack);
    coordinator = await createCoordinator(stack, admin);
    [colleague, other, employer] = await Promise.all([
      createCoordinator(stack, admin, coordinator.organisationId),
      createCoordinator(stack, admin),
      signUpEmployer(stack),
    ]);
  });
  afterAll(() => stack.stop());

  async function newClient(input: Record<string, unknown>, token = coordinator.token): Promise<Client> {
    return (await stack.ok<{ createClient: Client }>(CREATE_CLIENT, { input }, { token })).createClient;
  }

  async function newProfile(clientId: string, overrides: Partial<ProfileInput> = {}): Promise<Profile> {
    const data = await stack.ok<{ createProfile: Profile }>(
      CREATE_PROFILE,
      { clientId, input: profileInput(overrides) },
      { token: coordinator.token },
    );
    return data.createProfile;
  }

  /** A CLIENT user of a client, signed in the way clients are: a one-time code from their coordinator. */
  async function clientUserToken(clientId: string): Promise<string> {
    return (await signInClient(stack, coordinator.token, clientId)).token;
  }

  it('creates a client with its identity decrypted for its own service provider and consent off', async () => {
    const client = await newClient({
      displayName: '  Maija Meikäläinen ',
      contactEmail: 'maija.meikalainen@example.fi',
      preferredLanguage: 'SV',
    });
    expect(client).toEqual({
      id: expect.any(String),
      displayName: 'Maija Meikäläinen',
      contactEmail: 'maija.meikalainen@example.fi',
      preferredLanguage: 'SV',
      consent: { shareWithEmployers: false, changedAt: null },
      profiles: [],
    });
    // A colleague at the same service provider sees the same client.
    const seen = await stack.ok<{ client: Client }>(CLIENT, { id: client.id }, { token: colleague.token });
    expect(seen.client).toEqual(client);

    const minimal = await newClient({ displayName: 'Pekka Puupää' });
    expect(minimal).toMatchObject({ displayName: 'Pekka Puupää', contactEmail: null, preferredLanguage: 'FI' });

    const bad = await stack.gql(
      CREATE_CLIENT,
      { input: { displayName: '   ', contactEmail: 'not an email' } },
      { token: coordinator.token },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(sortedFieldsOf(bad)).toEqual(['input.contactEmail', 'input.displayName']);
    const long = await stack.gql(
      CREATE_CLIENT,
      { input: { displayName: 'x'.repeat(201), contactEmail: `${'a'.repeat(250)}@b.fi` } },
      { token: coordinator.token },
    );
    expect([...new Set(sortedFieldsOf(long))]).toEqual(['input.contactEmail', 'input.displayName']);
  });

  it('keeps the identity encrypted at rest and bound to its own row', async () => {
    const name = 'Salli Salainen';
    const email = 'salli.salainen@example.fi';
    const a = await newClient({ displayName: name, contactEmail: email });
    const b = await newClient({ displayName: 'Toinen Henkilö' });

    const { rows } = await stack.db.query<{ display_name: Buffer; contact_email: Buffer }>(
      'SELECT display_name, contact_email FROM client_identity WHERE client_id = $1',
      [a.id],
    );
    expect(rows).toHaveLength(1);
    for (const stored of [rows[0].display_name, rows[0].contact_email]) {
      expect(Buffer.isBuffer(stored)).toBe(true);
      for (const plain of [name, email, 'Salainen', 'salli']) {
        expect(stored.includes(Buffer.from(plain, 'utf8'))).toBe(false);
        expect(stored.toString('latin1').toLowerCase()).not.toContain(plain.toLowerCase());
      }
    }
    const clientRow = await stack.db.query('SELECT row_to_json(c)::text AS json FROM client c WHERE id = $1', [a.id]);
    expect(clientRow.rows[0].json).not.toContain('Salainen');

    // A ciphertext moved to another client's row does not open there: an error, never the other person's name.
    await stack.db.query(
      `UPDATE client_identity SET display_name = (SELECT display_name FROM client_identity WHERE client_id = $1)
        WHERE client_id = $2`,
      [a.id, b.id],
    );
    const moved = await stack.gql<{ client: Client | null }>(
      `query($id: ID!) { client(id: $id) { id displayName } }`,
      { id: b.id },
      { token: coordinator.token },
    );
    expect(moved.errors?.length).toBeGreaterThan(0);
    expect(moved.data?.client ?? null).toBeNull();
    expect(JSON.stringify(moved)).not.toContain('Salainen');
    // The owner's identity still opens.
    expect(
      (await stack.ok<{ client: Client }>(CLIENT, { id: a.id }, { token: coordinator.token })).client,
    ).toMatchObject({ displayName: name, contactEmail: email });
    // Nothing identity-related reached the logs.
    expect(stack.api.logs).not.toContain('Salainen');
    expect(stack.api.logs).not.toContain(email);
  });

  it('records consent, logging every decision with who made it', async () => {
    const client = await newClient({ displayName: 'Kalle Kuvitelma' });
    const profile = await newProfile(client.id);

    const first = await stack.ok<{ recordConsent: { consent: Client['consent'] } }>(
      RECORD_CONSENT,
      { clientId: client.id, value: true },
      { token: coordinator.token },
    );
    expect(first.recordConsent.consent.shareWithEmployers).toBe(true);
    const changedAt = first.recordConsent.consent.changedAt;
    expect(changedAt).not.toBeNull();
    expect(Math.abs(Date.parse(changedAt as string) - Date.now())).toBeLessThan(60_000);

    // The same decision again changes nothing but is logged too.
    const again = await recordConsent(stack, colleague.token, client.id, true);
    expect(again).toEqual({ shareWithEmployers: true, changedAt });

    const events = async () =>
      (
        await stack.db.query<{ share_with_employers: boolean; actor_user_id: string; actor_role: string; at: Date }>(
          'SELECT share_with_employers, actor_user_id, actor_role, at FROM consent_event WHERE client_id = $1 ORDER BY id',
          [client.id],
        )
      ).rows;
    expect(await events()).toEqual([
      {
        share_with_employers: true,
        actor_user_id: coordinator.userId,
        actor_role: 'COORDINATOR',
        at: expect.any(Date),
      },
      { share_with_employers: true, actor_user_id: colleague.userId, actor_role: 'COORDINATOR', at: expect.any(Date) },
    ]);
    expect((await events())[0].at.toISOString()).toBe(changedAt);

    const withdrawn = await recordConsent(stack, coordinator.token, client.id, false);
    expect(withdrawn.shareWithEmployers).toBe(false);
    expect(Date.parse(withdrawn.changedAt as string)).toBeGreaterThan(Date.parse(changedAt as string));
    expect((await events()).map((e) => e.share_with_employers)).toEqual([true, true, false]);

    // Consent is read at read time by employer-facing queries: it does not version the profile.
    const read = await stack.ok<{ profile: Profile }>(PROFILE, { id: profile.id }, { token: coordinator.token });
    expect(read.profile.version).toBe(1);
    const seen = await stack.ok<{ client: Client }>(CLIENT, { id: client.id }, { token: coordinator.token });
    expect(seen.client.consent).toEqual(withdrawn);
  });

  it('creates a DRAFT profile at version 1 with a pseudonym, stored in canonical order', async () => {
    const client = await newClient({ displayName: 'Veikko Virtanen' });
    const profile = await newProfile(client.id, {
      abilities: [
        { taskTypeCode: 'packing', experience: 0 },
        { taskTypeCode: 'dishwashing', experience: 2 },
      ],
      restrictions: [
        { demandCode: 'd4300', maxLevel: 1 },
        { demandCode: 'b130', maxLevel: 2 },
      ],
      availability: [
        { day: 'WED', start: '08:00', end: '14:00' },
        { day: 'MON', start: '12:00', end: '14:00' },
        { day: 'MON', start: '08:00', end: '11:00' },
      ],
      languages: ['fi', 'sv'],
      maxCommuteKm: null,
      remoteOnly: null,
    });
    expect(profile).toEqual({
      id: expect.any(String),
      pseudonym: expect.stringMatching(PSEUDONYM),
      status: 'DRAFT',
      summary: profileInput().summary,
      abilities: [
        { taskType: { code: 'dishwashing' }, experience: 2 },
        { taskType: { code: 'packing' }, experience: 0 },
      ],
      restrictions: [
        { demand: { code: 'b130' }, maxLevel: 2 },
        { demand: { code: 'd4300' }, maxLevel: 1 },
      ],
      accommodationNeeds: [
        { accommodation: { code: 'sched.extra_breaks', category: 'SCHEDULE' }, necessity: 'PREFERRED' },
        { accommodation: { code: 'env.quiet', category: 'WORKSPACE' }, necessity: 'REQUIRED' },
      ],
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 20,
      availability: [
        { day: 'MON', start: '08:00', end: '11:00' },
        { day: 'MON', start: '12:00', end: '14:00' },
        { day: 'WED', start: '08:00', end: '14:00' },
      ],
      municipalityCode: '091',
      maxCommuteKm: null,
      remoteOnly: false,
      languages: ['fi', 'sv'],
      version: 1,
      updatedAt: expect.any(String),
      client: { id: client.id, displayName: 'Veikko Virtanen' },
      matching: { upToDate: false, scoredVersion: null, scoredAt: null, candidatesScored: 0 },
    });

    const { rows } = await stack.db.query(
      `SELECT service_provider_id, client_id, required_mask, octet_length(features) AS feature_bytes, created_by
         FROM capacity_profile WHERE id = $1`,
      [profile.id],
    );
    expect(rows[0]).toMatchObject({
      service_provider_id: coordinator.organisationId,
      client_id: client.id,
      created_by: coordinator.userId,
    });
    expect(rows[0].required_mask).not.toBe(0);
    expect(rows[0].feature_bytes).toBeGreaterThan(0);

    // A client may have several profiles, each with its own pseudonym; Client.profiles lists them newest first.
    const second = await newProfile(client.id);
    expect(second.pseudonym).toMatch(PSEUDONYM);
    expect(second.pseudonym).not.toBe(profile.pseudonym);
    const seen = await stack.ok<{ client: Client }>(CLIENT, { id: client.id }, { token: coordinator.token });
    expect(seen.client.profiles).toEqual([
      { id: second.id, status: 'DRAFT' },
      { id: profile.id, status: 'DRAFT' },
    ]);
  });

  it('bumps the version with every change and refuses a stale expectedVersion', async () => {
    const client = await createClient(stack, coordinator.token);
    const created = await newProfile(client.id);
    const update = (input: ProfileInput, expectedVersion?: number) =>
      stack.gql<{ updateProfile: Profile }>(
        UPDATE_PROFILE,
        { id: created.id, input, expectedVersion },
        { token: coordinator.token },
      );

    const changed = profileInput({ summary: 'Pakkaa ja lajittelee huolellisesti.', hoursPerWeekMax: 25 });
    const v2 = await update(changed, 1);
    expect(v2.errors).toBeUndefined();
    expect(v2.data?.updateProfile).toMatchObject({
      id: created.id,
      pseudonym: created.pseudonym,
      status: 'DRAFT',
      summary: 'Pakkaa ja lajittelee huolellisesti.',
      hoursPerWeekMax: 25,
      version: 2,
    });
    expect(Date.parse(v2.data!.updateProfile.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));

    const stale = await update(profileInput({ summary: 'Myöhästynyt muutos.' }), 1);
    expect(codeOf(stale)).toBe('CONFLICT');
    const read = await stack.ok<{ profile: Profile }>(PROFILE, { id: created.id }, { token: coordinator.token });
    expect(read.profile).toMatchObject({ version: 2, summary: 'Pakkaa ja lajittelee huolellisesti.' });

    // Without expectedVersion the last writer wins, still as a new version.
    const v3 = await update(profileInput());
    expect(v3.data?.updateProfile.version).toBe(3);

    // Two editors of version 3 at once: exactly one wins.
    const race = await Promise.all([update(profileInput({ summary: 'Ensimmäinen.' }), 3), update(profileInput(), 3)]);
    expect(race.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    const after = await stack.ok<{ profile: Profile }>(PROFILE, { id: created.id }, { token: coordinator.token });
    expect(after.profile.version).toBe(4);
  });

  it('asks for scoring of every committed version, and the worker catches up', async () => {
    const client = await createClient(stack, coordinator.token);
    const redis = new Redis(REDIS_URL);
    const queued = (id: string, version: number) =>
      redis.exists(`${stack.redisPrefix}:scoring:profile-${id}-v${version}-s${SCORER_VERSION}`);
    // With the worker (and its reconciler) stopped, only the API's own requests can put scoring jobs on the queue.
    await Promise.all(stack.workers.map((worker) => worker.stop()));
    let profileId: string;
    try {
      const profile = await createProfile(stack, coordinator.token, client.id);
      profileId = profile.id;
      await stack.ok(
        UPDATE_PROFILE,
        { id: profile.id, input: profileInput(), expectedVersion: 1 },
        { token: coordinator.token },
      );
      await setProfileStatus(stack, coordinator.token, profile.id, 'ACTIVE');
      expect(await Promise.all([1, 2, 3].map((version) => queued(profile.id, version)))).toEqual([1, 1, 1]);
      // Consent is not an input of matching: it asks for no scoring.
      await recordConsent(stack, coordinator.token, client.id, true);
      expect(await queued(profile.id, 4)).toBe(0);
    } finally {
      redis.disconnect();
      await stack.startWorker();
    }
    const scored = await eventually(
      async () => {
        const read = await stack.ok<{ profile: Profile }>(PROFILE, { id: profileId }, { token: coordinator.token });
        return read.profile.matching.upToDate ? read.profile.matching : undefined;
      },
      20_000,
      'the worker to score version 3',
    );
    expect(scored.scoredVersion).toBe(3);
  });

  it('allows the status moves of a profile and refuses the others', async () => {
    const client = await createClient(stack, coordinator.token);
    const profile = await createProfile(stack, coordinator.token, client.id);
    const move = (status: string) =>
      stack.gql<{ setProfileStatus: { status: string; version: number } }>(
        SET_STATUS,
        { id: profile.id, status },
        { token: coordinator.token },
      );
    const refused = async (status: string, message: RegExp) => {
      const response = await move(status);
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.errors?.[0].message).toMatch(message);
    };

    await refused('PAUSED', /DRAFT profile cannot become PAUSED/);
    await refused('PLACED', /DRAFT profile cannot become PLACED/);
    await refused('DRAFT', /already DRAFT/);
    const steps: [string, number][] = [
      ['ACTIVE', 2],
      ['PAUSED', 3],
      ['ACTIVE', 4],
      ['PLACED', 5],
      ['ACTIVE', 6],
    ];
    for (const [status, version] of steps) {
      expect((await move(status)).data?.setProfileStatus).toEqual({ status, version });
    }
    await refused('ACTIVE', /already ACTIVE/);
    await refused('DRAFT', /ACTIVE profile cannot become DRAFT/);
    expect((await move('PAUSED')).data?.setProfileStatus).toEqual({ status: 'PAUSED', version: 7 });
    expect((await move('PLACED')).data?.setProfileStatus).toEqual({ status: 'PLACED', version: 8 });
    await refused('PAUSED', /PLACED profile cannot become PAUSED/);
    expect((await move('ARCHIVED')).data?.setProfileStatus).toEqual({ status: 'ARCHIVED', version: 9 });
    for (const status of ['ACTIVE', 'DRAFT', 'PAUSED', 'PLACED'])
      await refused(status, /archived profile cannot change/);
    await refused('ARCHIVED', /already ARCHIVED/);

    const update = await stack.gql(
      UPDATE_PROFILE,
      { id: profile.id, input: profileInput(), expectedVersion: 9 },
      { token: coordinator.token },
    );
    expect(codeOf(update)).toBe('CONFLICT');

    // A DRAFT profile may be archived directly.
    const draft = await createProfile(stack, coordinator.token, client.id);
    expect((await setProfileStatus(stack, coordinator.token, draft.id, 'ARCHIVED')).version).toBe(2);
  });

  it('names every bad field of a profile in one error, and why', async () => {
    const client = await newClient({ displayName: 'Maija Meikäläinen', contactEmail: 'maija@example.fi' });
    const create = (input: ProfileInput) =>
      stack.gql(CREATE_PROFILE, { clientId: client.id, input }, { token: coordinator.token });

    const many = await create(
      profileInput({
        summary: 'Maija Meikäläinen, puh. 040 123 4567, hetu 131052-308T.',
        abilities: [
          { taskTypeCode: 'dishwashing', experience: 2 },
          { taskTypeCode: 'juggling', experience: 1 },
          { taskTypeCode: 'dishwashing', experience: 3 },
        ],
        restrictions: [
          { demandCode: 'd4300', maxLevel: 5 },
          { demandCode: 'd4300', maxLevel: 1 },
          { demandCode: 'z999', maxLevel: 1 },
        ],
        accommodationNeeds: [
          { accommodationCode: 'env.quiet', necessity: 'REQUIRED' },
          { accommodationCode: 'env.quiet', necessity: 'PREFERRED' },
          { accommodationCode: 'env.disco', necessity: 'REQUIRED' },
        ],
        hoursPerWeekMin: 0,
        hoursPerWeekMax: 41,
        availability: [
          { day: 'MON', start: '08:00', end: '12:00' },
          { day: 'MON', start: '11:00', end: '13:00' },
          { day: 'TUE', start: '14:00', end: '10:00' },
        ],
        municipalityCode: '999',
        maxCommuteKm: 501,
        languages: ['fi', 'FI', 'fi', 'english'],
      }),
    );
    expect(codeOf(many)).toBe('BAD_USER_INPUT');
    expect(sortedFieldsOf(many)).toEqual(
      [
        'input.summary',
        'input.summary',
        'input.summary',
        'input.abilities[1].taskTypeCode',
        'input.abilities[2].taskTypeCode',
        'input.abilities[2].experience',
        'input.restrictions[0].maxLevel',
        'input.restrictions[1].demandCode',
        'input.restrictions[2].demandCode',
        'input.accommodationNeeds[1].accommodationCode',
        'input.accommodationNeeds[2].accommodationCode',
        'input.hoursPerWeekMin',
        'input.hoursPerWeekMax',
        'input.availability[1]',
        'input.availability[2]',
        'input.municipalityCode',
        'input.maxCommuteKm',
        'input.languages[1]',
        'input.languages[2]',
        'input.languages[3]',
      ].sort(),
    );
    expect(messagesOf(many, 'input.summary').sort()).toEqual([
      'must not identify the person: it contains a Finnish personal identity code (henkilötunnus)',
      'must not identify the person: it contains a phone number (7 or more digits)',
      "must not identify the person: it contains the client's name",
    ]);
    expect(messagesOf(many, 'input.abilities[2].taskTypeCode')).toEqual(['is listed twice']);
    expect(messagesOf(many, 'input.availability[1]')).toEqual(['overlaps another window on MON']);

    const repeat = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));
    const tooMany = await create(
      profileInput({
        // (a blank summary is a draft's, not a problem: profiles-drafts.e2e-spec.ts)
        summary: 'x'.repeat(2001),
        abilities: repeat(65, () => ({ taskTypeCode: 'dishwashing', experience: 1 })),
        restrictions: repeat(31, () => ({ demandCode: 'd4300', maxLevel: 1 })),
        accommodationNeeds: repeat(28, () => ({ accommodationCode: 'env.quiet', necessity: 'REQUIRED' as const })),
        hoursPerWeekMin: 30,
        hoursPerWeekMax: 20,
        availability: [{ day: 'MON', start: '08:00', end: '10:00' }],
        maxCommuteKm: -1,
        languages: repeat(11, (i) => `a${String.fromCharCode(97 + i)}`),
      }),
    );
    expect(sortedFieldsOf(tooMany)).toEqual(
      [
        'input.summary',
        'input.abilities',
        'input.restrictions',
        'input.accommodationNeeds',
        'input.hoursPerWeekMin',
        'input.availability',
        'input.maxCommuteKm',
        'input.languages',
      ].sort(),
    );
    expect(messagesOf(tooMany, 'input.hoursPerWeekMin')).toEqual(['must not be more than hoursPerWeekMax']);

    const fewHours = await create(
      profileInput({ hoursPerWeekMin: 10, availability: [{ day: 'MON', start: '08:00', end: '12:30' }] }),
    );
    expect(fewHours.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'input.availability',
        message: 'offers 4.5 hours a week, fewer than hoursPerWeekMin (10)',
        reason: 'INCONSISTENT',
      },
    ]);

    const windows = await create(
      profileInput({
        summary: 'x'.repeat(2001),
        availability: repeat(22, (i) => ({
          day: 'MON',
          start: `${String(i).padStart(2, '0')}:00`,
          end: `${String(i).padStart(2, '0')}:30`,
        })),
      }),
    );
    expect(sortedFieldsOf(windows)).toEqual(['input.availability', 'input.summary']);
    // No window at all is a draft not finished yet: saved (profiles-drafts.e2e-spec.ts), refused on activation.
    expect((await create(profileInput({ availability: [] }))).errors).toBeUndefined();

    const emails = await create(profileInput({ summary: 'Yhteys: MAIJA@example.fi tai ohjaaja@palvelu.fi' }));
    expect(messagesOf(emails, 'input.summary').sort()).toEqual([
      'must not identify the person: it contains an email address',
      "must not identify the person: it contains the client's email address",
    ]);
    const surname = await create(profileInput({ summary: 'Meikäläinen pitää puutarhatöistä.' }));
    expect(messagesOf(surname, 'input.summary')).toEqual([
      "must not identify the person: it contains the client's name",
    ]);

    // A time that is not HH:MM in 15-minute steps is caught by the shared TimeWindowInput, with its path.
    const time = await create(profileInput({ availability: [{ day: 'MON', start: '8:00', end: '12:10' }] }));
    expect(sortedFieldsOf(time)).toEqual(['input.availability[0].end', 'input.availability[0].start']);

    // updateProfile checks the same rules, against the profile's own client.
    const profile = await newProfile(client.id);
    const update = await stack.gql(
      UPDATE_PROFILE,
      { id: profile.id, input: profileInput({ summary: 'Soita 0401234567.', municipalityCode: '000' }) },
      { token: coordinator.token },
    );
    expect(sortedFieldsOf(update)).toEqual(['input.municipalityCode', 'input.summary']);
    const unchanged = await stack.ok<{ profile: Profile }>(PROFILE, { id: profile.id }, { token: coordinator.token });
    expect(unchanged.profile.version).toBe(1);
  });

  it('shows clients and profiles to their own service provider only', async () => {
    const client = await newClient({ displayName: 'Oma Asiakas' });
    const profile = await newProfile(client.id);
    const ids = { client: client.id, profile: profile.id };
    const operations: [string, Record<string, unknown>][] = [
      [CLIENT, { id: ids.client }],
      [PROFILE, { id: ids.profile }],
      [RECORD_CONSENT, { clientId: ids.client, value: true }],
      [CREATE_PROFILE, { clientId: ids.client, input: profileInput() }],
      [UPDATE_PROFILE, { id: ids.profile, input: profileInput() }],
      [SET_STATUS, { id: ids.profile, status: 'ACTIVE' }],
    ];

    // Another service provider's coordinator: NOT_FOUND, as for ids that do not exist or are not ids at all.
    for (const [query, variables] of operations) {
      const response = await stack.gql(query, variables, { token: other.token });
      expect([query.slice(0, 40), codeOf(response)]).toEqual([query.slice(0, 40), 'NOT_FOUND']);
      expect(JSON.stringify(response)).not.toContain('Oma Asiakas');
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', "1' OR '1'='1"]) {
      const unknown: [string, Record<string, unknown>][] = [
        [CLIENT, { id }],
        [PROFILE, { id }],
        [RECORD_CONSENT, { clientId: id, value: true }],
        [CREATE_PROFILE, { clientId: id, input: profileInput() }],
        [UPDATE_PROFILE, { id, input: profileInput() }],
        [SET_STATUS, { id, status: 'ACTIVE' }],
      ];
      for (const [query, variables] of unknown) {
        expect(codeOf(await stack.gql(query, variables, { token: coordinator.token }))).toBe('NOT_FOUND');
      }
    }
    const lists = await stack.ok<{ clients: Page; profiles: Page }>(
      `{ clients(first: 100) { edges { node { id } } totalCount } profiles(first: 100) { edges { node { id } } totalCount } }`,
      {},
      { token: other.token },
    );
    expect(lists.clients).toEqual({ edges: [], totalCount: 0 });
    expect(lists.profiles).toEqual({ edges: [], totalCount: 0 });

    // Employers and admins are refused by role, and so is a client but for their own record; anonymous callers
    // must sign in.
    const clientUser = await clientUserToken(client.id);
    const everything: [string, Record<string, unknown>][] = [
      ...operations,
      [CREATE_CLIENT, { input: { displayName: 'Joku' } }],
      [CLIENTS, {}],
      [PROFILES, {}],
    ];
    for (const [token, code] of [
      [employer.token, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [clientUser, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of everything) {
        const own = token === clientUser && (query === CLIENT || query === PROFILE);
        const response = await stack.gql(query, variables, { token });
        expect([query.slice(0, 40), codeOf(response)]).toEqual([query.slice(0, 40), own ? undefined : code]);
      }
    }
    // Nothing was changed by the refused calls.
    const after = await stack.ok<{ profile: Profile }>(PROFILE, { id: profile.id }, { token: coordinator.token });
    expect(after.profile).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('pages through clients and profiles newest first, with totalCount', async () => {
    const fresh = await createCoordinator(stack, admin);
    const clientIds: string[] = [];
    for (let i = 0; i < 5; i++) clientIds.push((await createClient(stack, fresh.token)).id);
    const profileIds: string[] = [];
    for (let i = 0; i < 5; i++) profileIds.push((await createProfile(stack, fresh.token, clientIds[i % 2])).id);
    await setProfileStatus(stack, fresh.token, profileIds[1], 'ACTIVE');
    await setProfileStatus(stack, fresh.token, profileIds[3], 'ACTIVE');

    async function walk(query: string, key: 'clients' | 'profiles', variables: Record<string, unknown>) {
      const seen: string[] = [];
      const pages: number[] = [];
      let after: string | null = null;
      for (;;) {
        const data: Record<string, Page> = await stack.ok<Record<string, Page>>(
          query,
          { ...variables, first: 2, after },
          { token: fresh.token },
        );
        const page: Page = data[key];
        seen.push(...page.edges.map((e) => e.node.id));
        pages.push(page.edges.length);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) return { seen, pages, totalCount: page.totalCount };
        after = page.pageInfo.endCursor;
      }
    }

    expect(await walk(CLIENTS, 'clients', {})).toEqual({
      seen: [...clientIds].reverse(),
      pages: [2, 2, 1],
      totalCount: 5,
    });
    expect(await walk(PROFILES, 'profiles', {})).toEqual({
      seen: [...profileIds].reverse(),
      pages: [2, 2, 1],
      totalCount: 5,
    });
    expect(await walk(PROFILES, 'profiles', { status: 'ACTIVE' })).toEqual({
      seen: [profileIds[3], profileIds[1]],
      pages: [2],
      totalCount: 2,
    });
    expect(await walk(PROFILES, 'profiles', { status: 'PAUSED' })).toEqual({ seen: [], pages: [0], totalCount: 0 });

    const badCursor = await stack.gql(CLIENTS, { first: 2, after: 'bm90LWEtY3Vyc29y' }, { token: fresh.token });
    expect(badCursor.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: 'is not a cursor from this list', reason: 'INVALID_CURSOR' }],
    });
    const forged = forgedCursor(["2026-01-01'; DROP TABLE client; --", clientIds[0]]);
    expect(codeOf(await stack.gql(CLIENTS, { first: 2, after: forged }, { token: fresh.token }))).toBe(
      'BAD_USER_INPUT',
    );
    const impossibleDay = forgedCursor(['2026-02-30T10:00:00.000000Z', clientIds[0]]);
    expect(codeOf(await stack.gql(CLIENTS, { first: 2, after: impossibleDay }, { token: fresh.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await stack.gql(CLIENTS, { first: 101 }, { token: fresh.token }))).toBe('BAD_USER_INPUT');
  });
});
