import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { SCORING_QUEUE } from './queue.constants';
import { queueRetryStrategy } from './redis-retry';

/**
 * The scoring queue as a producer sees it. Its connection does not queue commands while Redis is away, so
 * `add` fails at once and the caller moves on; the reconciler enqueues the work once Redis is back.
 */
@Module({
  imports: [
    BullModule.registerQueueAsync({
      name: SCORING_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        prefix: config.redisPrefix,
        connection: {
          url: config.redisUrl,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          retryStrategy: queueRetryStrategy,
        },
        defaultJobOptions: { removeOnComplete: true, removeOnFail: true },
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
