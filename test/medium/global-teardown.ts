import pg from 'pg';
import { databaseUrl } from '../utils/test-env';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.JOBCENTER_MEDIUM_TEMPLATE;
  if (!template) return;
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
