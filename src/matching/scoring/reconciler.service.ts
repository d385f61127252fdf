import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { ScoringRequests } from '../scoring-requests.service';

/** Rows enqueued per table and pass. */
export const RECONCILE_BATCH = 500;

/**
 * Nothing is lost: every pass enqueues each job and profile whose scored_version is behind its version. A change
 * made while Redis was down is therefore scored once Redis is back, and a request dropped for any other reason
 * (a crash between commit and enqueue) is picked up too. Queue job ids come from (entity, version), so requests
 * that are already waiting collapse.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly requests: ScoringRequests,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.pass(), this.config.reconcileIntervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass; returns how many requests it made. Overlapping passes are skipped. */
  async pass(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const [jobs, profiles] = await Promise.all([this.behind('job'), this.behind('capacity_profile')]);
      let made = 0;
      for (const row of jobs) if (await this.requests.request('job', row.id, row.version)) made++;
      for (const row of profiles) if (await this.requests.request('profile', row.id, row.version)) made++;
      return made;
    } catch (error) {
      this.logger.warn(`reconciler pass failed: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }

  private behind(table: 'job' | 'capacity_profile'): Promise<{ id: string; version: number }[]> {
    return this.dataSource.query(
      `SELECT id, version FROM ${table} WHERE scored_version IS DISTINCT FROM version ORDER BY updated_at LIMIT $1`,
      [RECONCILE_BATCH],
    );
  }
}
