import { forgedCursor } from '../utils/forged';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, jobInput } from '../factories/jobs';
import { activeCandidate } from '../factories/profiles';
import { codeOf, fieldReasonsOf } from '../utils/errors';
import { type GraphQLResponse, Stack } from '../utils/stack';

/**
 * Bad input is bad input (issue 14, item 8): a crafted cursor on every list, and dates Postgres cannot keep, are
 * BAD_USER_INPUT, never a Postgres error (INTERNAL_SERVER_ERROR); a list far over its size is one problem, and an
 * answer names at most 50.
 */

const ID = '6f1c1b1e-8c1a-4c1e-9d5e-2b1f3a4c5d6e';

/** Crafted cursors of the lists sorted newest first: (timestamp, id). */
const TIME_CURSORS = [
  ['30 February', forgedCursor(['2026-02-30T10:00:00.000000Z', ID])],
  ['hour 24', forgedCursor(['2026-03-01T24:00:00.000000Z', ID])],
  ['year 0', forgedCursor(['0000-01-01T00:00:00.000000Z', ID])],
  ['year 99999', forgedCursor(['99999-01-01T00:00:00.000000Z', ID])],
  ['no uuid', forgedCursor(['2026-03-01T10:00:00.000000Z', 'not-a-uuid'])],
  ['a number for the time', forgedCursor([1e308, ID])],
] as const;

/** Crafted cursors of a matches list: (feasible 0 or 1, score 0..100, id). */
const MATCH_CURSORS = [
  ['a fraction for feasible', forgedCursor([1.5, 80, ID])],
  ['feasible 2', forgedCursor([2, 80, ID])],
  ['a score of 1e300', forgedCursor([1, 1e300, ID])],
  ['no uuid', forgedCursor([1, 80, 'x'])],
] as const;

const INVALID_CURSOR = [['after', 'INVALID_CURSOR']];

describe('bad input', () => {
  let stack: Stack;
  let admin: string;
  let employer: Account;
  let coordinator: Account;
  let jobId: string;
  let profileId: string;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    admin = await adminToken(stack);
    [employer, coordinator] = await Promise.all([
      signUpEmployer(stack, 'Kirjasto Kirja'),
      createCoordinator(stack, admin),
    ]);
    jobId = (await createJob(stack, employer.token)).id;
    profileId = (await activeCandidate(stack, coordinator.token)).profileId;
  });
  afterAll(() => stack?.stop());

  function expectInvalidCursor(response: GraphQLResponse): void {
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(fieldReasonsOf(response)).toEqual(INVALID_CURSOR);
  }

  describe.each(TIME_CURSORS)('a cursor with %s', (_what, after) => {
    it('is refused by jobs', async () => {
      expectInvalidCursor(
        await stack.gql(
          'query($after: String) { jobs(after: $after) { totalCount } }',
          { after },
          { token: employer.token },
        ),
      );
      // Coordinators' jobs are sorted by publication: the other sort column checks the same.
      expectInvalidCursor(
        await stack.gql(
          'query($after: String) { jobs(after: $after) { totalCount } }',
          { after },
          { token: coordinator.token },
        ),
      );
    });

    it('is refused by clients', async () => {
      expectInvalidCursor(
        await stack.gql(
          'query($after: String) { clients(after: $after) { totalCount } }',
          { after },
          { token: coordinator.token },
        ),
      );
    });

    it('is refused by profiles', async () => {
      expectInvalidCursor(
        await stack.gql(
          'query($after: String) { profiles(after: $after) { totalCount } }',
          { after },
          { token: coordinator.token },
        ),
      );
    });

    it('is refused by proposals', async () => {
      for (const token of [employer.token, coordinator.token]) {
        expectInvalidCursor(
          await stack.gql('query($after: String) { proposals(after: $after) { totalCount } }', { after }, { token }),
        );
      }
    });
  });

  describe.each(MATCH_CURSORS)('a matches cursor with %s', (_what, after) => {
    it("is refused by a job's matches", async () => {
      expectInvalidCursor(
        await stack.gql(
          'query($id: ID!, $after: String) { job(id: $id) { matches(after: $after) { totalCount } } }',
          { id: jobId, after },
          { token: employer.token },
        ),
      );
    });

    it("is refused by a profile's matches", async () => {
      expectInvalidCursor(
        await stack.gql(
          'query($id: ID!, $after: String) { profile(id: $id) { matches(after: $after) { totalCount } } }',
          { id: profileId, after },
          { token: coordinator.token },
        ),
      );
    });
  });

  it('still pages with the cursors the lists write', async () => {
    await createJob(stack, employer.token);
    const first = await stack.ok<{ jobs: { pageInfo: { endCursor: string } } }>(
      '{ jobs(first: 1) { pageInfo { endCursor } } }',
      {},
      { token: employer.token },
    );
    const next = await stack.ok<{ jobs: { edges: unknown[] } }>(
      'query($after: String) { jobs(first: 1, after: $after) { edges { node { id } } } }',
      { after: first.jobs.pageInfo.endCursor },
      { token: employer.token },
    );
    expect(next.jobs.edges).toHaveLength(1);
  });

  it.each(['-010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z'])(
    'refuses placementStats from %s',
    async (from) => {
      const response = await stack.gql(
        'query($from: DateTime) { placementStats(from: $from) { proposals } }',
        { from },
        { token: admin },
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    },
  );

  it('answers 2,000 bad schedule windows with one list-size problem', async () => {
    // Each window is of the right shape with two bad times: without the rule, 4,001 problems (446 kB).
    const schedule = Array.from({ length: 2000 }, () => ({ day: 'MON', start: '25:00', end: '99:99' }));
    const response = await stack.gql(
      'mutation($input: JobInput!) { createJob(input: $input) { id } }',
      { input: { ...jobInput(), schedule } },
      { token: employer.token },
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(fieldReasonsOf(response)).toContainEqual(['input.schedule', 'TOO_MANY']);
    expect(fieldReasonsOf(response).filter(([field]) => field.startsWith('input.schedule['))).toEqual([]);
  });

  it('names at most 50 problems, however many there are', async () => {
    // 20 bad tasks and 21 bad windows, each list within its size: over a hundred problems.
    const tasks = Array.from({ length: 20 }, () => ({
      ...jobInput().tasks[0],
      taskTypeCode: '',
      description: '',
      hoursShare: -1,
    }));
    const response = await stack.gql(
      'mutation($input: JobInput!) { createJob(input: $input) { id } }',
      {
        input: {
          ...jobInput(),
          tasks,
          schedule: Array.from({ length: 21 }, () => ({ day: 'MON', start: 'x', end: 'y' })),
        },
      },
      { token: employer.token },
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields?.length).toBe(50);
  });
});
