import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Global, Module } from '@nestjs/common';
import pino from 'pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { AppLogger } from './app-logger';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A caller-supplied X-Request-Id is kept when it looks like one, so ids follow a request across services. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * JSON logs on stdout through one pino logger per process. The API writes one line per request (see
 * common/http/request-log.ts), and every line logged about a request carries its id as `req.id`.
 */
@Global()
@Module({
  providers: [
    {
      provide: AppLogger,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new AppLogger(pino({ level: config.logLevel })),
    },
  ],
  exports: [AppLogger],
})
export class AppLoggerModule {}
