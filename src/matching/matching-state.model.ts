import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SCORER_VERSION } from './scorer-version';

@ObjectType('MatchingState', {
  description: 'Whether background scoring has caught up with the latest version of a job or profile',
})
export class MatchingStateModel {
  @Field()
  upToDate: boolean;

  @Field(() => Int, { nullable: true })
  scoredVersion: number | null;

  @Field(() => Date, { nullable: true })
  scoredAt: Date | null;

  @Field(() => Int)
  candidatesScored: number;
}

/** The columns every scored row (job, capacity_profile) carries. */
export interface ScoredRow {
  version: number;
  scoredVersion: number | null;
  scoredScorerVersion: number | null;
  scoredAt: Date | null;
  candidatesScored: number;
}

/** Up to date with the current data and the current scorer (a newer one counts too, during a rolling deploy). */
export function matchingStateOf(row: ScoredRow): MatchingStateModel {
  return {
    upToDate: row.scoredVersion === row.version && (row.scoredScorerVersion ?? 0) >= SCORER_VERSION,
    scoredVersion: row.scoredVersion,
    scoredAt: row.scoredAt,
    candidatesScored: row.candidatesScored,
  };
}
