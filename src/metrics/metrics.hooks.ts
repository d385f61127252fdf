import type { FastifyInstance } from 'fastify';
import type { MetricsService } from './metrics.service';

const KNOWN_ROUTES = new Set(['/graphql', '/health/live', '/health/ready', '/metrics']);

/**
 * Times every HTTP request, from Fastify's own clock (`reply.elapsedTime`, started when the request arrived).
 * Anything but the known routes shares one label so that scanners cannot blow up the number of series.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const url = request.routeOptions.url;
    metrics.httpDuration.observe(
      { method: request.method, route: url && KNOWN_ROUTES.has(url) ? url : 'other', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
