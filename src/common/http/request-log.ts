import type { FastifyInstance } from 'fastify';
import type { Logger as Pino } from 'pino';

/** Probes and scrapes come every few seconds and say nothing about callers: they are not logged. */
const QUIET = new Set(['/health/live', '/metrics']);

/**
 * One log line per answered request, written when the answer has gone out: the request id (also sent back as
 * X-Request-Id), method, path, status and time. The query string is never logged: a GET of /graphql carries the
 * whole operation and its variables there, passwords included.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const query = request.url.indexOf('?');
    const path = query === -1 ? request.url : request.url.slice(0, query);
    if (!QUIET.has(path)) {
      const status = reply.statusCode;
      logger[status >= 500 ? 'error' : 'info'](
        {
          req: { id: request.id, method: request.method, url: path },
          res: { statusCode: status },
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });
}
