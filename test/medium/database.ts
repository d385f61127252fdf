import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { databaseUrl, testDatabaseName } from '../utils/test-env';

/**
 * A test file's own database, copied from the migrated template, and the app's DataSource on it: the real
 * schema and SQL, without HTTP or a worker process.
 */
export class MediumDatabase {
  private constructor(
    readonly name: string,
    readonly dataSource: DataSource,
  ) {}

  static async create(): Promise<MediumDatabase> {
    const template = process.env.JOBCENTER_MEDIUM_TEMPLATE;
    if (!template) throw new Error('JOBCENTER_MEDIUM_TEMPLATE is not set: run the medium project through jest');
    const name = testDatabaseName(`m${randomBytes(4).toString('hex')}`);
    await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const dataSource = new DataSource(dataSourceOptions(databaseUrl(name), 2));
    await dataSource.initialize();
    return new MediumDatabase(name, dataSource);
  }

  async drop(): Promise<void> {
    await this.dataSource.destroy();
    await admin(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
