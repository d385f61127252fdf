import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EarningsGuard } from '../benefits/earnings-guard.service';
import { type SupportHintParent, SupportHintModel } from '../benefits/earnings.model';
import { Ctx } from '../common/auth/decorators';
import type { GraphQLContext } from '../common/graphql/context';
import { jobLoader } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { profileLoader } from '../profiles/profiles.loaders';
import { ProfilesService } from '../profiles/profiles.service';
import { ProposalModel } from './proposal.model';

/** Supports that may apply to the proposed hire, for both sides of the proposal. */
@Resolver(() => ProposalModel)
export class ProposalHintsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly guard: EarningsGuard,
  ) {}

  @ResolveField(() => [SupportHintModel])
  async supportHints(@Parent() proposal: ProposalModel, @Ctx() ctx: GraphQLContext): Promise<SupportHintParent[]> {
    const [job, profile] = await Promise.all([
      jobLoader(ctx, this.jobs).load(proposal.jobId),
      profileLoader(ctx, this.profiles).load(proposal.profileId),
    ]);
    if (!job || !profile) return [];
    return this.guard.hints(ctx, job, profile);
  }
}
