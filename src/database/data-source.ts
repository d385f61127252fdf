import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { DEFAULT_DATABASE_URL } from '../config/env';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming.strategy';

/** The one set of options both the app and the TypeORM CLI use. Schema changes happen only through migrations. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'jobcenter' },
  };
}

// The TypeORM CLI loads this file's default export: `typeorm migration:run -d dist/src/database/data-source.js`.
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, 2));
