import 'reflect-metadata';
import './common/graphql/enums';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.module';
import { DEFAULT_DATABASE_URL } from './config/env';
import { dataSourceOptions } from './database/data-source';

/**
 * Writes the GraphQL schema the API serves to schema.gql (or the path given), sorted, for review and for the
 * contract check. The API needs its taxonomy tables to boot, so this migrates a throwaway database, boots the API
 * module on it without listening, and drops it again: no one's data is touched.
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'schema.gql';
  const server = new URL(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  const name = `jobcenter_schema_${process.pid}`;
  const admin = new Client({ connectionString: new URL('/postgres', server).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(`/${name}`, server).toString();
    const migrator = new DataSource(dataSourceOptions(url, 1));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();

    process.env.DATABASE_URL = url;
    const app = await NestFactory.create(ApiModule, new FastifyAdapter(), { logger: ['error'] });
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    writeFileSync(out, `${printSchema(lexicographicSortSchema(schema))}\n`);
    await app.close();
    console.log(`schema written to ${out}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
