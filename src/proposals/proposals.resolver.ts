import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessLogService, CandidateReadOperation } from '../access-log/access-log.service';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { NotFoundError } from '../common/errors/domain-error';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import type { JobEntity } from '../jobs/job.entity';
import { JobModel } from '../jobs/job.model';
import { jobLoader } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { MatchModel } from '../matching/match.model';
import { matchOfPairLoader } from '../matching/matches.loaders';
import { MatchesService } from '../matching/matches.service';
import { CandidateProfileModel, toCandidate } from '../profiles/candidate.model';
import { profileLoader } from '../profiles/profiles.loaders';
import { ProfilesService } from '../profiles/profiles.service';
import {
  PlacementStatsArgs,
  ProposalsArgs,
  ProposeCandidateArgs,
  RecordOutcomeArgs,
  RequestIntroductionArgs,
  RespondToProposalArgs,
} from './dto/proposal.args';
import { PlacementStatsService } from './placement-stats.service';
import { proposalEventsLoader } from './proposals.loaders';
import type { ProposalEntity } from './proposal.entity';
import {
  CoordinatorPlacementStatsModel,
  PlacementStatsModel,
  ProposalConnection,
  ProposalEventModel,
  ProposalModel,
  toProposalEventModel,
  toProposalModel,
} from './proposal.model';
import { ProposalsService } from './proposals.service';

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly proposalsService: ProposalsService,
    private readonly statsService: PlacementStatsService,
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly matches: MatchesService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Roles(Role.EMPLOYER, Role.COORDINATOR)
  @Query(() => ProposalConnection, {
    description: "EMPLOYER: proposals for own jobs; COORDINATOR: own service provider's",
  })
  async proposals(@CurrentViewer() viewer: Viewer, @Args() args: ProposalsArgs): Promise<Connection<ProposalModel>> {
    const page = await this.proposalsService.list(viewer, args);
    const shown = page.edges.map((edge) => edge.node.profileId);
    await this.accessLog.recordCandidateReads(viewer, shown, CandidateReadOperation.PROPOSALS);
    return page;
  }

  @Roles(Role.COORDINATOR, Role.ADMIN)
  @Query(() => PlacementStatsModel, { description: 'COORDINATOR: own service provider; ADMIN: all' })
  placementStats(@CurrentViewer() viewer: Viewer, @Args() args: PlacementStatsArgs): Promise<PlacementStatsModel> {
    return this.statsService.stats(viewer, args.from, args.to);
  }

  @Roles(Role.COORDINATOR)
  @Query(() => [CoordinatorPlacementStatsModel], {
    description:
      "COORDINATOR: own service provider's placement results per coordinator, over proposals created in [from, to)",
  })
  placementStatsByCoordinator(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PlacementStatsArgs,
  ): Promise<CoordinatorPlacementStatsModel[]> {
    return this.statsService.byCoordinator(viewer, args.from, args.to);
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => ProposalModel, {
    description: 'COORDINATOR; needs the client’s consent, an ACTIVE profile and a PUBLISHED job',
  })
  async proposeCandidate(@CurrentViewer() viewer: Viewer, @Args() args: ProposeCandidateArgs): Promise<ProposalModel> {
    return this.shown(viewer, await this.proposalsService.propose(viewer, args.jobId, args.profileId, args.message));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ProposalModel, { description: "EMPLOYER; the candidate must be among the job's matches" })
  async requestIntroduction(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RequestIntroductionArgs,
  ): Promise<ProposalModel> {
    this.accessLog.assertMaySeeCandidates(viewer);
    return this.shown(
      viewer,
      await this.proposalsService.requestIntroduction(viewer, args.jobId, args.candidateId, args.message),
    );
  }

  @Roles(Role.EMPLOYER, Role.COORDINATOR)
  @Mutation(() => ProposalModel, { description: 'the side the proposal waits for accepts or declines' })
  async respondToProposal(
    @CurrentViewer() viewer: Viewer,
    @Args() args: RespondToProposalArgs,
  ): Promise<ProposalModel> {
    this.accessLog.assertMaySeeCandidates(viewer);
    return this.shown(
      viewer,
      await this.proposalsService.respond(viewer, args.id, args.accept, args.declineReason, args.note),
    );
  }

  @Roles(Role.EMPLOYER, Role.COORDINATOR)
  @Mutation(() => ProposalModel, { description: 'COORDINATOR or EMPLOYER of an ACCEPTED or TRIAL proposal' })
  async recordOutcome(@CurrentViewer() viewer: Viewer, @Args() args: RecordOutcomeArgs): Promise<ProposalModel> {
    this.accessLog.assertMaySeeCandidates(viewer);
    return this.shown(viewer, await this.proposalsService.recordOutcome(viewer, args.id, args.outcome, args.note));
  }

  @Roles(Role.EMPLOYER, Role.COORDINATOR)
  @Mutation(() => ProposalModel)
  async withdrawProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProposalModel> {
    this.accessLog.assertMaySeeCandidates(viewer);
    return this.shown(viewer, await this.proposalsService.withdraw(viewer, id));
  }

  @ResolveField(() => JobModel)
  async job(@Parent() proposal: ProposalModel, @Ctx() ctx: GraphQLContext): Promise<JobEntity> {
    const job = await jobLoader(ctx, this.jobs).load(proposal.jobId);
    if (!job) throw new NotFoundError('The job');
    return job;
  }

  /** The anonymised view for both parties: the coordinator's own view is CapacityProfile, reached elsewhere. */
  @ResolveField(() => CandidateProfileModel)
  async candidate(@Parent() proposal: ProposalModel, @Ctx() ctx: GraphQLContext): Promise<CandidateProfileModel> {
    const profile = await profileLoader(ctx, this.profiles).load(proposal.profileId);
    if (!profile) throw new NotFoundError('The candidate');
    return toCandidate(profile);
  }

  /** The pair's match row, if the worker has one (it drops the pair once the job or profile leaves the market). */
  @ResolveField(() => MatchModel, { nullable: true })
  match(@Parent() proposal: ProposalModel, @Ctx() ctx: GraphQLContext): Promise<MatchModel | null> {
    return matchOfPairLoader(ctx, this.matches).load(`${proposal.jobId}:${proposal.profileId}`);
  }

  @ResolveField(() => [ProposalEventModel], { description: 'oldest first' })
  async events(@Parent() proposal: ProposalModel, @Ctx() ctx: GraphQLContext): Promise<ProposalEventModel[]> {
    const events = await proposalEventsLoader(ctx, this.proposalsService).load(proposal.id);
    return events.map(toProposalEventModel);
  }

  /**
   * A proposal handed to its employer shows them the candidate: logged before it leaves (no-op for others). It
   * answers the employer's own action on a proposal both sides entered, not a search: counted in the day's views,
   * never refused for the daily limit (the action is done by then).
   */
  private async shown(viewer: Viewer, proposal: ProposalEntity): Promise<ProposalModel> {
    const model = toProposalModel(proposal);
    await this.accessLog.recordCandidateReads(viewer, [model.profileId], CandidateReadOperation.PROPOSAL, {
      limited: false,
    });
    return model;
  }
}
