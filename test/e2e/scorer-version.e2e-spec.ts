import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, createCoordinator, signUpEmployer, type Account } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { jobMatches, scored } from '../factories/matching';
import { activeCandidate } from '../factories/profiles';
import { matchedJobInput } from '../factories/world';
import { MATCH_VALUE_COLUMN_NAMES } from '../../src/matching/match.row';
import { SCORER_VERSION } from '../../src/matching/scorer-version';
import { eventually, Stack } from '../utils/stack';

/**
 * A release that raises the scorer version rescores every stored pair in the background, in bounded batches, while
 * reads keep serving what the older scorer computed. The "older release" is made in the database: every row and
 * every job and profile marked as computed by SCORER_VERSION - 1, with a score that the current scorer never gives
 * them, a stored pair that the current scorer would not keep, and a missing pair that it would.
 */
const STATUS = '{ scoringStatus { scorerVersion jobsBehind profilesBehind rowsOfOlderScorer queued } }';
const OLD = SCORER_VERSION - 1;
/** Two jobs and two profiles per rescoring batch, so that the run needs several. */
const BATCH = 2;

interface Status {
  scorerVersion: number;
  jobsBehind: number;
  profilesBehind: number;
  rowsOfOlderScorer: number;
  queued: number;
}

async function matchTable(stack: Stack): Promise<Record<string, unknown>[]> {
  const { rows } = await stack.db.query<Record<string, unknown>>('SELECT * FROM match ORDER BY job_id, profile_id');
  return rows.map(({ computed_at: _, ...rest }) => rest);
}

describe('scorer versions', () => {
  let stack: Stack;
  let admin: string;
  let employer: Account;
  const jobIds: string[] = [];
  const profileIds: string[] = [];
  let unmatchedProfileId: string;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    await stack.startWorker({ RESCORE_BATCH: String(BATCH), RECONCILE_INTERVAL_MS: '500' });
    admin = await adminToken(stack);
    employer = await signUpEmployer(stack);
    const coordinator = await createCoordinator(stack, admin);
    for (let i = 0; i < 5; i++) profileIds.push((await activeCandidate(stack, coordinator.token)).profileId);
    // Wants 25–30 hours: no job here passes the pre-filter with it.
    unmatchedProfileId = (await activeCandidate(stack, coordinator.token, { hoursPerWeekMin: 25, hoursPerWeekMax: 30 }))
      .profileId;
    for (let i = 0; i < 3; i++) {
      const job = await createJob(stack, employer.token, matchedJobInput({ title: `Tiskaaja ${i}` }));
      await publishJob(stack, employer.token, job.id);
      jobIds.push(job.id);
    }
    for (const id of jobIds) await scored(stack, employer.token, 'job', id);
    for (const id of [...profileIds, unmatchedProfileId]) await scored(stack, coordinator.token, 'profile', id);
  }, 300_000);
  afterAll(() => stack.stop());

  it('is for ADMINs only', async () => {
    const refused = await stack.gql(STATUS, {}, { token: employer.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const status = await stack.ok<{ scoringStatus: Status }>(STATUS, {}, { token: admin });
    expect(status.scoringStatus).toEqual({
      scorerVersion: SCORER_VERSION,
      jobsBehind: 0,
      profilesBehind: 0,
      rowsOfOlderScorer: 0,
      queued: 0,
    });
  });

  it('rescores every row after a release raises the version, serving the older rows until then', async () => {
    const current = await matchTable(stack);
    expect(current.length).toBe(jobIds.length * profileIds.length);
    expect(current.every((row) => row.scorer_version === SCORER_VERSION)).toBe(true);

    // What the older release left: every row and entity of the older scorer, scores it gave, one pair it kept that
    // the current scorer does not keep, and one pair it did not keep.
    await Promise.all(stack.workers.splice(0).map((worker) => worker.stop()));
    await stack.db.query('UPDATE match SET scorer_version = $1, score = 1', [OLD]);
    await stack.db.query('UPDATE job SET scored_scorer_version = $1', [OLD]);
    await stack.db.query('UPDATE capacity_profile SET scored_scorer_version = $1', [OLD]);
    const copied = MATCH_VALUE_COLUMN_NAMES.filter((column) => column !== 'profile_id' && column !== 'profile_version');
    await stack.db.query(
      `INSERT INTO match (${copied.join(', ')}, profile_id, profile_version, computed_at)
       SELECT ${copied.map((column) => `m.${column}`).join(', ')}, p.id, p.version, m.computed_at
         FROM match m, capacity_profile p WHERE m.job_id = $1 AND p.id = $2 LIMIT 1`,
      [jobIds[0], unmatchedProfileId],
    );
    await stack.db.query('DELETE FROM match WHERE job_id = $1 AND profile_id = $2', [jobIds[1], profileIds[0]]);

    // Reads serve the older rows, and say that matching is not up to date.
    const served = await jobMatches(stack, employer.token, jobIds[2]);
    expect(served.nodes.length).toBe(profileIds.length);
    expect(served.nodes.every((node) => node.score === 1)).toBe(true);
    const state = await stack.ok<{ job: { matching: { upToDate: boolean } } }>(
      'query($id: ID!) { job(id: $id) { matching { upToDate } } }',
      { id: jobIds[2] },
      { token: employer.token },
    );
    expect(state.job.matching.upToDate).toBe(false);
    const before = await stack.ok<{ scoringStatus: Status }>(STATUS, {}, { token: admin });
    expect(before.scoringStatus).toMatchObject({
      jobsBehind: jobIds.length,
      profilesBehind: profileIds.length + 1,
      rowsOfOlderScorer: current.length,
    });

    // The release's worker rescores in the background, in batches of at most BATCH of each kind.
    const worker = await stack.startWorker({ RESCORE_BATCH: String(BATCH), RECONCILE_INTERVAL_MS: '500' });
    await eventually(
      async () => {
        const { scoringStatus } = await stack.ok<{ scoringStatus: Status }>(STATUS, {}, { token: admin });
        return scoringStatus.jobsBehind + scoringStatus.profilesBehind + scoringStatus.rowsOfOlderScorer === 0 &&
          scoringStatus.queued === 0
          ? true
          : undefined;
      },
      120_000,
      'everything to be rescored',
    );
    expect(await matchTable(stack)).toEqual(current);
    for (const id of jobIds) await scored(stack, employer.token, 'job', id);

    const batches = worker.logs
      .split('\n')
      .filter((line) => line.includes('"rescoring batch"'))
      .map((line) => JSON.parse(line) as { jobs: number; profiles: number; scorerVersion: number });
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.every((b) => b.jobs <= BATCH && b.profiles <= BATCH && b.scorerVersion === SCORER_VERSION)).toBe(
      true,
    );
    expect(batches.reduce((sum, b) => sum + b.jobs, 0)).toBeGreaterThanOrEqual(jobIds.length);

    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toContain(`scoring_scorer_version ${SCORER_VERSION}`);
    expect(metrics).toContain('scoring_backlog{kind="rows_of_older_scorer"} 0');
  });
});
