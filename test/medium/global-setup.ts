import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { databaseUrl, testDatabaseName } from '../utils/test-env';

/**
 * For the medium project: a template database migrated from the sources (no build, no processes), which each
 * test file copies. Stale templates of crashed runs are dropped by the e2e setup's sweep (same name prefix).
 */
export default async function globalSetup(): Promise<void> {
  const template = testDatabaseName(`mtpl${randomBytes(3).toString('hex')}`);
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(template), 1));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  process.env.JOBCENTER_MEDIUM_TEMPLATE = template;
}
