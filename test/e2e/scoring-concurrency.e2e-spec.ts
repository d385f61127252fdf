import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { scored } from '../factories/matching';
import { activeCandidate, profileInput } from '../factories/profiles';
import { matchedJobInput } from '../factories/world';
import { eventually, sleep, Stack, waitForLog } from '../utils/stack';
import { REDIS_URL } from '../utils/test-env';

/** A scoring run as its log line tells it: which queue job, when it held its entity's lock, and when it ended. */
interface LoggedRun {
  job: string;
  locked: number;
  ended: number;
  status: string;
}

function runsOf(logs: string, entityId: string): LoggedRun[] {
  return logs
    .split('\n')
    .filter((line) => line.includes('"scoring run"') && line.includes(entityId))
    .map(
      (line) =>
        JSON.parse(line) as { job: string; time: number; ms: number; status: string; phases: { ownLock: number } },
    )
    .map((run) => ({
      job: run.job,
      locked: run.time - run.ms + run.phases.ownLock,
      ended: run.time,
      status: run.status,
    }));
}

const UPDATE_JOB = 'mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { version } }';
const UPDATE_PROFILE =
  'mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { version } }';
const ERASE = 'mutation($clientId: ID!) { eraseClient(clientId: $clientId) }';

describe('scoring runs in parallel', () => {
  const PAUSE_MS = 1500;
  let stack: Stack;
  let employer: Account;
  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    await stack.startWorker({ SCORING_PAUSE_BEFORE_COMMIT_MS: String(PAUSE_MS), WORKER_CONCURRENCY: '4' });
    employer = await signUpEmployer(stack);
  });
  afterAll(() => stack.stop());

  it('overlaps the runs of two different jobs, and never two runs of the same job', async () => {
    const [a, b] = await Promise.all([
      createJob(stack, employer.token, matchedJobInput()),
      createJob(stack, employer.token, matchedJobInput()),
    ]);
    await Promise.all([scored(stack, employer.token, 'job', a.id), scored(stack, employer.token, 'job', b.id)]);

    await Promise.all([publishJob(stack, employer.token, a.id), publishJob(stack, employer.token, b.id)]);
    // While the run of a's published version pauses before commit, a's next version is asked for: its run must
    // wait for the first to end.
    await waitForLog(stack.workers[0], `"job":"job-${a.id}-v2"`, 30_000).catch(() => undefined);
    await sleep(PAUSE_MS / 3);
    await stack.ok(
      UPDATE_JOB,
      { id: a.id, input: matchedJobInput({ hoursPerWeekMax: 30 }) },
      { token: employer.token },
    );
    await Promise.all([scored(stack, employer.token, 'job', a.id), scored(stack, employer.token, 'job', b.id)]);

    // A run's line is written after its commit, which the API may report first: wait for the three lines.
    const [publishedA, publishedB, editedA] = await eventually(
      async () => {
        const logs = stack.workers[0].logs;
        const runs = [`job-${a.id}-v2`, `job-${b.id}-v2`, `job-${a.id}-v3`].map((id) => runsOf(logs, id)[0]);
        return runs.every(Boolean) ? runs : undefined;
      },
      30_000,
      'the log lines of the three runs',
    );
    // Different jobs: each held its lock while the other did.
    expect(publishedA.locked).toBeLessThan(publishedB.ended);
    expect(publishedB.locked).toBeLessThan(publishedA.ended);
    // The same job: the second run got the job's lock only once the first had committed.
    expect(editedA.locked).toBeGreaterThanOrEqual(publishedA.ended - 5);
    expect(editedA.status).toBe('SCORED');
  });
});

describe('erasure while the worker scores the profile (production mode)', () => {
  const TRIES = 20;
  let stack: Stack;
  let coordinator: Account;
  let employer: Account;
  beforeAll(async () => {
    stack = await Stack.start({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      },
    });
    coordinator = await createCoordinator(stack, await adminToken(stack));
    employer = await signUpEmployer(stack);
    // Enough jobs that a profile's run writes many pairs, in an order other than the erasure's.
    for (let i = 0; i < 25; i++) {
      const job = await createJob(stack, employer.token, matchedJobInput());
      await publishJob(stack, employer.token, job.id);
    }
  });
  afterAll(() => stack.stop());

  it(`erases every time, with nothing left of the profile in the database or the queue (${TRIES} tries)`, async () => {
    const failures: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const { clientId, profileId } = await activeCandidate(stack, coordinator.token);
      await scored(stack, coordinator.token, 'profile', profileId);
      // A new version of the profile sets its run going; the erasure lands while it writes.
      await stack.ok(
        UPDATE_PROFILE,
        { id: profileId, input: profileInput({ hoursPerWeekMax: 21 + i }) },
        {
          token: coordinator.token,
        },
      );
      await sleep(i % 5);
      const erased = await stack.gql<{ eraseClient: boolean }>(ERASE, { clientId }, { token: coordinator.token });
      if (erased.errors) failures.push(`try ${i}: ${JSON.stringify(erased.errors)}`);
      else {
        // Runs that held the profile finished before the erasure locked it; later ones find it gone.
        const { rows } = await stack.db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM match WHERE profile_id = $1)::int
                + (SELECT count(*) FROM capacity_profile WHERE id = $1)::int AS n`,
          [profileId],
        );
        expect(rows[0].n).toBe(0);
      }
    }
    expect(failures).toEqual([]);
  });

  it("leaves no trace of an erased profile in the queue's jobs or event stream", async () => {
    const { clientId, profileId } = await activeCandidate(stack, coordinator.token);
    await scored(stack, coordinator.token, 'profile', profileId);
    const redis = new Redis(REDIS_URL);
    try {
      const stream = `${stack.redisPrefix}:scoring:events`;
      const named = async (): Promise<number> =>
        (await redis.xrange(stream, '-', '+')).filter(([, fields]) => fields.some((f) => f.includes(profileId))).length;
      expect(await named()).toBeGreaterThan(0);
      await stack.ok(ERASE, { clientId }, { token: coordinator.token });
      expect(await named()).toBe(0);
      const keys = await redis.keys(`${stack.redisPrefix}:scoring:*${profileId}*`);
      expect(keys).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});
