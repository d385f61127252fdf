import { InjectQueue } from '@nestjs/bullmq';
import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, HttpException, HttpStatus, Inject } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../common/redis/redis.module';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { SCORER_VERSION } from '../matching/scorer-version';
import { ScoringStatusService } from '../matching/scoring-status';
import { SCORING_QUEUE, scoringRetriesKey } from '../queue/queue.constants';
import { MetricsService } from './metrics.service';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized'] as const;

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @InjectQueue(SCORING_QUEUE) private readonly scoringQueue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scoringStatus: ScoringStatusService,
  ) {}

  /**
   * With METRICS_TOKEN, only a scraper that sends it as a bearer token; without it, anyone outside production
   * and no one in production (the figures tell an outsider how the service is used).
   */
  private allowed(authorization: string | undefined): boolean {
    const token = this.config.metricsToken;
    if (!token) return !this.config.production;
    const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (!this.allowed(authorization)) {
      throw new HttpException(
        this.config.metricsToken
          ? 'Send the metrics token as Authorization: Bearer <METRICS_TOKEN>.'
          : 'Metrics are served in production only with METRICS_TOKEN set.',
        HttpStatus.UNAUTHORIZED,
      );
    }
    try {
      const counts = await Promise.race([
        this.scoringQueue.getJobCounts(...STATES),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
      ]);
      for (const state of STATES) this.metrics.queueJobs.set({ queue: SCORING_QUEUE, state }, counts[state] ?? 0);
      const retries = await this.redis.hgetall(scoringRetriesKey(this.config.redisPrefix));
      for (const [code, n] of Object.entries(retries)) this.metrics.scoringRetries.set({ code }, Number(n));
    } catch {
      // Redis is away: report the queue as unknown rather than stale figures.
      this.metrics.queueJobs.reset();
      this.metrics.scoringRetries.reset();
    }
    this.metrics.scorerVersion.set(SCORER_VERSION);
    try {
      const backlog = await this.scoringStatus.backlog();
      this.metrics.scoringBacklog.set({ kind: 'jobs_behind' }, backlog.jobsBehind);
      this.metrics.scoringBacklog.set({ kind: 'profiles_behind' }, backlog.profilesBehind);
      this.metrics.scoringBacklog.set({ kind: 'rows_of_older_scorer' }, backlog.rowsOfOlderScorer);
    } catch {
      this.metrics.scoringBacklog.reset();
    }
    return this.metrics.registry.metrics();
  }
}
