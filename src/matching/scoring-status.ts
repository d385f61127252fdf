import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Roles } from '../common/auth/decorators';
import { Role } from '../common/enums';
import { SCORER_VERSION } from './scorer-version';
import { ScoringRequests } from './scoring-requests.service';

@ObjectType('ScoringStatus', { description: 'ADMIN: how far background scoring is behind the data and the scorer' })
export class ScoringStatusModel {
  @Field(() => Int, { description: 'the version of the scoring formula and reasons that this release computes' })
  scorerVersion: number;

  @Field(() => Int)
  jobsBehind: number;

  @Field(() => Int)
  profilesBehind: number;

  @Field(() => Int, { description: 'match rows computed by an older scorer version, still served until rescored' })
  rowsOfOlderScorer: number;

  @Field(() => Int, { description: 'scoring requests waiting in the queue' })
  queued: number;
}

/** Counts of what scoring still has to do, for `scoringStatus` and `/metrics`. */
export interface ScoringBacklog {
  jobsBehind: number;
  profilesBehind: number;
  rowsOfOlderScorer: number;
}

/**
 * How far scoring is behind: jobs and profiles whose data changed since their last run, or that an older scorer
 * scored, and the match rows of an older scorer. Each count reads an index (the needs-scoring and scorer indexes,
 * match_scorer_version_idx), so it is cheap while little is behind and never scans the tables.
 */
@Injectable()
export class ScoringStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: ScoringRequests,
  ) {}

  async backlog(): Promise<ScoringBacklog> {
    const behind = (table: string): string =>
      `(SELECT count(*) FROM ${table} WHERE scored_version IS DISTINCT FROM version)
     + (SELECT count(*) FROM ${table} WHERE scored_scorer_version < $1 AND scored_version = version)`;
    const rows = await this.dataSource.query<ScoringBacklog[]>(
      `SELECT (${behind('job')})::int AS "jobsBehind", (${behind('capacity_profile')})::int AS "profilesBehind",
              (SELECT count(*) FROM match WHERE scorer_version < $1)::int AS "rowsOfOlderScorer"`,
      [SCORER_VERSION],
    );
    return rows[0];
  }

  async status(): Promise<ScoringStatusModel> {
    const [backlog, queued] = await Promise.all([this.backlog(), this.requests.waiting()]);
    return { scorerVersion: SCORER_VERSION, ...backlog, queued };
  }
}

@Resolver()
export class ScoringStatusResolver {
  constructor(private readonly status: ScoringStatusService) {}

  @Query(() => ScoringStatusModel, { description: 'ADMIN: how far background scoring is behind' })
  @Roles(Role.ADMIN)
  scoringStatus(): Promise<ScoringStatusModel> {
    return this.status.status();
  }
}
