import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createdAt, databaseUrl, STALE_AFTER_MS, TEST_DATABASE_PREFIX, testDatabaseName } from './test-env';

/**
 * For the e2e project: builds the app, drops stale leftovers of crashed runs, and migrates this run's template
 * database, which each test file copies. Runs of several people (or CI) on one server do not disturb each other.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

  const template = testDatabaseName(`tpl${randomBytes(3).toString('hex')}`);
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${TEST_DATABASE_PREFIX}%`,
    ]);
    for (const { datname } of rows) {
      const created = createdAt(datname);
      if (created === null || Date.now() - created > STALE_AFTER_MS) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  execFileSync('npm', ['run', '--silent', 'migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(template) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.JOBCENTER_TEST_TEMPLATE = template;
}
