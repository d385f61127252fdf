import { Module } from '@nestjs/common';
import { AppLoggerModule } from './common/logging/logger.module';
import { RedisModule } from './common/redis/redis.module';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';

/** What both processes need: configuration, logs, Postgres and Redis. */
@Module({
  imports: [AppConfigModule, AppLoggerModule, DatabaseModule, RedisModule],
  exports: [AppConfigModule, AppLoggerModule, DatabaseModule, RedisModule],
})
export class CoreModule {}
