import { Redis } from 'ioredis';

/**
 * Deletes the keys matching `pattern` (a run's own prefix): what a test file's or a bench run's stack leaves in
 * Redis. One copy for both harnesses; it lives here because the bench is compiled and the tests compile anything.
 */
export async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
