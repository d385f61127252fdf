/** Where tests find the servers. They never touch the demo's database: every test database is jobcenter_test_*. */
export const SERVER_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/jobcenter';
export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
export const TEST_DATABASE_PREFIX = 'jobcenter_test_';
export const TEST_REDIS_PREFIX = 'jctest';
/** Leftovers of crashed runs are dropped once they are this old; younger ones may belong to a run in progress. */
export const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/**
 * The template database of this jest run. Its name carries the run's start time so that concurrent runs never
 * share or drop each other's databases; the global setup exports it to the test workers.
 */
export function templateDatabase(): string {
  const name = process.env.JOBCENTER_TEST_TEMPLATE;
  if (!name) throw new Error('JOBCENTER_TEST_TEMPLATE is not set: run the e2e tests through jest (its global setup)');
  return name;
}

/** A test database name: prefix, creation time in ms, random part. */
export function testDatabaseName(random: string): string {
  return `${TEST_DATABASE_PREFIX}${Date.now()}_${random}`;
}

export function createdAt(databaseName: string): number | null {
  const match = new RegExp(`^${TEST_DATABASE_PREFIX}(\\d{13})_`).exec(databaseName);
  return match ? Number(match[1]) : null;
}

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
