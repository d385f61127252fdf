import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { scored } from '../factories/matching';
import { createClient, profileInput } from '../factories/profiles';
import { codeOf, fieldReasonsOf, reasonOf } from '../utils/errors';
import { Stack } from '../utils/stack';

const JWT_SECRET = 'profile-drafts-e2e-secret-at-least-32-characters';

const FIELDS = `id status version summary hoursPerWeekMin hoursPerWeekMax availability { day start end }
  municipalityCode missingFields matching { upToDate scoredVersion candidatesScored }`;
const CREATE = `mutation($clientId: ID!, $input: ProfileInput!) { createProfile(clientId: $clientId, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { ${FIELDS} } }`;
const SET_STATUS = `mutation($id: ID!, $status: ProfileStatus!) { setProfileStatus(id: $id, status: $status) { ${FIELDS} } }`;
const PROFILE = `query($id: ID!) { profile(id: $id) { ${FIELDS} } }`;

interface Draft {
  id: string;
  status: string;
  version: number;
  summary: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availability: { day: string; start: string; end: string }[];
  municipalityCode: string;
  missingFields: string[];
  matching: { upToDate: boolean; scoredVersion: number | null; candidatesScored: number };
}

const ALL_MISSING = ['summary', 'hoursPerWeekMin', 'hoursPerWeekMax', 'availability', 'municipalityCode'];

/** A ProfileInput with nothing filled in: the lists empty, the rest left out. */
const EMPTY = { summary: '', abilities: [], restrictions: [], accommodationNeeds: [], availability: [] };

