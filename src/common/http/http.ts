import fastifyHelmet from '@fastify/helmet';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger as Pino } from 'pino';
import type { AppConfig } from '../../config/env';
import { registerHttpMetrics } from '../../metrics/metrics.hooks';
import type { MetricsService } from '../../metrics/metrics.service';
import { LIMITS } from '../graphql/limits';
import { requestIdOf } from '../logging/logger.module';
import { registerJsonBody } from './body';
import { answerClientError } from './client-errors';
import { HttpErrorFilter } from './http-error.filter';
import { registerRequestLog } from './request-log';
import { registerWebApp } from './web-app';

/** Fastify with the API's limits: the body size, TRUST_PROXY for the caller's address, the raw 400/431 writer. */
export function httpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: LIMITS.maxBodyBytes,
    trustProxy: config.trustProxy,
    clientErrorHandler: answerClientError,
    genReqId: requestIdOf,
    // Requests are logged by request-log.ts, one line each, through the process's own logger.
    logger: false,
  });
}

/**
 * Nothing loads from outside the origin, in every mode: the web app, its bundled GraphQL explorer and the API's
 * answers alike. Inline styles are allowed because HDS injects its component styles at run time.
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * The HTTP ground rules (README: "API ground rules") on every answer, GraphQL or not: `no-store`, helmet's
 * headers, JSON bodies only, the request id and log line, request metrics, and the contract's error shape for refusals outside GraphQL;
 * then the web app's pages (web-app.ts). Returns the web app's directory, or null when there are no pages.
 */
export async function applyHttpRules(
  app: NestFastifyApplication,
  config: AppConfig,
  metrics: MetricsService,
  logger: Pino,
): Promise<string | null> {
  const fastify = app.getHttpAdapter().getInstance();
  registerRequestLog(fastify, logger);
  // Every answer is for one caller, and many hold health-adjacent data: no cache, shared or private, may keep one.
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.header('cache-control', 'no-store');
    done();
  });
  registerHttpMetrics(fastify, metrics);
  registerJsonBody(fastify);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    crossOriginEmbedderPolicy: false,
  });
  app.useGlobalFilters(new HttpErrorFilter());
  return registerWebApp(fastify, config);
}
