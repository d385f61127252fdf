import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Repeating } from '../../common/schedule/repeating';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { SCORER_VERSION } from '../scorer-version';
import { ScoringRequests } from '../scoring-requests.service';

/** Rows enqueued per table and pass. */
export const RECONCILE_BATCH = 500;

/**
 * Nothing is lost: every pass enqueues each job and profile whose scored_version is behind its version. A change
 * made while Redis was down is therefore scored once Redis is back, and a request dropped for any other reason
 * (a crash between commit and enqueue) is picked up too. Queue job ids come from (entity, version, scorer), so
 * requests that are already waiting collapse.
 *
 * After a release that raises SCORER_VERSION, the pass also rescores what an older scorer computed: while fewer
 * than RESCORE_BATCH requests wait, it enqueues up to RESCORE_BATCH jobs and as many profiles of an older scorer,
 * oldest scorer first and then least recently scored, at a priority below every change's request, and logs one line
 * per batch. Reads serve the older rows until their pair is rescored.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private readonly repeating = new Repeating('reconciler pass', this.logger, () => this.reconcile());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: ScoringRequests,
  ) {}

  onApplicationBootstrap(): void {
    this.repeating.start(this.config.reconcileIntervalMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.repeating.stop();
  }

  /** One pass; returns how many requests it made (0 when one was running already or it failed). */
  async pass(): Promise<number> {
    return (await this.repeating.run()) ?? 0;
  }

  private async reconcile(): Promise<number> {
    const [jobs, profiles] = await Promise.all([this.behind('job'), this.behind('capacity_profile')]);
    let made = 0;
    for (const row of jobs) if (await this.requests.request('job', row.id, row.version)) made++;
    for (const row of profiles) if (await this.requests.request('profile', row.id, row.version)) made++;
    return made + (await this.rescore());
  }

  /** One batch of rescoring requests, when the queue has room for it; returns how many requests it made. */
  private async rescore(): Promise<number> {
    const batch = this.config.rescoreBatch;
    if ((await this.requests.waiting()) >= batch) return 0;
    const [jobs, profiles] = await Promise.all([
      this.olderScorer('job', batch),
      this.olderScorer('capacity_profile', batch),
    ]);
    if (jobs.length === 0 && profiles.length === 0) return 0;
    let made = 0;
    for (const row of jobs) if (await this.requests.request('job', row.id, row.version, true)) made++;
    for (const row of profiles) if (await this.requests.request('profile', row.id, row.version, true)) made++;
    this.logger.log({
      msg: 'rescoring batch',
      scorerVersion: SCORER_VERSION,
      jobs: jobs.length,
      profiles: profiles.length,
      requested: made,
      oldestScorer: Math.min(...[...jobs, ...profiles].map((row) => row.scored_scorer_version)),
    });
    return made;
  }

  /** Scored at their current version, by an older scorer. */
  private olderScorer(
    table: 'job' | 'capacity_profile',
    limit: number,
  ): Promise<{ id: string; version: number; scored_scorer_version: number }[]> {
    return this.dataSource.query(
      `SELECT id, version, scored_scorer_version FROM ${table}
        WHERE scored_scorer_version < $1 AND scored_version = version
        ORDER BY scored_scorer_version, scored_at LIMIT $2`,
      [SCORER_VERSION, limit],
    );
  }

  private behind(table: 'job' | 'capacity_profile'): Promise<{ id: string; version: number }[]> {
    return this.dataSource.query(
      `SELECT id, version FROM ${table} WHERE scored_version IS DISTINCT FROM version ORDER BY updated_at LIMIT $1`,
      [RECONCILE_BATCH],
    );
  }
}
