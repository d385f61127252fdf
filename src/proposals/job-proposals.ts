import type { EntityManager } from 'typeorm';
import { Role } from '../common/enums';
import { CLOSED_WHEN_FILLED } from './proposal-transitions';
import { DeclineReason, ProposalStatus } from './proposal-status';

/** How many of the job's proposals are HIRED: the positions the job has filled. */
export async function hiresOf(manager: EntityManager, jobId: string): Promise<number> {
  const [{ hires }] = await manager.query<{ hires: number }[]>(
    `SELECT count(*)::int AS hires FROM proposal WHERE job_id = $1 AND status = $2`,
    [jobId, ProposalStatus.HIRED],
  );
  return hires;
}

/**
 * The proposals feature's writes when a job closes (filled by a hire, or closed or marked filled by its employer),
 * in the transaction of `manager`, which holds the job's row FOR UPDATE: every open proposal but the hires becomes
 * DECLINED with POSITION_FILLED, each with its event. The events are the employer's (actor role EMPLOYER, no actor
 * user): ending the job is the employer's decision, recorded on their behalf by whoever made it happen.
 */
export async function declineOpenProposalsOfJob(manager: EntityManager, jobId: string): Promise<void> {
  await manager.query(
    `WITH closed AS (
       UPDATE proposal SET status = $3, decline_reason = $4, updated_at = now()
        WHERE job_id = $1 AND status = ANY($2::text[])
       RETURNING id)
     INSERT INTO proposal_event (proposal_id, status, actor_role, actor_user_id, note, at)
     SELECT id, $3, $5, NULL, NULL, now() FROM closed`,
    [jobId, CLOSED_WHEN_FILLED, ProposalStatus.DECLINED, DeclineReason.POSITION_FILLED, Role.EMPLOYER],
  );
}
