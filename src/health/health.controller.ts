import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '../common/redis/redis.module';

/** Liveness says the process runs; readiness says it can serve: Postgres and Redis both answer. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 1500 }),
      async () => {
        const redis = this.indicators.check('redis');
        try {
          return (await this.redis.ping()) === 'PONG' ? redis.up() : redis.down('unexpected answer');
        } catch (error) {
          return redis.down((error as Error).message);
        }
      },
    ]);
  }
}
