import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { BenefitRulesService } from '../benefits/benefit-rules.service';
import { Repeating } from '../common/schedule/repeating';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { ProfilesService } from './profiles.service';

/**
 * The stored euro limits follow the rules of the day without anyone acting. A limit that comes from rules
 * (PENSION_SHARE, GUARANTEE_FLOOR) is stored per profile, for the kernel; an ADMIN's change of a rule rewrites the
 * limits at once (ProfilesService listens), but a period that simply ends at midnight, with next year's figure
 * already in the table, changes no row. So the worker compares the day's EARNINGS_LIMIT rules (RulesOfDay.limitsKey)
 * once at start and then every reconciler interval, and rewrites the limits when they differ from the last pass's:
 * the profiles whose limit changes get a new version and are scored.
 */
@Injectable()
export class EarningsLimitsWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EarningsLimitsWatcher.name);
  private readonly repeating = new Repeating('earnings limits pass', this.logger, () => this.check());
  private lastKey: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: BenefitRulesService,
    private readonly profiles: ProfilesService,
  ) {}

  onApplicationBootstrap(): void {
    this.repeating.start(this.config.reconcileIntervalMs, { now: true });
  }

  onApplicationShutdown(): Promise<void> {
    return this.repeating.stop();
  }

  /** One pass: how many profiles got a new limit (0 when the rules of the day are those of the last pass). */
  async check(): Promise<number> {
    const key = (await this.rules.ofDay(null)).limitsKey();
    if (key === this.lastKey) return 0;
    const first = this.lastKey === null;
    const rewritten = await this.profiles.refreshEarningsLimits();
    this.lastKey = key;
    if (!first || rewritten > 0) {
      this.logger.log({ msg: 'earnings rules of the day changed: limits rewritten', profiles: rewritten });
    }
    return rewritten;
  }
}
