/** The scoring queue and its job names. Payloads carry ids only; handlers re-read the current state. */
export const SCORING_QUEUE = 'scoring';

export enum ScoringJobName {
  SCORE_JOB = 'score-job',
  SCORE_PROFILE = 'score-profile',
}

export interface ScoringPayload {
  [ScoringJobName.SCORE_JOB]: { jobId: string; version: number };
  [ScoringJobName.SCORE_PROFILE]: { profileId: string; version: number };
}

/** Retries: a few quick attempts, then the reconciler picks the entity up again on its next pass. */
export const SCORING_ATTEMPTS = 5;
export const SCORING_BACKOFF = { type: 'exponential', delay: 500 } as const;

/**
 * Deterministic ids from (entity, version, scorer version): enqueuing the same version twice collapses into one job,
 * and a release with a new scorer asks again for what an older one scored.
 */
export function scoringJobId(name: ScoringJobName, id: string, version: number, scorer: number): string {
  return `${name === ScoringJobName.SCORE_JOB ? 'job' : 'profile'}-${id}-v${version}-s${scorer}`;
}

/**
 * BullMQ priority of rescoring requests (a new scorer over unchanged data). Requests without a priority, the ones a
 * change makes, always run first, so a rescoring in the background never delays what people just did.
 */
export const RESCORING_PRIORITY = 1000;

/** The Redis hash where workers count retried runs by SQLSTATE (the `scoring_run_retries_total` metric). */
export function scoringRetriesKey(redisPrefix: string): string {
  return `${redisPrefix}:${SCORING_QUEUE}:retries`;
}
