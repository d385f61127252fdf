import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, publishJob, type JobInput } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate } from '../factories/profiles';
import { eventually, sleep, Stack, waitForLog } from '../utils/stack';
import { TcpProxy } from '../utils/tcp-proxy';
import { REDIS_URL } from '../utils/test-env';

/** A job two default-ish candidates fit: light dishwashing in Helsinki, their accommodations offered. */
const JOB: Partial<JobInput> = {
  tasks: [
    {
      taskTypeCode: 'dishwashing',
      description: 'Astioiden pesu koneella',
      modifiable: false,
      demands: [{ demandCode: 'd4154', level: 2 }],
    },
  ],
  accommodationCodes: ['env.quiet', 'sched.extra_breaks'],
};

async function people(stack: Stack): Promise<{ employer: Account; coordinator: Account; profileIds: string[] }> {
  const admin = await adminToken(stack);
  const employer = await signUpEmployer(stack);
  const coordinator = await createCoordinator(stack, admin);
  const profileIds: string[] = [];
  for (let i = 0; i < 3; i++) profileIds.push((await activeCandidate(stack, coordinator.token)).profileId);
  for (const id of profileIds) await scored(stack, coordinator.token, 'profile', id);
  return { employer, coordinator, profileIds };
}

type MatchRow = Record<string, unknown>;

async function matchRows(stack: Stack, jobId: string): Promise<MatchRow[]> {
  const { rows } = await stack.db.query<MatchRow>('SELECT * FROM match WHERE job_id = $1 ORDER BY profile_id', [jobId]);
  return rows;
}

/** Resolves once the scoring queue has stayed empty for a few reconciler intervals (read past the proxy). */
async function queueIdle(stack: Stack): Promise<void> {
  const queue = new Queue('scoring', { connection: { url: REDIS_URL }, prefix: stack.redisPrefix });
  try {
    let quietSince = Date.now();
    await eventually(async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const busy = Object.values(counts).some((n) => n > 0);
      if (busy) quietSince = Date.now();
      return !busy && Date.now() - quietSince >= 1000 ? true : undefined;
    });
  } finally {
    await queue.close();
  }
}

const withoutTimes = (rows: MatchRow[]): MatchRow[] => rows.map(({ computed_at: _, ...rest }) => rest);

