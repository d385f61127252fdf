import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  SCORING_ATTEMPTS,
  SCORING_BACKOFF,
  SCORING_QUEUE,
  ScoringJobName,
  scoringJobId,
} from '../queue/queue.constants';

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

  constructor(@InjectQueue(SCORING_QUEUE) private readonly queue: Queue) {}

  async request(entity: ScoredEntity, id: string, version: number): Promise<boolean> {
    const name = entity === 'job' ? ScoringJobName.SCORE_JOB : ScoringJobName.SCORE_PROFILE;
    const payload = entity === 'job' ? { jobId: id, version } : { profileId: id, version };
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(name, payload, {
          jobId: scoringJobId(name, id, version),
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
}
