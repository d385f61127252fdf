/** The scoring queue and its job names. Payloads carry ids only; handlers re-read the current state. */
export const SCORING_QUEUE = 'scoring';

export enum ScoringJobName {
  SCORE_JOB = 'score-job',
  SCORE_PROFILE = 'score-profile',
}

/** The payload of each job name: a name without one here does not compile where jobs are handled. */
export interface ScoringPayload {
  [ScoringJobName.SCORE_JOB]: { jobId: string; version: number };
  [ScoringJobName.SCORE_PROFILE]: { profileId: string; version: number };
}

/** A queue job as its handler sees it: the name and its own payload, paired. */
export type ScoringJob = { [N in ScoringJobName]: { name: N; data: ScoringPayload[N] } }[ScoringJobName];

/** A handler for every job name, each typed by its payload: a new name fails to compile until it has one. */
export type ScoringHandlers<R> = { [N in ScoringJobName]: (payload: ScoringPayload[N]) => Promise<R> };

const NAMES = new Set<string>(Object.values(ScoringJobName));

/**
 * The one place a job from Redis is trusted to be of its name's shape (BullMQ types a job's name and data
 * separately): only our API enqueues on this queue, with payloads built from ScoringPayload. An unknown name
 * (an older or newer process sharing the queue) is an error, left to BullMQ's retries and failed set.
 */
export function scoringJobOf(job: { name: string; data: unknown }): ScoringJob {
  if (!NAMES.has(job.name)) throw new Error(`unknown scoring job ${job.name}`);
  return { name: job.name, data: job.data } as ScoringJob;
}

/** Runs the handler of the job's name with its payload. */
export function dispatchScoringJob<R>(job: ScoringJob, handlers: ScoringHandlers<R>): Promise<R> {
  // TypeScript does not correlate `handlers[job.name]` with `job.data`; the mapped types above guarantee it.
  return (handlers[job.name] as (payload: ScoringJob['data']) => Promise<R>)(job.data);
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