describe('scoring faults', () => {
  describe('Redis unreachable while a job is published', () => {
    let proxy: TcpProxy;
    let stack: Stack;
    beforeAll(async () => {
      const redis = new URL(REDIS_URL);
      proxy = await new TcpProxy(redis.hostname, Number(redis.port || 6379)).start();
      stack = await Stack.start({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    });
    afterAll(async () => {
      proxy.restore();
      await stack.stop();
      await proxy.stop();
    });

    it('commits the publish, and scores it once Redis is back, with no one acting', async () => {
      const { employer, profileIds } = await people(stack);
      const draft = await createJob(stack, employer.token, JOB);
      // The draft is scored too (creating it asks for a run). A run reads the job's current version, so one
      // still under way at the cut would score the published version as well: let it and its echoes finish.
      await scored(stack, employer.token, 'job', draft.id);
      await queueIdle(stack);

      proxy.cut();
      const started = Date.now();
      const published = await publishJob(stack, employer.token, draft.id);
      expect(published.status).toBe('PUBLISHED');
      expect(Date.now() - started).toBeLessThan(5000);

      await sleep(2000);
      const during = await stack.ok<{ job: { status: string; matching: { upToDate: boolean } } }>(
        'query($id: ID!) { job(id: $id) { status matching { upToDate } } }',
        { id: draft.id },
        { token: employer.token },
      );
      expect(during.job).toEqual({ status: 'PUBLISHED', matching: { upToDate: false } });
      expect(await matchRows(stack, draft.id)).toHaveLength(0);

      proxy.restore();
      await scored(stack, employer.token, 'job', draft.id);
      const { nodes } = await jobMatches(stack, employer.token, draft.id);
      expect(nodes.map((n) => n.candidate.id).sort()).toEqual([...profileIds].sort());
    });
  });

  describe('a run delivered more than once', () => {
    let stack: Stack;
    let queue: Queue;
    beforeAll(async () => {
      stack = await Stack.start();
      queue = new Queue('scoring', { connection: { url: REDIS_URL }, prefix: stack.redisPrefix });
    });
    afterAll(async () => {
      await queue.close();
      await stack.stop();
    });

    it('leaves exactly the same rows after five deliveries of the same scoring', async () => {
      const { employer } = await people(stack);
      const job = await createJob(stack, employer.token, JOB);
      await publishJob(stack, employer.token, job.id);
      const version = await scored(stack, employer.token, 'job', job.id);
      const before = await matchRows(stack, job.id);
      expect(before).toHaveLength(3);
      const runs = (status: string): number =>
        stack.workers[0].logs.split('\n').filter((l) => l.includes(job.id) && l.includes(`"status":"${status}"`))
          .length;
      const scoredBefore = runs('SCORED');

      // As if the run had never been recorded, then delivered five times (ids that do not collapse).
      await stack.db.query('UPDATE job SET scored_version = NULL WHERE id = $1', [job.id]);
      const ids = [1, 2, 3, 4, 5].map((n) => `duplicate-${job.id}-${n}`);
      await Promise.all(
        ids.map((jobId) => queue.add('score-job', { jobId: job.id, version }, { jobId, removeOnComplete: true })),
      );
      await eventually(async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
        const { rows } = await stack.db.query<{ scored_version: number }>(
          'SELECT scored_version FROM job WHERE id = $1',
          [job.id],
        );
        return counts.waiting + counts.active + counts.delayed === 0 && rows[0].scored_version === version
          ? true
          : undefined;
      });
      for (const id of ids) await waitForLog(stack.workers[0], id);

      // One delivery (or the reconciler's request) really scored again; the others found it up to date.
      expect(runs('SCORED')).toBe(scoredBefore + 1);
      expect(runs('SKIPPED')).toBeGreaterThanOrEqual(4);
      expect(await matchRows(stack, job.id)).toEqual(before);
    });
  });

  describe('a worker killed in the middle of a run', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await Stack.start();
    });
    afterAll(() => stack.stop());

    it('leaves nothing half-written, and a new worker completes the run', async () => {
      const { employer, profileIds } = await people(stack);
      await stack.workers[0].stop();
      const doomed = await stack.startWorker({ SCORING_PAUSE_BEFORE_COMMIT_MS: '60000' });

      const job = await createJob(stack, employer.token, JOB);
      const published = await publishJob(stack, employer.token, job.id);
      await waitForLog(doomed, 'fault injection');
      // The run has written its rows inside its transaction and waits to commit: kill it there.
      await doomed.stop('SIGKILL');

      expect(await matchRows(stack, job.id)).toHaveLength(0);
      const { rows } = await stack.db.query<{ version: number; scored_version: number | null }>(
        'SELECT version, scored_version FROM job WHERE id = $1',
        [job.id],
      );
      // The published version was never marked scored (the draft's own run may or may not have committed v1).
      expect(rows[0].version).toBe(published.version);
      expect(rows[0].scored_version).not.toBe(published.version);

      await stack.startWorker();
      await scored(stack, employer.token, 'job', job.id);
      const recovered = await matchRows(stack, job.id);
      expect(recovered.map((r) => r.profile_id).sort()).toEqual([...profileIds].sort());

      // The same as a clean run from scratch.
      await stack.db.query('DELETE FROM match WHERE job_id = $1', [job.id]);
      await stack.db.query('UPDATE job SET scored_version = NULL WHERE id = $1', [job.id]);
      await scored(stack, employer.token, 'job', job.id);
      expect(withoutTimes(await matchRows(stack, job.id))).toEqual(withoutTimes(recovered));
    });
  });
});
