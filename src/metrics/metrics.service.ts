import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process; its own registry so that test apps never collide on names. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request durations by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by type, name and outcome (ok or the error code)',
    labelNames: ['type', 'name', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly queueJobs = new Gauge({
    name: 'queue_jobs',
    help: 'Jobs in a queue by state (waiting, active, delayed, failed)',
    labelNames: ['queue', 'state'] as const,
    registers: [this.registry],
  });

  readonly scoringRetries = new Gauge({
    name: 'scoring_run_retries_total',
    help: 'Scoring runs tried again after a deadlock, serialisation failure or lock timeout, by SQLSTATE, all workers',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly scorerVersion = new Gauge({
    name: 'scoring_scorer_version',
    help: 'The scorer version this release computes (src/matching/scorer-version.ts)',
    registers: [this.registry],
  });

  readonly scoringBacklog = new Gauge({
    name: 'scoring_backlog',
    help: 'What scoring still has to do: jobs_behind, profiles_behind (data or scorer), rows_of_older_scorer',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
