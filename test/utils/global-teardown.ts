import pg from 'pg';
import { databaseUrl, templateDatabase } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${templateDatabase()}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
