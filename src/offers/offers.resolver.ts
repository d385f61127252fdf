import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { NotFoundError } from '../common/errors/domain-error';
import type { GraphQLContext } from '../common/graphql/context';
import type { JobEntity, JobTaskEntity } from '../jobs/job.entity';
import { JobModel, JobTaskModel } from '../jobs/job.model';
import { jobLoader, jobTaskLoader } from '../jobs/jobs.loaders';
import { JobsService } from '../jobs/jobs.service';
import { OfferJobArgs, RespondToOfferArgs } from './dto/offer.args';
import { ProfileModel } from '../profiles/profile.model';
import { OfferModel, toOfferModel } from './offer.model';
import { offersOfProfileLoader } from './offers.loaders';
import { OffersService } from './offers.service';

@Resolver(() => OfferModel)
export class OffersResolver {
  constructor(
    private readonly offers: OffersService,
    private readonly jobs: JobsService,
  ) {}

  @Roles(Role.COORDINATOR)
  @Mutation(() => OfferModel, { description: "COORDINATOR offers a job to the profile's client" })
  async offerJob(@CurrentViewer() viewer: Viewer, @Args() args: OfferJobArgs): Promise<OfferModel> {
    return toOfferModel(await this.offers.offer(viewer, args.jobId, args.profileId, args.message));
  }

  @Roles(Role.CLIENT)
  @Query(() => [OfferModel], { description: 'CLIENT: the jobs offered to me' })
  async myOffers(@CurrentViewer() viewer: Viewer): Promise<OfferModel[]> {
    return (await this.offers.mine(viewer)).map(toOfferModel);
  }

  @Roles(Role.CLIENT)
  @Mutation(() => OfferModel, { description: 'CLIENT' })
  async respondToOffer(@CurrentViewer() viewer: Viewer, @Args() args: RespondToOfferArgs): Promise<OfferModel> {
    return toOfferModel(await this.offers.respond(viewer, args.offerId, args.interested, args.comment));
  }

  /** The job as it is now; the offer was made to the caller's client (or by the caller), so no new check. */
  @ResolveField(() => JobModel)
  async job(@Parent() offer: OfferModel, @Ctx() ctx: GraphQLContext): Promise<JobEntity> {
    const job = await jobLoader(ctx, this.jobs).load(offer.jobId);
    if (!job) throw new NotFoundError('The job');
    return job;
  }

  /** Task labels come in the caller's language, as for any JobTask. */
  @ResolveField(() => [JobTaskModel], {
    description: "tasks of the job left out for this client (from the match's carve-out)",
  })
  async carveOut(@Parent() offer: OfferModel, @Ctx() ctx: GraphQLContext): Promise<JobTaskEntity[]> {
    const tasks = await jobTaskLoader(ctx, this.jobs).loadMany(offer.carveOutTaskIds);
    return tasks.filter((t): t is JobTaskEntity => t !== null && !(t instanceof Error));
  }
}

/** `CapacityProfile.offers`: here rather than in the profiles module, which offers depend on. */
@Resolver(() => ProfileModel)
export class ProfileOffersResolver {
  constructor(private readonly offersService: OffersService) {}

  /** The profile is one the caller may see (its coordinators, or its client): so are the offers made through it. */
  @ResolveField(() => [OfferModel], {
    description: "the jobs offered to the profile's client through this profile, with the answers, newest first",
  })
  async offers(@Parent() profile: ProfileModel, @Ctx() ctx: GraphQLContext): Promise<OfferModel[]> {
    const offers = await offersOfProfileLoader(ctx, this.offersService).load(profile.id);
    return offers.map(toOfferModel);
  }
}
