import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Account,
  adminToken,
  businessId,
  createCoordinator,
  PASSWORD,
  signUpEmployer,
} from '../factories/accounts';
import { createJob, jobInput, publishJob } from '../factories/jobs';
import { activeCandidate, createClient, createProfile, recordConsent } from '../factories/profiles';
import { type GraphQLResponse, Stack } from '../utils/stack';

/**
 * The machine-readable reasons beside the English messages, on real failures of each kind: class-validator
 * constraints, hand-written checks, graphql-js coercion, unique keys, and conflicts. The pages translate these.
 */

let stack: Stack;
let employer: Account;
let coordinator: Account;

const SIGN_UP = `mutation($input: SignUpEmployerInput!) { signUpEmployer(input: $input) { token } }`;
const CREATE_JOB = `mutation($input: JobInput!) { createJob(input: $input) { id } }`;
const UPDATE_JOB = `mutation($id: ID!, $input: JobInput!, $v: Int) {
  updateJob(id: $id, input: $input, expectedVersion: $v) { id version }
}`;
const PROPOSE = `mutation($jobId: ID!, $profileId: ID!) { proposeCandidate(jobId: $jobId, profileId: $profileId) { id } }`;

const fieldReasons = (response: GraphQLResponse): [string, string][] =>
  (response.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.reason]);
const conflict = (response: GraphQLResponse) => {
  const extensions = response.errors?.[0]?.extensions;
  return { code: extensions?.code, reason: extensions?.reason };
};

beforeAll(async () => {
  stack = await Stack.start({ worker: false });
  employer = await signUpEmployer(stack);
  coordinator = await createCoordinator(stack, await adminToken(stack));
});
afterAll(() => stack?.stop());

describe('field problems carry a reason', () => {
  it('from class-validator constraints', async () => {
    const response = await stack.gql(SIGN_UP, {
      input: {
        organisationName: 'X',
        businessId: '1234567-0',
        municipalityCode: '91',
        email: 'not-an-email',
        password: 'short',
      },
    });
    expect(fieldReasons(response).sort()).toEqual([
      ['input.businessId', 'INVALID_BUSINESS_ID'],
      ['input.email', 'INVALID_EMAIL'],
      ['input.municipalityCode', 'INVALID_FORMAT'],
      ['input.organisationName', 'LENGTH_OUT_OF_RANGE'],
      ['input.password', 'TOO_SHORT'],
    ]);
  });

  it('from the password strength estimate, with the email and organisation as what an attacker tries first', async () => {
    const signUp = (password: string, organisationName = 'Kulmakahvila Oy') =>
      stack.gql(SIGN_UP, {
        input: {
          organisationName,
          businessId: businessId(),
          municipalityCode: '091',
          email: `myyja-${Date.now()}@kulmakahvila.example.fi`,
          password,
        },
      });
    for (const weak of ['password12', ' '.repeat(12), 'aaaaaaaaaaaa', 'kulmakahvila1'])
      expect(fieldReasons(await signUp(weak))).toEqual([['input.password', 'WEAK_PASSWORD']]);
    expect((await signUp('kulmakahvila1')).errors?.[0].extensions?.fields?.[0].message).toMatch(/too easy to guess/);
    const { rows } = await stack.db.query("SELECT 1 FROM organisation WHERE name = 'Kulmakahvila Oy'");
    expect(rows).toHaveLength(0);
    expect((await signUp('vK3#pq9Lw!2z kahvi')).errors).toBeUndefined();
  });

  it('from the hand-written checks of a job', async () => {
    const response = await stack.gql(
      CREATE_JOB,
      { input: jobInput({ municipalityCode: '999', hoursPerWeekMin: 30, hoursPerWeekMax: 10 }) },
      { token: employer.token },
    );
    expect(fieldReasons(response)).toEqual(
      expect.arrayContaining([
        ['input.municipalityCode', 'UNKNOWN_CODE'],
        ['input.hoursPerWeekMin', 'MIN_ABOVE_MAX'],
      ]),
    );
  });

  it('from variable coercion and from a taken email', async () => {
    const coerced = await stack.gql(
      'mutation($l: Language!) { updateMyPreferences(preferredLanguage: $l) { id } }',
      { l: 'DE' },
      { token: employer.token },
    );
    expect(fieldReasons(coerced)).toEqual([['l', 'NOT_ALLOWED_VALUE']]);

    const input = {
      organisationName: 'Toinen yritys',
      businessId: businessId(),
      municipalityCode: '091',
      email: employer.email,
      password: PASSWORD,
    };
    expect(fieldReasons(await stack.gql(SIGN_UP, { input }))).toEqual([['input.email', 'EMAIL_TAKEN']]);
  });
});

describe('conflicts carry a reason', () => {
  it('a stale version and a status that does not allow the change', async () => {
    const job = await createJob(stack, employer.token);
    await stack.ok(UPDATE_JOB, { id: job.id, input: jobInput(), v: job.version }, { token: employer.token });
    const stale = await stack.gql(
      UPDATE_JOB,
      { id: job.id, input: jobInput(), v: job.version },
      { token: employer.token },
    );
    expect(conflict(stale)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });

    await publishJob(stack, employer.token, job.id);
    const again = await stack.gql(
      'mutation($id: ID!) { publishJob(id: $id) { id } }',
      { id: job.id },
      { token: employer.token },
    );
    expect(conflict(again)).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('a proposal without the client’s consent, or of a profile not ACTIVE', async () => {
    const published = await createJob(stack, employer.token);
    await publishJob(stack, employer.token, published.id);
    const withoutConsent = await activeCandidate(stack, coordinator.token, {}, { consent: false });
    const client = await createClient(stack, coordinator.token);
    await recordConsent(stack, coordinator.token, client.id, true);
    const draft = await createProfile(stack, coordinator.token, client.id);

    const noConsent = await stack.gql(
      PROPOSE,
      { jobId: published.id, profileId: withoutConsent.profileId },
      { token: coordinator.token },
    );
    expect(conflict(noConsent)).toEqual({ code: 'CONFLICT', reason: 'NO_CONSENT' });
    const notActive = await stack.gql(
      PROPOSE,
      { jobId: published.id, profileId: draft.id },
      { token: coordinator.token },
    );
    expect(conflict(notActive)).toEqual({ code: 'CONFLICT', reason: 'PROFILE_NOT_ACTIVE' });
  });
});
