import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { langOf, Role } from '../common/enums';
import { NotFoundError } from '../common/errors/domain-error';
import { type GraphQLContext, languageFor } from '../common/graphql/context';
import { Language } from '../common/graphql/enums';
import type { LazyTotalConnection } from '../common/graphql/pagination';
import type { JobEntity, JobTaskEntity } from '../jobs/job.entity';
import { JobModel, JobTaskModel } from '../jobs/job.model';
import { jobLoader, jobTaskLoader } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { CandidateProfileModel, toCandidate } from '../profiles/candidate.model';
import { ProfileModel } from '../profiles/profile.model';
import { profileLoader } from '../profiles/profiles.loaders';
import { ProfilesService } from '../profiles/profiles.service';
import { type Reason, renderReason } from './reasons';
import { MatchConnection, MatchesArgs, MatchModel } from './match.model';
import { MatchesService } from './matches.service';
import { jobMatchesLoader, profileMatchesLoader } from './matches.loaders';
import { TaxonomyLabels } from './taxonomy-labels';
import { EarningsGuard } from '../benefits/earnings-guard.service';
import type { EarningsEstimateValue } from '../benefits/earnings';
import { EarningsEstimateModel, type SupportHintParent, SupportHintModel } from '../benefits/earnings.model';

@Resolver(() => MatchModel)
export class MatchResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly labels: TaxonomyLabels,
    private readonly guard: EarningsGuard,
  ) {}

  @ResolveField(() => EarningsEstimateModel, {
    nullable: true,
    description:
      'COORDINATOR (and the CLIENT through offers); always null for EMPLOYER callers; null when the job has no wage',
  })
  async earnings(
    @Parent() match: MatchModel,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EarningsEstimateValue | null> {
    // Only the person's coordinators read matches by profile; an employer never learns the limit.
    if (viewer.role !== Role.COORDINATOR) return null;
    const [job, profile] = await Promise.all([
      jobLoader(ctx, this.jobs).load(match.jobId),
      profileLoader(ctx, this.profiles).load(match.profileId),
    ]);
    if (!job || !profile) return null;
    return this.guard.estimate(ctx, job, profile);
  }

  @ResolveField(() => [SupportHintModel], {
    description: 'supports that may apply if this candidate is hired for this job',
  })
  async supportHints(@Parent() match: MatchModel, @Ctx() ctx: GraphQLContext): Promise<SupportHintParent[]> {
    const [job, profile] = await Promise.all([
      jobLoader(ctx, this.jobs).load(match.jobId),
      profileLoader(ctx, this.profiles).load(match.profileId),
    ]);
    if (!job || !profile) return [];
    return this.guard.hints(ctx, job, profile);
  }

  @ResolveField(() => JobModel)
  async job(@Parent() match: MatchModel, @Ctx() ctx: GraphQLContext): Promise<JobEntity> {
    const job = await jobLoader(ctx, this.jobs).load(match.jobId);
    if (!job) throw new NotFoundError('The job');
    return job;
  }

  /** Always the anonymised view, whoever asks: the coordinator's own view is CapacityProfile, reached elsewhere. */
  @ResolveField(() => CandidateProfileModel)
  async candidate(@Parent() match: MatchModel, @Ctx() ctx: GraphQLContext): Promise<CandidateProfileModel> {
    if (match.candidate) return match.candidate;
    const profile = await profileLoader(ctx, this.profiles).load(match.profileId);
    if (!profile) throw new NotFoundError('The candidate');
    return toCandidate(profile);
  }

  @ResolveField(() => [JobTaskModel], {
    description: 'modifiable tasks of the job this candidate should not be given: the carved job is the rest',
  })
  async carveOut(@Parent() match: MatchModel, @Ctx() ctx: GraphQLContext): Promise<JobTaskEntity[]> {
    const tasks = await jobTaskLoader(ctx, this.jobs).loadMany(match.carveOutTaskIds);
    return tasks.filter((t): t is JobTaskEntity => t !== null && !(t instanceof Error));
  }

  @ResolveField(() => [String], {
    description: "plain-language reasons, in the caller's language unless lang is given",
  })
  reasons(
    @Parent() match: MatchModel,
    @Args('lang', { type: () => Language, nullable: true }) lang: Language | null,
    @Ctx() ctx: GraphQLContext,
  ): string[] {
    const language = langOf(languageFor(ctx, lang));
    // Employers read no figure that a person's earnings limit sets (EMPLOYER_CATALOGS).
    const audience = ctx.viewer?.role === Role.EMPLOYER ? 'employer' : 'coordinator';
    return (match.reasonData as Reason[]).map((reason) => renderReason(reason, language, this.labels, audience));
  }
}

/** A page's total is counted only when `totalCount` is asked for (one grouped count for the request's pages). */
@Resolver(() => MatchConnection)
export class MatchConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: LazyTotalConnection<MatchModel>): Promise<number> {
    return connection.totalCount();
  }
}

@Resolver(() => JobModel)
export class JobMatchesResolver {
  constructor(private readonly matchesService: MatchesService) {}

  @ResolveField(() => MatchConnection, {
    description: "ranked best first; employers of the job's organisation see consented ACTIVE profiles only",
  })
  async matches(
    @Parent() job: JobEntity,
    @Args() args: MatchesArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LazyTotalConnection<MatchModel>> {
    const audience = this.matchesService.audienceFor(viewer, job.organisationId);
    // One query for the matches of every job in the response that asks with the same arguments; for employers it
    // also writes the access log of the candidates shown.
    return jobMatchesLoader(ctx, this.matchesService, audience, args).load(job.id);
  }
}

/**
 * CapacityProfile is handed to coordinators of its service provider and, to read, to the client it describes.
 * Clients never see matches (DESIGN.md), so the role is checked here; a coordinator's profile needs no new check.
 */
@Resolver(() => ProfileModel)
export class ProfileMatchesResolver {
  constructor(private readonly matchesService: MatchesService) {}

  @ResolveField(() => MatchConnection)
  matches(
    @Parent() profile: ProfileModel,
    @Args() args: MatchesArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LazyTotalConnection<MatchModel>> {
    this.matchesService.checkProfileMatchesReader(viewer);
    return profileMatchesLoader(ctx, this.matchesService, args).load(profile.id);
  }
}

@Resolver(() => CandidateProfileModel)
export class CandidateResolver {
  constructor(private readonly matches: MatchesService) {}

  @Roles(Role.EMPLOYER)
  @Query(() => CandidateProfileModel, {
    nullable: true,
    description: "EMPLOYER: an anonymised profile that matches or was proposed to one of the organisation's jobs",
  })
  async candidate(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CandidateProfileModel> {
    return toCandidate(await this.matches.candidate(viewer, id));
  }
}
