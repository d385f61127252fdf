import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import pg from 'pg';
import { DEFAULT_DATABASE_URL, type DatabaseTimeouts } from '../config/env';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming.strategy';

/**
 * pg's connections with their own connect timeout: pg-pool hands its options, wait timeout included, to every
 * client it makes, so the connect timeout is set here.
 */
function clientWithConnectTimeout(connectMs: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  };
}

/**
 * The one set of options both the app and the TypeORM CLI use. Schema changes happen only through migrations.
 * With `timeouts`, a Postgres that does not answer fails a request fast instead of holding it for the outage:
 * connecting, each statement (on the server, and on the client for a server that does not answer at all) and the
 * wait for a free connection are bounded.
 */
export function dataSourceOptions(url: string, poolSize = 10, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      application_name: 'jobcenter',
      ...(timeouts
        ? {
            Client: clientWithConnectTimeout(timeouts.connectMs),
            connectionTimeoutMillis: timeouts.poolWaitMs,
            statement_timeout: timeouts.statementMs,
            // A little later than the server's own limit, which answers with a clearer error when it can.
            query_timeout: timeouts.statementMs + 1000,
          }
        : {}),
    },
  };
}

// The TypeORM CLI loads this file's default export: `typeorm migration:run -d dist/src/database/data-source.js`.
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, 2));
