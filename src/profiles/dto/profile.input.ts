import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/graphql/pagination';
import { TimeWindowInput } from '../../common/schedule/time-window';
import { Necessity, ProfileStatus } from '../profile.model';
import { EarningsLimitBasis } from '../../benefits/benefit-rule.model';

/*
 * The decorators here check types only. Every rule of a profile (bounds, ranges, taxonomy codes, duplicates,
 * hours against availability, the summary's privacy) is in checkProfileInput, so that one BAD_USER_INPUT names
 * every problem of a request at once; a rule here would answer before the others are seen. Time formats are
 * the exception: TimeWindowInput is shared with jobs and checks its own.
 */

@InputType('AbilityInput')
export class AbilityInput {
  @Field(() => ID)
  @IsString()
  taskTypeCode: string;

  @Field(() => Int)
  @IsInt()
  experience: number;
}

@InputType('RestrictionInput')
export class RestrictionInput {
  @Field(() => ID)
  @IsString()
  demandCode: string;

  @Field(() => Int)
  @IsInt()
  maxLevel: number;
}

@InputType('AccommodationNeedInput')
export class AccommodationNeedInput {
  @Field(() => ID)
  @IsString()
  accommodationCode: string;

  @Field(() => Necessity)
  @IsEnum(Necessity)
  necessity: Necessity;
}

@InputType('EarningsLimitInput')
export class EarningsLimitInput {
  @Field(() => EarningsLimitBasis)
  @IsEnum(EarningsLimitBasis)
  basis: EarningsLimitBasis;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  monthlyLimitEur?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  prePensionMonthlyEur?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  sharePercent?: number | null;
}

@InputType('ProfileInput')
export class ProfileInput {
  @Field()
  @IsString()
  summary: string;

  @Field(() => [AbilityInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AbilityInput)
  abilities: AbilityInput[];

  @Field(() => [RestrictionInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RestrictionInput)
  restrictions: RestrictionInput[];

  @Field(() => [AccommodationNeedInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AccommodationNeedInput)
  accommodationNeeds: AccommodationNeedInput[];

  @Field(() => Float, { nullable: true, description: 'left out or null: not known yet (a DRAFT may leave it empty)' })
  @IsOptional()
  @IsNumber()
  hoursPerWeekMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'left out or null: not known yet (a DRAFT may leave it empty)' })
  @IsOptional()
  @IsNumber()
  hoursPerWeekMax?: number | null;

  @Field(() => [TimeWindowInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  availability: TimeWindowInput[];

  @Field(() => String, {
    nullable: true,
    description: 'left out or null: not known yet (a DRAFT may leave it empty)',
  })
  @IsOptional()
  @IsString()
  municipalityCode?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  maxCommuteKm?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remoteOnly?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  languages?: string[] | null;

  @Field(() => EarningsLimitInput, {
    nullable: true,
    description: 'left out: unchanged (none for a new profile); null: none',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EarningsLimitInput)
  earningsLimit?: EarningsLimitInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "the employment services have found the person's work capacity reduced (the higher pay subsidy may apply); left out: unchanged",
  })
  @IsOptional()
  @IsBoolean()
  reducedWorkCapacity?: boolean | null;
}

@ArgsType()
export class ProfilesArgs extends PageArgs {
  @Field(() => ProfileStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileStatus)
  status?: ProfileStatus | null;
}
