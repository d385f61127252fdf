import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * What a test file's or a bench run's stack leaves behind, and how it goes: its own database and the Redis keys
 * under its own prefix. One copy for both harnesses; it lives here because the bench is compiled and the tests
 * compile anything.
 */

/** Deletes the keys matching `pattern` (a run's own prefix). */
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

export interface Scratch {
  /** a connection string to the server's `postgres` database, from which the scratch database is dropped */
  adminUrl: string;
  databaseName: string;
  redisUrl: string;
  redisPrefix: string;
}

/** Drops the run's database (ending its connections) and deletes its Redis keys. */
export async function dropScratch({ adminUrl, databaseName, redisUrl, redisPrefix }: Scratch): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await deleteRedisKeys(redisUrl, `${redisPrefix}:*`);
}
