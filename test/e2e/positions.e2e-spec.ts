import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator, signUpEmployer } from '../factories/accounts';
import { createJob, publishJob } from '../factories/jobs';
import { activeCandidate } from '../factories/profiles';
import { matchedJobInput, proposeCandidate } from '../factories/world';
import { codeOf, fieldReasonsOf, reasonOf } from '../utils/errors';
import { Stack } from '../utils/stack';

/**
 * Hires never exceed a job's positions and never land on a job that is not open (issue 14, item 3): hires sent
 * at the same moment, closing a job with proposals under way, and lowering positions below the hires made.
 */

const RESPOND = `mutation($id: ID!) { respondToProposal(id: $id, accept: true) { id status } }`;
const OUTCOME = `mutation($id: ID!, $outcome: PlacementOutcome!) { recordOutcome(id: $id, outcome: $outcome) { id status } }`;
const CLOSE = `mutation($id: ID!, $filled: Boolean) { closeJob(id: $id, filled: $filled) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { id positions } }`;

describe('positions and hires', () => {
  let stack: Stack;
  let employer: Account;
  let coordinator: Account;

  beforeAll(async () => {
    stack = await Stack.start({ worker: false });
    const admin = await adminToken(stack);
    [employer, coordinator] = await Promise.all([
      signUpEmployer(stack, 'Varasto Vakaa'),
      createCoordinator(stack, admin),
    ]);
  });
  afterAll(() => stack?.stop());

  /** A PUBLISHED job with `positions`, and `count` proposals for it that its employer has accepted. */
  async function acceptedProposals(positions: number, count: number): Promise<{ jobId: string; ids: string[] }> {
    const job = await createJob(stack, employer.token, matchedJobInput({ positions }));
    await publishJob(stack, employer.token, job.id);
    const candidates = await Promise.all(
      Array.from({ length: count }, () => activeCandidate(stack, coordinator.token)),
    );
    const ids: string[] = [];
    for (const candidate of candidates) {
      const id = await proposeCandidate(stack, coordinator.token, job.id, candidate.profileId);
      await stack.ok(RESPOND, { id }, { token: employer.token });
      ids.push(id);
    }
    return { jobId: job.id, ids };
  }

  async function statuses(jobId: string): Promise<{ job: string; proposals: Record<string, number> }> {
    const {
      rows: [job],
    } = await stack.db.query<{ status: string }>('SELECT status FROM job WHERE id = $1', [jobId]);
    const { rows } = await stack.db.query<{ status: string; decline_reason: string | null; n: number }>(
      `SELECT status, decline_reason, count(*)::int AS n FROM proposal WHERE job_id = $1 GROUP BY 1, 2`,
      [jobId],
    );
    return {
      job: job.status,
      proposals: Object.fromEntries(
        rows.map((r) => [r.decline_reason ? `${r.status}:${r.decline_reason}` : r.status, r.n]),
      ),
    };
  }

  it('takes exactly as many of many concurrent hires as the job has positions', async () => {
    const { jobId, ids } = await acceptedProposals(2, 5);
    const answers = await Promise.all(
      ids.map((id) => stack.gql(OUTCOME, { id, outcome: 'HIRED' }, { token: employer.token })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(2);
    for (const refused of answers.filter((a) => a.errors)) expect(codeOf(refused)).toBe('CONFLICT');
    expect(await statuses(jobId)).toEqual({ job: 'FILLED', proposals: { HIRED: 2, 'DECLINED:POSITION_FILLED': 3 } });
  });

  it('takes one of two hires sent at once for a one-position job', async () => {
    const { jobId, ids } = await acceptedProposals(1, 2);
    const answers = await Promise.all(
      ids.map((id) => stack.gql(OUTCOME, { id, outcome: 'HIRED' }, { token: employer.token })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(await statuses(jobId)).toEqual({ job: 'FILLED', proposals: { HIRED: 1, 'DECLINED:POSITION_FILLED': 1 } });
  });

  it.each([true, false])(
    'declines the open proposals of a job closed with filled: %s, and hires none after',
    async (filled) => {
      const { jobId, ids } = await acceptedProposals(1, 3);
      await stack.ok(OUTCOME, { id: ids[0], outcome: 'TRIAL' }, { token: employer.token });
      await stack.ok(CLOSE, { id: jobId, filled }, { token: employer.token });
      expect(await statuses(jobId)).toEqual({
        job: filled ? 'FILLED' : 'CLOSED',
        proposals: { 'DECLINED:POSITION_FILLED': 3 },
      });
      for (const id of ids) {
        const hire = await stack.gql(OUTCOME, { id, outcome: 'HIRED' }, { token: employer.token });
        expect([codeOf(hire), reasonOf(hire)]).toEqual(['CONFLICT', 'INVALID_TRANSITION']);
      }
      const { rows } = await stack.db.query<{ actor_role: string; actor_user_id: string | null }>(
        `SELECT e.actor_role, e.actor_user_id FROM proposal_event e JOIN proposal p ON p.id = e.proposal_id
        WHERE p.job_id = $1 AND e.status = 'DECLINED'`,
        [jobId],
      );
      expect(rows).toEqual(Array.from({ length: 3 }, () => ({ actor_role: 'EMPLOYER', actor_user_id: null })));
    },
  );

  it('refuses a hire on a job that is no longer PUBLISHED, whatever the proposal', async () => {
    const { jobId, ids } = await acceptedProposals(1, 1);
    // A proposal still ACCEPTED on a CLOSED job, as the code before this rule left behind.
    await stack.db.query(`UPDATE job SET status = 'CLOSED' WHERE id = $1`, [jobId]);
    const hire = await stack.gql(OUTCOME, { id: ids[0], outcome: 'HIRED' }, { token: employer.token });
    expect([codeOf(hire), reasonOf(hire)]).toEqual(['CONFLICT', 'JOB_NOT_PUBLISHED']);
    expect((await statuses(jobId)).proposals).toEqual({ ACCEPTED: 1 });
  });

  it('keeps positions at or above the hires made, and refuses a hire with no position free', async () => {
    const { jobId, ids } = await acceptedProposals(3, 3);
    await stack.ok(OUTCOME, { id: ids[0], outcome: 'HIRED' }, { token: employer.token });
    await stack.ok(OUTCOME, { id: ids[1], outcome: 'HIRED' }, { token: employer.token });

    const below = await stack.gql(
      UPDATE,
      { id: jobId, input: matchedJobInput({ positions: 1 }) },
      { token: employer.token },
    );
    expect(codeOf(below)).toBe('BAD_USER_INPUT');
    expect(fieldReasonsOf(below)).toEqual([['input.positions', 'TOO_SMALL']]);

    const equal = await stack.ok<{ updateJob: { positions: number } }>(
      UPDATE,
      { id: jobId, input: matchedJobInput({ positions: 2 }) },
      { token: employer.token },
    );
    expect(equal.updateJob.positions).toBe(2);
    const third = await stack.gql(OUTCOME, { id: ids[2], outcome: 'HIRED' }, { token: employer.token });
    expect([codeOf(third), reasonOf(third)]).toEqual(['CONFLICT', 'NO_FREE_POSITION']);
    expect(await statuses(jobId)).toEqual({ job: 'PUBLISHED', proposals: { HIRED: 2, ACCEPTED: 1 } });
  });
});
