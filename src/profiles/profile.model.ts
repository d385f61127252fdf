import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/graphql/pagination';
import { TimeWindowModel } from '../common/schedule/time-window';
import { MatchingStateModel, matchingStateOf } from '../matching/matching-state.model';
import type { ProfileEntity } from './profile.entity';
import type { BenefitRuleEntity } from '../benefits/benefit-rule.entity';
import { BenefitRuleModel, EarningsLimitBasis } from '../benefits/benefit-rule.model';
import type { StoredEarningsLimit } from '../benefits/earnings';
import { storedLimitOf } from './earnings-limit';
import { Necessity, ProfileStatus } from './profile.enums';
import { missingForActivation } from './profile-completeness';

registerEnumType(ProfileStatus, { name: 'ProfileStatus' });
registerEnumType(Necessity, { name: 'Necessity' });

export { Necessity, ProfileStatus };

/**
 * Ability, Restriction and AccommodationNeed hold taxonomy codes; their resolvers (profiles.resolver.ts) turn
 * them into taxonomy items, for coordinators and employers alike.
 */
@ObjectType('Ability')
export class AbilityModel {
  /** Resolved as `taskType`. */
  taskTypeCode: string;

  @Field(() => Int, { description: '0 interested but untried, 1 some experience, 2 experienced' })
  experience: number;
}

@ObjectType('Restriction', {
  description: 'A functional limit: work whose demand on this ICF code is above maxLevel conflicts',
})
export class RestrictionModel {
  /** Resolved as `demand`. */
  demandCode: string;

  @Field(() => Int)
  maxLevel: number;
}

@ObjectType('AccommodationNeed')
export class AccommodationNeedModel {
  /** Resolved as `accommodation`. */
  accommodationCode: string;

  @Field(() => Necessity)
  necessity: Necessity;
}

/**
 * The coordinator's view of a profile. `client` is resolved through the client loader; the matching module adds
 * `matches`.
 */
@ObjectType('CapacityProfile', { description: "The coordinator's view of a capacity profile" })
export class ProfileModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'stable, non-identifying code such as C-7K3Q, shown to employers instead of any identity' })
  pseudonym: string;

  /** Not in the API as such: `client` resolves it. */
  clientId: string;

  @Field(() => ProfileStatus)
  status: ProfileStatus;

  @Field({
    description: 'free text shown to employers; must not identify the person; "" while a DRAFT has none yet',
  })
  summary: string;

  @Field(() => [AbilityModel])
  abilities: AbilityModel[];

  @Field(() => [RestrictionModel])
  restrictions: RestrictionModel[];

  @Field(() => [AccommodationNeedModel])
  accommodationNeeds: AccommodationNeedModel[];

  @Field(() => Float, { description: '0 while a DRAFT leaves it empty (missingFields names it)' })
  hoursPerWeekMin: number;

  @Field(() => Float, { description: '0 while a DRAFT leaves it empty (missingFields names it)' })
  hoursPerWeekMax: number;

  @Field(() => [TimeWindowModel], { description: 'empty while a DRAFT has no time window yet' })
  availability: TimeWindowModel[];

  @Field({ description: '"" while a DRAFT leaves it empty (missingFields names it)' })
  municipalityCode: string;

  @Field(() => [String], {
    description:
      'what the profile lacks before it can be activated, by ProfileInput field name (summary, hoursPerWeekMin, hoursPerWeekMax, availability, municipalityCode); empty when complete',
  })
  missingFields: string[];

  @Field(() => Float, { nullable: true })
  maxCommuteKm: number | null;

  @Field()
  remoteOnly: boolean;

  @Field(() => [String], { description: 'ISO 639-1 codes' })
  languages: string[];

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => MatchingStateModel)
  matching: MatchingStateModel;

  /** Resolved as `earningsLimit` (with the rules of the day). */
  earnings: StoredEarningsLimit;

  @Field({
    description:
      "the employment services have found the person's work capacity reduced (the higher pay subsidy may apply)",
  })
  reducedWorkCapacity: boolean;
}

@ObjectType('EarningsLimit', {
  description:
    "How much the person may earn a month without losing or cutting a benefit. The person's coordinators and the person see it, never employers.",
})
export class EarningsLimitModel {
  @Field(() => EarningsLimitBasis)
  basis: EarningsLimitBasis;

  @Field(() => Float, { nullable: true, description: 'the limit that applies today, in euros a month; null for NONE' })
  monthlyLimitEur: number | null;

  @Field(() => Float, { nullable: true })
  prePensionMonthlyEur: number | null;

  @Field(() => Float, { nullable: true })
  sharePercent: number | null;

  @Field(() => BenefitRuleModel, {
    nullable: true,
    description: 'the dated rule the limit comes from, for PENSION_SHARE and GUARANTEE_FLOOR',
  })
  rule: BenefitRuleEntity | null;
}

@ObjectType('ProfileConnection')
export class ProfileConnectionModel extends Paginated(ProfileModel, 'Profile') {}

export function toProfileModel(profile: ProfileEntity): ProfileModel {
  return {
    id: profile.id,
    pseudonym: profile.pseudonym,
    clientId: profile.clientId,
    status: profile.status,
    summary: profile.summary,
    abilities: profile.abilities.map((a) => ({ taskTypeCode: a.taskTypeCode, experience: a.experience })),
    restrictions: profile.restrictions.map((r) => ({ demandCode: r.demandCode, maxLevel: r.maxLevel })),
    accommodationNeeds: profile.accommodationNeeds.map((n) => ({
      accommodationCode: n.accommodationCode,
      necessity: n.necessity as Necessity,
    })),
    hoursPerWeekMin: profile.hoursMin ?? 0,
    hoursPerWeekMax: profile.hoursMax ?? 0,
    availability: profile.availability.map((w) => ({ day: w.day, start: w.start, end: w.end })),
    municipalityCode: profile.municipalityCode ?? '',
    missingFields: missingForActivation(profile),
    maxCommuteKm: profile.maxCommuteKm,
    remoteOnly: profile.remoteOnly,
    languages: [...profile.languages],
    version: profile.version,
    updatedAt: profile.updatedAt,
    matching: matchingStateOf(profile),
    earnings: storedLimitOf(profile),
    reducedWorkCapacity: profile.reducedWorkCapacity,
  };
}
