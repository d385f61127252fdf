import 'reflect-metadata';
import './common/graphql/enums';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { APP_CONFIG } from './config/config.module';
import { ConfigError, type AppConfig } from './config/env';
import { LIMITS } from './common/graphql/limits';
import { ErrorCode } from './common/errors/domain-error';
import { httpMetrics } from './metrics/metrics.middleware';
import { MetricsService } from './metrics/metrics.service';

/** What body-parser's error types mean to the caller; any other 4xx from it gets a general message. */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.too.large': `is larger than ${LIMITS.maxBodyBytes / 1024} kB`,
  'entity.parse.failed': 'is not valid JSON',
  'charset.unsupported': 'must be UTF-8',
  'encoding.unsupported': 'uses a content encoding this API does not accept',
  'request.aborted': 'was not received whole',
  'request.size.invalid': 'does not match its Content-Length',
};

/**
 * Request-body failures (too large, malformed, wrong charset or encoding) in the contract's error shape, with
 * their HTTP status, instead of Express's or Nest's own page.
 */
function bodyErrors(
  error: { type?: string; status?: number; statusCode?: number },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  const status = error.status ?? error.statusCode ?? 500;
  if (status < 400 || status >= 500) {
    next(error);
    return;
  }
  const problem = (error.type && BODY_PROBLEMS[error.type]) || 'could not be read';
  res.status(status).json({
    errors: [
      {
        message: `The request body ${problem}.`,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ field: 'body', message: problem, reason: status === 413 ? 'TOO_LARGE' : 'INVALID_FORMAT' }],
        },
      },
    ],
  });
}

/** Every answer is for one caller, and many hold health-adjacent data: no cache, shared or private, may keep one. */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers or URL over 16 kB, malformed requests) get
 * the contract's error shape too, instead of a bare status line.
 */
function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const problem = tooLarge ? 'The request headers or URL are too large.' : 'The request could not be read.';
    const body = JSON.stringify({
      errors: [
        {
          message: problem,
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            fields: [{ field: 'request', message: problem, reason: tooLarge ? 'TOO_LARGE' : 'INVALID_FORMAT' }],
          },
        },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `Content-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.use(noStore);
  app.use(httpMetrics(app.get(MetricsService)));
  app.use(helmet({ contentSecurityPolicy: config.production ? undefined : false, crossOriginEmbedderPolicy: false }));
  app.useBodyParser('json', { limit: LIMITS.maxBodyBytes });
  app.use(bodyErrors);
  app.enableShutdownHooks();
  answerClientErrors(app.getHttpServer());
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`API listening on http://localhost:${config.port}/graphql`);
}

bootstrap().catch((error: unknown) => {
  // Configuration errors name every bad variable; print them plainly, without a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
