import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { AtMostDecimals, Length, MaxLength } from '../../common/validation/text';
import { PageArgs } from '../../common/graphql/pagination';
import { TimeWindowInput } from '../../common/schedule/time-window';
import { IsMunicipalityCodeFormat } from '../../common/validation/validators';
import { JobStatus } from '../job.model';
import { JOB_LIMITS } from '../job.validation';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** Taxonomy codes are short; the longest known is under 30 characters. */
const CODE_MAX_LENGTH = 40;

@InputType('DemandLevelInput')
export class DemandLevelInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  demandCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(JOB_LIMITS.levelMax, { message: `must be 0 to ${JOB_LIMITS.levelMax} (the ICF qualifier scale)` })
  level: number;
}

@InputType('JobTaskInput')
export class JobTaskInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  taskTypeCode: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, JOB_LIMITS.taskDescriptionMax)
  description: string;

  /** Omitted: the task type's typical demands. */
  @Field(() => [DemandLevelInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(JOB_LIMITS.demandsPerTaskMax)
  @ValidateNested({ each: true })
  @Type(() => DemandLevelInput)
  demands?: DemandLevelInput[] | null;

  @Field()
  @IsBoolean()
  modifiable: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  hoursShare?: number | null;
}

@InputType('JobInput')
export class JobInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, JOB_LIMITS.titleMax)
  title: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, JOB_LIMITS.descriptionMax)
  description: string;

  @Field()
  @IsMunicipalityCodeFormat()
  municipalityCode: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remotePossible?: boolean | null;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(JOB_LIMITS.hoursPerWeekMax)
  @AtMostDecimals(2)
  hoursPerWeekMin: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(JOB_LIMITS.hoursPerWeekMax)
  @AtMostDecimals(2)
  hoursPerWeekMax: number;

  @Field(() => [TimeWindowInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOB_LIMITS.scheduleMax)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowInput)
  schedule: TimeWindowInput[];

  @Field(() => [JobTaskInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(JOB_LIMITS.tasksMax)
  @ValidateNested({ each: true })
  @Type(() => JobTaskInput)
  tasks: JobTaskInput[];

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(JOB_LIMITS.accommodationsMax)
  @IsString({ each: true })
  @MaxLength(CODE_MAX_LENGTH, { each: true })
  accommodationCodes: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @AtMostDecimals(2, { message: 'must be euros and cents' })
  @Min(0)
  @Max(JOB_LIMITS.hourlyWageMax)
  hourlyWage?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(JOB_LIMITS.positionsMax)
  positions?: number | null;
}

@InputType('JobFilter')
export class JobFilter {
  @Field(() => JobStatus, { nullable: true })
  @IsOptional()
  @IsEnum(JobStatus)
  status?: JobStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMunicipalityCodeFormat()
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'text search over title, description and task descriptions' })
  @IsOptional()
  @IsString()
  @MaxLength(JOB_LIMITS.filterTextMax)
  text?: string | null;
}

/** The arguments of `jobs`: a page and an optional filter (one class, as the ValidationPipe sees all args at once). */
@ArgsType()
export class JobsArgs extends PageArgs {
  @Field(() => JobFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobFilter)
  filter?: JobFilter | null;
}
