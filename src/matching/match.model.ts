import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Paginated, PageArgs } from '../common/graphql/pagination';
import type { CandidateProfileModel } from '../profiles/candidate.model';
import { MATCH_BLOCKERS, type MatchBlocker } from './kernel';

export const MatchBlockerEnum = Object.fromEntries(MATCH_BLOCKERS.map((b) => [b, b])) as { [K in MatchBlocker]: K };
registerEnumType(MatchBlockerEnum, { name: 'MatchBlocker' });

@ObjectType('ScoreBreakdown', { description: 'Each part 0 to 100' })
export class ScoreBreakdownModel {
  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  accommodations: number;

  @Field(() => Int)
  hours: number;

  @Field(() => Int)
  location: number;
}

/** A stored pair. Fields that reach other tables (job, candidate, carve-out) are resolved through loaders. */
@ObjectType('Match')
export class MatchModel {
  @Field(() => ID)
  id: string;

  jobId: string;
  profileId: string;
  carveOutTaskIds: string[];
  reasonData: unknown[];
  /** The anonymised candidate when the query that read the match read it too (a job's matches). */
  candidate?: CandidateProfileModel;

  @Field(() => Int, { description: '0 to 100; infeasible matches score 0' })
  score: number;

  @Field()
  feasible: boolean;

  @Field(() => ScoreBreakdownModel)
  breakdown: ScoreBreakdownModel;

  @Field(() => [MatchBlockerEnum])
  blockers: MatchBlocker[];

  @Field(() => Int)
  jobVersion: number;

  @Field(() => Int)
  profileVersion: number;

  @Field(() => Date)
  computedAt: Date;
}

@ObjectType('MatchConnection')
export class MatchConnection extends Paginated(MatchModel, 'Match') {}

@ArgsType()
export class MatchesArgs extends PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsBoolean()
  feasibleOnly: boolean = true;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'only the near misses (pairs with one blocker), in rank order; feasibleOnly is then not looked at. A page of ' +
      'near misses of its own, however many pairs are feasible.',
  })
  @IsBoolean()
  nearMissesOnly: boolean = false;
}
