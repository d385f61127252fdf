import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccommodationModel } from '../taxonomy/taxonomy.model';
import { JobTaskModel } from '../jobs/job.model';
import type { JobTaskEntity } from '../jobs/job.entity';
import type { AccommodationItem } from '../taxonomy/taxonomy.service';
import type { BenefitRuleEntity } from './benefit-rule.entity';
import { BenefitRuleModel } from './benefit-rule.model';
import type { EarningsEstimateValue, SupportHintValue } from './earnings';
import { AdviceKind, type StoredAdvice } from './advice.types';

export { AdviceKind, type StoredAdvice };

@ObjectType('EarningsEstimate', {
  description: "Earnings at a job against the person's limit: hourly wage × weekly hours × 52 / 12",
})
export class EarningsEstimateModel implements Omit<EarningsEstimateValue, 'weeklyHours' | 'basis'> {
  @Field(() => Float, { description: 'at the most weekly hours both sides can do' })
  monthlyEur: number;

  @Field(() => Float, { nullable: true })
  monthlyLimitEur: number | null;

  @Field(() => Boolean, { nullable: true })
  withinLimit: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'the most weekly hours that keep earnings within the limit at this wage; null without a limit',
  })
  maxWeeklyHoursWithinLimit: number | null;
}

@ObjectType('SupportHint', {
  description: 'A public support that may apply to a hire: the employment services decide, this is a hint',
})
export class SupportHintModel {
  @Field(() => BenefitRuleModel)
  rule: BenefitRuleEntity;

  @Field(() => Float, {
    nullable: true,
    description: 'the most it could pay in euros a month (or once, for one-off supports), from the rule and the job',
  })
  upToEur: number | null;
}

export type SupportHintParent = SupportHintValue<BenefitRuleEntity>;

registerEnumType(AdviceKind, { name: 'AdviceKind' });

@ObjectType('JobAdvice', {
  description: "One change to a job and how many more candidates it would make fit, from the job's near misses",
})
export class JobAdviceModel {
  @Field(() => AdviceKind)
  kind: AdviceKind;

  @Field(() => AccommodationModel, { nullable: true, description: 'for OFFER_ACCOMMODATION' })
  accommodation: AccommodationItem | null;

  @Field(() => JobTaskModel, { nullable: true, description: 'for MAKE_TASK_MODIFIABLE' })
  task: JobTaskEntity | null;

  @Field(() => Float, { nullable: true, description: 'for LOWER_MINIMUM_HOURS: the weekly minimum hours to lower to' })
  minimumHours: number | null;

  @Field(() => Int, { description: 'consented ACTIVE profiles that would become feasible with this change alone' })
  additionalCandidates: number;

  /** the stored advice (for text and supportHints) */
  stored: StoredAdvice;
}
