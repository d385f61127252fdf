import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../common/redis/redis.module';
import {
  SCORING_ATTEMPTS,
  SCORING_BACKOFF,
  RESCORING_PRIORITY,
  SCORING_QUEUE,
  ScoringJobName,
  scoringJobId,
} from '../queue/queue.constants';
import { SCORER_VERSION } from './scorer-version';

export type ScoredEntity = 'job' | 'profile';

const ENQUEUE_TIMEOUT_MS = 1500;

/**
 * Asks the worker to score a version of a job or profile. Called after the change has committed; it never fails
 * the caller: when Redis is away the request is dropped here, and the worker's reconciler enqueues it once Redis
 * is back, because the row's scored_version is still behind its version.
 */
@Injectable()
export class ScoringRequests {
  private readonly logger = new Logger(ScoringRequests.name);

  constructor(
    @InjectQueue(SCORING_QUEUE) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /**
   * `rescoring` marks a request for an entity whose data is scored but by an older scorer: it waits behind every
   * request a change made (RESCORING_PRIORITY).
   */
  async request(entity: ScoredEntity, id: string, version: number, rescoring = false): Promise<boolean> {
    const name = entity === 'job' ? ScoringJobName.SCORE_JOB : ScoringJobName.SCORE_PROFILE;
    const payload = entity === 'job' ? { jobId: id, version } : { profileId: id, version };
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(name, payload, {
          jobId: scoringJobId(name, id, version, SCORER_VERSION),
          ...(rescoring ? { priority: RESCORING_PRIORITY } : {}),
          attempts: SCORING_ATTEMPTS,
          backoff: SCORING_BACKOFF,
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer in ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch (error) {
      this.logger.warn(
        `could not enqueue scoring of ${entity} ${id} v${version}; the reconciler will: ${(error as Error).message}`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Requests waiting in the queue (waiting, prioritized and delayed for a retry), not counting the running ones. */
  async waiting(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed');
    return (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
  }

  /**
   * Removes what the queue still holds of erased entities: their waiting or delayed scoring jobs, and the entries
   * of the queue's event stream that name them (completed and failed job records are not kept at all: the
   * queue's default job options remove them). Best effort after the erasure committed: a Redis fault is logged.
   */
  async forget(entity: ScoredEntity, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const prefix = entity === 'job' ? 'job-' : 'profile-';
    const named = (jobId: string): boolean => ids.some((id) => jobId.startsWith(`${prefix}${id}-`));
    try {
      const waiting = await this.queue.getJobs(['waiting', 'delayed', 'prioritized']);
      await Promise.all(waiting.filter((job) => job.id && named(job.id)).map((job) => job.remove()));
      const stream = this.queue.toKey('events');
      let start = '-';
      for (;;) {
        const entries: [string, string[]][] = await this.redis.xrange(stream, start, '+', 'COUNT', FORGET_PAGE);
        const doomed = entries.filter(([, fields]) => fields.some((field) => named(field))).map(([entryId]) => entryId);
        if (doomed.length > 0) await this.redis.xdel(stream, ...doomed);
        if (entries.length < FORGET_PAGE) break;
        start = `(${entries[entries.length - 1][0]}`;
      }
    } catch (error) {
      this.logger.warn(`could not remove erased ${entity}s from the queue: ${(error as Error).message}`);
    }
  }
}

/** Event-stream entries read per round trip while forgetting. */
const FORGET_PAGE = 1000;
