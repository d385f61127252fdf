import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { RateLimitedError } from '../errors/domain-error';
import { REDIS } from '../redis/redis.module';

/**
 * Fixed-window counters in Redis, shared by every API process. If Redis is unreachable the limiter lets the
 * request through and logs it: a sign-in outage would hurt more people than a short unthrottled window.
 */
@Injectable()
export class RateLimitService {
  private readonly logger = new Logger(RateLimitService.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(scope: string, subject: string): string {
    return `${this.config.redisPrefix}:rl:${scope}:${subject.toLowerCase()}`;
  }

  /** Counts one hit; throws RATE_LIMITED when the window already holds `limit` hits. */
  async hit(scope: string, subject: string, limit: number): Promise<void> {
    const key = this.key(scope, subject);
    const window = this.config.authRateLimit.windowSeconds;
    try {
      const result = await this.redis.multi().incr(key).expire(key, window, 'NX').ttl(key).exec();
      const count = Number(result?.[0]?.[1] ?? 0);
      const ttl = Number(result?.[2]?.[1] ?? window);
      if (count > limit) throw new RateLimitedError(Math.max(ttl, 1));
    } catch (error) {
      if (error instanceof RateLimitedError) throw error;
      this.logger.warn(`rate limiter unavailable, letting ${scope} through: ${(error as Error).message}`);
    }
  }

  /** Throws RATE_LIMITED when the window holds `limit` hits or more, without counting this call. */
  async check(scope: string, subject: string, limit: number): Promise<void> {
    const key = this.key(scope, subject);
    try {
      const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
      if (Number(count ?? 0) >= limit) throw new RateLimitedError(Math.max(ttl, 1));
    } catch (error) {
      if (error instanceof RateLimitedError) throw error;
      this.logger.warn(`rate limiter unavailable, letting ${scope} through: ${(error as Error).message}`);
    }
  }

  /** Counts a hit without refusing; used for failures that count toward a later check(). */
  async record(scope: string, subject: string): Promise<void> {
    const key = this.key(scope, subject);
    try {
      await this.redis.multi().incr(key).expire(key, this.config.authRateLimit.windowSeconds, 'NX').exec();
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, not counting ${scope}: ${(error as Error).message}`);
    }
  }
}
