import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { EarningsEstimateValue } from '../benefits/earnings';
import { EarningsGuard } from '../benefits/earnings-guard.service';
import { EarningsEstimateModel } from '../benefits/earnings.model';
import { Ctx, CurrentViewer } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import { jobLoader } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { profileLoader } from '../profiles/profiles.loaders';
import { ProfilesService } from '../profiles/profiles.service';
import { OfferModel } from './offer.model';

/** What the offered job would earn the client against their limit: for the client and their coordinators. */
@Resolver(() => OfferModel)
export class OfferEarningsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly guard: EarningsGuard,
  ) {}

  @ResolveField(() => EarningsEstimateModel, {
    nullable: true,
    description: 'the CLIENT and COORDINATOR; null for anyone else and when the job has no wage',
  })
  async earnings(
    @Parent() offer: OfferModel,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EarningsEstimateValue | null> {
    if (viewer.role !== Role.CLIENT && viewer.role !== Role.COORDINATOR) return null;
    const [job, profile] = await Promise.all([
      jobLoader(ctx, this.jobs).load(offer.jobId),
      profileLoader(ctx, this.profiles).load(offer.profileId),
    ]);
    if (!job || !profile) return null;
    return this.guard.estimate(ctx, job, profile);
  }
}