describe('incomplete draft profiles', () => {
  let stack: Stack;
  let coordinator: Account;

  beforeAll(async () => {
    stack = await Stack.start({ env: { JWT_SECRET } });
    coordinator = await createCoordinator(stack, await adminToken(stack));
  });
  afterAll(() => stack.stop());

  async function createDraft(input: Record<string, unknown>): Promise<Draft> {
    const client = await createClient(stack, coordinator.token);
    const data = await stack.ok<{ createProfile: Draft }>(
      CREATE,
      { clientId: client.id, input },
      { token: coordinator.token },
    );
    return data.createProfile;
  }

  const setStatus = (id: string, status: string) =>
    stack.gql<{ setProfileStatus: Draft }>(SET_STATUS, { id, status }, { token: coordinator.token });

  it('saves a draft with nothing filled in, shown as unset and with everything missing', async () => {
    const draft = await createDraft(EMPTY);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      summary: '',
      hoursPerWeekMin: 0,
      hoursPerWeekMax: 0,
      availability: [],
      municipalityCode: '',
      missingFields: ALL_MISSING,
    });
    const { rows } = await stack.db.query(
      `SELECT hours_min, hours_max, municipality_code, required_mask, features FROM capacity_profile WHERE id = $1`,
      [draft.id],
    );
    expect(rows).toEqual([
      { hours_min: null, hours_max: null, municipality_code: null, required_mask: null, features: null },
    ]);
    // Explicit nulls are the same as leaving the fields out.
    const nulls = await createDraft({ ...EMPTY, hoursPerWeekMin: null, hoursPerWeekMax: null, municipalityCode: null });
    expect(nulls.missingFields).toEqual(ALL_MISSING);
  });

  it('saves a draft with only a summary, and lists what is still missing', async () => {
    const draft = await createDraft({ ...EMPTY, summary: 'Pitää rauhallisesta työstä aamuisin.' });
    expect(draft.summary).toBe('Pitää rauhallisesta työstä aamuisin.');
    expect(draft.missingFields).toEqual(['hoursPerWeekMin', 'hoursPerWeekMax', 'availability', 'municipalityCode']);

    // Filling in a part of it leaves the rest in the list.
    const update = await stack.ok<{ updateProfile: Draft }>(
      UPDATE,
      { id: draft.id, input: { ...EMPTY, summary: draft.summary, hoursPerWeekMax: 20, municipalityCode: '091' } },
      { token: coordinator.token },
    );
    expect(update.updateProfile).toMatchObject({
      version: 2,
      hoursPerWeekMin: 0,
      hoursPerWeekMax: 20,
      municipalityCode: '091',
      missingFields: ['hoursPerWeekMin', 'availability'],
    });
  });

  it('still checks the values a draft gives', async () => {
    const client = await createClient(stack, coordinator.token, { displayName: 'Väinö Harkittu' });
    const response = await stack.gql(
      CREATE,
      {
        clientId: client.id,
        input: {
          ...EMPTY,
          summary: 'Väinö tykkää puutarhatöistä.',
          hoursPerWeekMin: 30,
          hoursPerWeekMax: 10,
          municipalityCode: '000',
          availability: [{ day: 'MON', start: '08:00', end: '09:00' }],
        },
      },
      { token: coordinator.token },
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(fieldReasonsOf(response).sort()).toEqual(
      [
        ['input.summary', 'IDENTIFYING_TEXT'],
        ['input.hoursPerWeekMin', 'MIN_ABOVE_MAX'],
        ['input.municipalityCode', 'UNKNOWN_CODE'],
        ['input.availability', 'INCONSISTENT'],
      ].sort(),
    );
    const onlyMin = await stack.gql(
      CREATE,
      { clientId: client.id, input: { ...EMPTY, hoursPerWeekMin: 0 } },
      { token: coordinator.token },
    );
    expect(fieldReasonsOf(onlyMin)).toEqual([['input.hoursPerWeekMin', 'OUT_OF_RANGE']]);
  });

  it('refuses to activate an incomplete draft, REQUIRED per missing field, and activates it once complete', async () => {
    const draft = await createDraft({ ...EMPTY, summary: 'Huolellinen ja täsmällinen.', hoursPerWeekMin: 8 });
    const refused = await setStatus(draft.id, 'ACTIVE');
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldReasonsOf(refused)).toEqual([
      ['hoursPerWeekMax', 'REQUIRED'],
      ['availability', 'REQUIRED'],
      ['municipalityCode', 'REQUIRED'],
    ]);
    // PAUSED and PLACED are not moves of a DRAFT: CONFLICT, as before.
    expect(reasonOf(await setStatus(draft.id, 'PAUSED'))).toBe('INVALID_TRANSITION');
    const unchanged = await stack.ok<{ profile: Draft }>(PROFILE, { id: draft.id }, { token: coordinator.token });
    expect(unchanged.profile).toMatchObject({ status: 'DRAFT', version: 1 });

    await stack.ok(UPDATE, { id: draft.id, input: profileInput() }, { token: coordinator.token });
    const active = await setStatus(draft.id, 'ACTIVE');
    expect(active.errors).toBeUndefined();
    expect(active.data?.setProfileStatus).toMatchObject({ status: 'ACTIVE', version: 3, missingFields: [] });
    const { rows } = await stack.db.query(
      'SELECT required_mask IS NOT NULL AND features IS NOT NULL AS columns FROM capacity_profile WHERE id = $1',
      [draft.id],
    );
    expect(rows).toEqual([{ columns: true }]);

    // An active profile must stay complete: an update that empties a field is refused, REQUIRED.
    const emptied = await stack.gql(
      UPDATE,
      { id: draft.id, input: profileInput({ availability: [], summary: ' ' }) },
      { token: coordinator.token },
    );
    expect(fieldReasonsOf(emptied)).toEqual([
      ['input.summary', 'REQUIRED'],
      ['input.availability', 'REQUIRED'],
    ]);
  });

  it('refuses a direct SQL activation of an incomplete profile (capacity_profile_complete_check)', async () => {
    const draft = await createDraft({ ...EMPTY, summary: 'Tarkka ja rauhallinen.' });
    for (const status of ['ACTIVE', 'PAUSED', 'PLACED']) {
      await expect(
        stack.db.query('UPDATE capacity_profile SET status = $2 WHERE id = $1', [draft.id, status]),
      ).rejects.toMatchObject({ code: '23514', constraint: 'capacity_profile_complete_check' });
    }
    // Complete but for an empty summary, or no time window: refused too.
    const complete = await createDraft({ ...profileInput() });
    await expect(
      stack.db.query(`UPDATE capacity_profile SET status = 'ACTIVE', summary = '' WHERE id = $1`, [complete.id]),
    ).rejects.toMatchObject({ constraint: 'capacity_profile_complete_check' });
    await expect(
      stack.db.query(`UPDATE capacity_profile SET status = 'ACTIVE', availability = '[]' WHERE id = $1`, [complete.id]),
    ).rejects.toMatchObject({ constraint: 'capacity_profile_complete_check' });
    await stack.db.query(`UPDATE capacity_profile SET status = 'ACTIVE' WHERE id = $1`, [complete.id]);
    await expect(
      stack.db.query('UPDATE capacity_profile SET features = NULL WHERE id = $1', [complete.id]),
    ).rejects.toMatchObject({ constraint: 'capacity_profile_complete_check' });
  });

  it('archives an incomplete draft', async () => {
    const draft = await createDraft(EMPTY);
    const archived = await setStatus(draft.id, 'ARCHIVED');
    expect(archived.errors).toBeUndefined();
    expect(archived.data?.setProfileStatus).toMatchObject({ status: 'ARCHIVED', missingFields: ALL_MISSING });
  });

  it('never scores an incomplete draft, and the worker goes on scoring the others', async () => {
    const employer = await signUpEmployer(stack);
    const job = await createJob(stack, employer.token);
    await publishJob(stack, employer.token, job.id);
    const draft = await createDraft({ ...EMPTY, summary: 'Kokenut astianpesijä.', municipalityCode: '091' });
    const version = await scored(stack, coordinator.token, 'profile', draft.id);
    expect(version).toBe(1);
    const archived = await setStatus(draft.id, 'ARCHIVED');
    expect(await scored(stack, coordinator.token, 'profile', draft.id)).toBe(archived.data?.setProfileStatus.version);
    const read = await stack.ok<{ profile: Draft }>(PROFILE, { id: draft.id }, { token: coordinator.token });
    expect(read.profile.matching.candidatesScored).toBe(0);

    // A complete profile activated after the draft is scored against the job as usual.
    const client = await createClient(stack, coordinator.token);
    const complete = await stack.ok<{ createProfile: Draft }>(
      CREATE,
      { clientId: client.id, input: profileInput() },
      { token: coordinator.token },
    );
    await setStatus(complete.createProfile.id, 'ACTIVE');
    await scored(stack, coordinator.token, 'profile', complete.createProfile.id);
    await scored(stack, employer.token, 'job', job.id);
    const { rows } = await stack.db.query<{ profile_id: string }>('SELECT profile_id FROM match WHERE job_id = $1', [
      job.id,
    ]);
    expect(rows.map((r) => r.profile_id)).not.toContain(draft.id);
    const activeRead = await stack.ok<{ profile: Draft }>(
      PROFILE,
      { id: complete.createProfile.id },
      { token: coordinator.token },
    );
    expect(activeRead.profile.matching.candidatesScored).toBeGreaterThan(0);
    const logs = stack.workers.map((worker) => worker.logs).join('\n');
    expect(logs).not.toMatch(/TypeError|Cannot read properties of null/);
  });
});
