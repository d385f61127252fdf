import { Injectable } from '@nestjs/common';
import type { GraphQLContext } from '../common/graphql/context';
import type { JobEntity } from '../jobs/job.entity';
import type { ProfileEntity } from '../profiles/profile.entity';
import { storedLimitOf } from '../profiles/earnings-limit';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { BenefitRuleEntity } from './benefit-rule.entity';
import { BenefitRulesService } from './benefit-rules.service';
import {
  accommodationHints,
  type EarningsEstimateValue,
  estimateEarnings,
  resolveLimit,
  type SupportHintValue,
  supportHints,
} from './earnings';

/** The earnings guard and the support hints of a job and a profile, by the rules in force today. */
@Injectable()
export class EarningsGuard {
  constructor(
    private readonly rules: BenefitRulesService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Earnings at the job against the profile's limit; null when the job has no wage. Never for employers. */
  async estimate(
    ctx: GraphQLContext,
    job: Pick<JobEntity, 'hourlyWage' | 'hoursMax'>,
    profile: ProfileEntity,
  ): Promise<EarningsEstimateValue | null> {
    if (job.hourlyWage === null) return null;
    const stored = storedLimitOf(profile);
    return estimateEarnings({
      hourlyWage: job.hourlyWage,
      jobHoursMax: job.hoursMax,
      // a draft that has no hours yet is counted at the job's (only complete profiles are matched)
      profileHoursMax: profile.hoursMax ?? job.hoursMax,
      limit: resolveLimit(stored, await this.rules.ofDay(ctx)),
      basis: stored.basis,
    });
  }

  /** Supports that may apply if this person is hired for this job. */
  async hints(
    ctx: GraphQLContext,
    job: Pick<JobEntity, 'hourlyWage' | 'hoursMax' | 'municipalityCode'>,
    profile: ProfileEntity,
  ): Promise<SupportHintValue<BenefitRuleEntity>[]> {
    return supportHints(await this.rules.ofDay(ctx), {
      reducedWorkCapacity: profile.reducedWorkCapacity,
      needs: profile.accommodationNeeds.map((n) => ({
        code: n.accommodationCode,
        category: this.taxonomy.accommodation(n.accommodationCode)?.category ?? '',
      })),
      jobMunicipalityCode: job.municipalityCode,
      hourlyWage: job.hourlyWage,
      weeklyHours: Math.min(job.hoursMax, profile.hoursMax ?? job.hoursMax),
    });
  }

  /** Supports that could pay for offering an accommodation (advice). */
  async accommodationHints(ctx: GraphQLContext, code: string): Promise<SupportHintValue<BenefitRuleEntity>[]> {
    return accommodationHints(await this.rules.ofDay(ctx), [code], (c) => this.taxonomy.accommodation(c)?.category);
  }
}
