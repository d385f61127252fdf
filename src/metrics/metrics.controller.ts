import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { REDIS } from '../common/redis/redis.module';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
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
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
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
    return this.metrics.registry.metrics();
  }
}
