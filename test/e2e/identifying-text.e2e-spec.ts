import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { createClient, createProfile, profileInput, recordConsent, setProfileStatus } from '../factories/profiles';
import { matchedJobInput } from '../factories/world';
import { type GraphQLResponse, Stack } from '../utils/stack';

const PROPOSE = `mutation($jobId: ID!, $profileId: ID!, $message: String) {
  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) { id status message }
}`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!, $note: String) {
  respondToProposal(id: $id, accept: $accept, note: $note) { id status events { note } }
}`;
const OUTCOME = `mutation($id: ID!, $outcome: PlacementOutcome!, $note: String) {
  recordOutcome(id: $id, outcome: $outcome, note: $note) { id status events { note } }
}`;
const UPDATE_PROFILE = `mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { id summary } }`;

const problemsOf = (response: GraphQLResponse) => {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (response.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.reason, f.kind]).sort();
};

/**
 * No text an employer reads identifies the person: profile summaries, proposal messages and event notes are
 * checked after folding away the tricks that hide a name, an address, a phone number or an identity code.
 */
describe('identifying text', () => {
  let stack: Stack;
  let employer: Account;
  let coordinator: Account;
  let jobId: string;
  let profileId: string;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    const admin = await adminToken(stack);
    [employer, coordinator] = await Promise.all([signUpEmployer(stack), createCoordinator(stack, admin)]);
    const client = await createClient(stack, coordinator.token, {
      displayName: 'Maija Meikäläinen',
      contactEmail: 'maija.m@example.fi',
    });
    await recordConsent(stack, coordinator.token, client.id, true);
    profileId = (await createProfile(stack, coordinator.token, client.id)).id;
    await setProfileStatus(stack, coordinator.token, profileId, 'ACTIVE');
    jobId = (await createJob(stack, employer.token, matchedJobInput())).id;
    await publishJob(stack, employer.token, jobId);
  });
  afterAll(() => stack?.stop());

  it("refuses a proposal message with the client's name, email, phone and identity code, saying what it found", async () => {
    const refused = await stack.gql(
      PROPOSE,
      { jobId, profileId, message: 'Maija Meikäläinen, maija.m@example.fi, puh. 040.123.4567, hetu 131052-308T' },
      { token: coordinator.token },
    );
    expect(problemsOf(refused)).toEqual(
      [
        ['message', 'IDENTIFYING_TEXT', 'EMAIL'],
        ['message', 'IDENTIFYING_TEXT', 'IDENTITY_CODE'],
        ['message', 'IDENTIFYING_TEXT', 'NAME'],
        ['message', 'IDENTIFYING_TEXT', 'PHONE'],
      ].sort(),
    );
    // Hidden by a zero-width space, Cyrillic look-alikes or full-width letters, the name is still found.
    for (const message of [
      'Ma\u200Bija on kiinnostunut.',
      'М\u0430ij\u0430 on kiinnostunut.',
      'Ｍａｉｊａ on kiinnostunut.',
    ]) {
      const hidden = await stack.gql(PROPOSE, { jobId, profileId, message }, { token: coordinator.token });
      expect(problemsOf(hidden)).toEqual([['message', 'IDENTIFYING_TEXT', 'NAME']]);
    }
    const { rows } = await stack.db.query('SELECT 1 FROM proposal WHERE profile_id = $1', [profileId]);
    expect(rows).toHaveLength(0);
  });

  it('refuses event notes that identify the person, from either side', async () => {
    const { proposeCandidate: proposal } = await stack.ok<{ proposeCandidate: { id: string; message: string } }>(
      PROPOSE,
      { jobId, profileId, message: 'Asiakas on kiinnostunut, aloitus 1.12.2026 klo 9.00–13.00.' },
      { token: coordinator.token },
    );
    expect(proposal.message).toBe('Asiakas on kiinnostunut, aloitus 1.12.2026 klo 9.00–13.00.');

    const employerNote = await stack.gql(
      RESPOND,
      { id: proposal.id, accept: true, note: 'Soittakaa 09 123 4567 tai työ\u00AD@kahvila.fi' },
      { token: employer.token },
    );
    expect(problemsOf(employerNote)).toEqual([
      ['note', 'IDENTIFYING_TEXT', 'EMAIL'],
      ['note', 'IDENTIFYING_TEXT', 'PHONE'],
    ]);
    await stack.ok(RESPOND, { id: proposal.id, accept: true, note: 'Tervetuloa.' }, { token: employer.token });

    const coordinatorNote = await stack.gql(
      OUTCOME,
      { id: proposal.id, outcome: 'TRIAL', note: 'M a i j a aloittaa maanantaina.' },
      { token: coordinator.token },
    );
    expect(problemsOf(coordinatorNote)).toEqual([['note', 'IDENTIFYING_TEXT', 'NAME']]);
    const { recordOutcome } = await stack.ok<{ recordOutcome: { status: string; events: { note: string | null }[] } }>(
      OUTCOME,
      { id: proposal.id, outcome: 'TRIAL', note: 'Kokeilu alkaa maanantaina.' },
      { token: coordinator.token },
    );
    expect(recordOutcome.status).toBe('TRIAL');
    expect(recordOutcome.events.map((e) => e.note)).toEqual([null, 'Tervetuloa.', 'Kokeilu alkaa maanantaina.']);
  });

  it('refuses a summary with a right-to-left override or a spaced identity code, and counts emoji as characters', async () => {
    const summary = async (text: string) =>
      stack.gql(
        UPDATE_PROFILE,
        { id: profileId, input: profileInput({ summary: text }) },
        { token: coordinator.token },
      );
    expect(problemsOf(await summary('Pitää ulkotöistä. \u202EneniäläkieM\u202C'))).toEqual([
      ['input.summary', 'IDENTIFYING_TEXT', 'NAME'],
    ]);
    expect(problemsOf(await summary('Tunnus 13 10 52 - 308T'))).toEqual([
      ['input.summary', 'IDENTIFYING_TEXT', 'IDENTITY_CODE'],
    ]);
    // 1,001 emoji are 1,001 characters (2,002 UTF-16 units), within the 2,000 of a summary.
    const emoji = '\u{1F600}'.repeat(1001);
    const fine = await summary(emoji);
    expect(fine.errors).toBeUndefined();
  });
});
