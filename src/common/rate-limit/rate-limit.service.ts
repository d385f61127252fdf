import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { RateLimitedError } from '../errors/domain-error';
import { REDIS } from '../redis/redis.module';

/** One fixed-window counter: a scope (what is counted) and a subject (whose), with its limit per window. */
export interface RateCounter {
  scope: string;
  subject: string;
  limit: number;
}

/** An attempt counted ahead of its outcome; `release` un-counts it (a success). */
export interface Reservation {
  release(): Promise<void>;
}

/**
 * KEYS: the counters; ARGV: their limits, then the window in seconds. When a counter already holds its limit,
 * answers {0, its TTL} and counts nothing; otherwise counts one in each (starting the window of a new one) and
 * answers {1, 0}. One script, so no other attempt comes between the check and the count.
 */
const RESERVE = `
local n = #KEYS
for i = 1, n do
  if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[i]) then
    return {0, redis.call('TTL', KEYS[i])}
  end
end
for i = 1, n do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[n + 1]) end
end
return {1, 0}`;

/** KEYS: the counters of a reservation; un-counts one from each that still holds any. */
const RELEASE = `
for i = 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 1`;

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

  /**
   * Reserves one attempt in each of the counters, atomically and before the attempt is verified: when any of them
   * already holds its limit, none is counted and RATE_LIMITED says how long that one still runs. So of thirty
   * simultaneous wrong passwords exactly `limit` are checked. A caller whose attempt succeeds gives the reservation
   * back (`release`): only failures stay counted.
   */
  async reserve(counters: readonly RateCounter[]): Promise<Reservation> {
    const keys = counters.map(({ scope, subject }) => this.key(scope, subject));
    const release = async (): Promise<void> => {
      try {
        await this.redis.eval(RELEASE, keys.length, ...keys);
      } catch (error) {
        this.logger.warn(`rate limiter unavailable, not releasing: ${(error as Error).message}`);
      }
    };
    let result: unknown;
    try {
      result = await this.redis.eval(
        RESERVE,
        keys.length,
        ...keys,
        ...counters.map((counter) => counter.limit),
        this.config.authRateLimit.windowSeconds,
      );
    } catch (error) {
      this.logger.warn(`rate limiter unavailable, letting ${counters[0]?.scope} through: ${(error as Error).message}`);
      return { release: async () => {} };
    }
    const [reserved, ttl] = result as [number, number];
    if (reserved !== 1) throw new RateLimitedError(Math.max(Number(ttl), 1));
    return { release };
  }
}
