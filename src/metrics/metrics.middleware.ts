import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MetricsService } from './metrics.service';

const KNOWN_ROUTES = new Set(['/graphql', '/health/live', '/health/ready', '/metrics']);

/**
 * Times every HTTP request. A plain Express middleware registered before everything else, because Apollo's
 * /graphql route is not one of Nest's and Nest middleware would not see it. Unknown paths share one label so that
 * scanners cannot blow up the number of series.
 */
export function httpMetrics(metrics: MetricsService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.httpDuration.startTimer();
    // Read now: routers mounted on a path (Apollo's) rewrite req.url while they handle the request.
    const route = KNOWN_ROUTES.has(req.path) ? req.path : 'other';
    res.on('finish', () => end({ method: req.method, route, status: String(res.statusCode) }));
    next();
  };
}
