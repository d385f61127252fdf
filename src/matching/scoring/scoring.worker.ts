import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import {
  dispatchScoringJob,
  SCORING_QUEUE,
  ScoringJobName,
  type ScoringHandlers,
  scoringJobOf,
  scoringRetriesKey,
} from '../../queue/queue.constants';
import { queueRetryStrategy } from '../../queue/redis-retry';
import { REDIS } from '../../common/redis/redis.module';
import type { Redis } from 'ioredis';
import { type ScoredRun, ScoringService } from './scoring.service';

/**
 * A lost worker's job goes back to the queue once its lock expires (lockDuration), found by the stalled-job
 * check (stalledInterval). Short values mean a killed worker's run is retried within about fifteen seconds.
 */
export const SCORING_LOCK_DURATION_MS = 10_000;
export const SCORING_STALLED_INTERVAL_MS = 5_000;

/** The BullMQ worker of the scoring queue, started with the worker process and closed on shutdown. */
@Injectable()
export class ScoringWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScoringWorker.name);
  private worker?: Worker;
  /** What each job name does: a new name in ScoringJobName does not compile until it is handled here. */
  private readonly handlers: ScoringHandlers<ScoredRun> = {
    [ScoringJobName.SCORE_JOB]: ({ jobId }) => this.scoring.scoreJob(jobId),
    [ScoringJobName.SCORE_PROFILE]: ({ profileId }) => this.scoring.scoreProfile(profileId),
  };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scoring: ScoringService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  onApplicationBootstrap(): void {
    this.worker = new Worker(SCORING_QUEUE, (job) => this.process(job), {
      prefix: this.config.redisPrefix,
      // A blocking connection that retries forever: the worker simply resumes when Redis comes back.
      connection: { url: this.config.redisUrl, maxRetriesPerRequest: null, retryStrategy: queueRetryStrategy },
      concurrency: this.config.workerConcurrency,
      lockDuration: SCORING_LOCK_DURATION_MS,
      stalledInterval: SCORING_STALLED_INTERVAL_MS,
      maxStalledCount: 5,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`scoring ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.warn(`queue connection: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: Job): Promise<ScoredRun> {
    const started = Date.now();
    const outcome = await dispatchScoringJob(scoringJobOf(job), this.handlers);
    this.logger.log({ msg: 'scoring run', job: job.id, ms: Date.now() - started, ...outcome });
    await this.countRetries(outcome.retries);
    return outcome;
  }

  /** Deadlocks and other retried failures, by SQLSTATE, summed over every worker in Redis for `/metrics`. */
  private async countRetries(retries: Record<string, number>): Promise<void> {
    const codes = Object.entries(retries);
    if (codes.length === 0) return;
    try {
      await Promise.all(
        codes.map(([code, n]) => this.redis.hincrby(scoringRetriesKey(this.config.redisPrefix), code, n)),
      );
    } catch (error) {
      this.logger.warn(`could not count scoring retries: ${(error as Error).message}`);
    }
  }
}
