import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService } from '../accounts/accounts.service';
import { OrganisationModel } from '../accounts/accounts.model';
import { organisationLoader } from '../accounts/accounts.loaders';
import type { OrganisationEntity } from '../accounts/organisation.entity';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import { TimeWindowModel } from '../common/schedule/time-window';
import { MatchingStateModel, matchingStateOf } from '../matching/matching-state.model';
import { AccommodationModel, DemandLevelModel, TaskTypeModel } from '../taxonomy/taxonomy.model';
import { type AccommodationItem, type TaskTypeItem, TaxonomyService } from '../taxonomy/taxonomy.service';
import { JobInput, JobsArgs } from './dto/job.input';
import type { JobEntity, JobTaskEntity } from './job.entity';
import { JobConnection, JobModel, JobTaskModel } from './job.model';
import { JobsService } from './jobs.service';
import { tasksOfVersion } from './jobs.loaders';

@Resolver(() => JobModel)
export class JobsResolver {
  constructor(
    private readonly jobsService: JobsService,
    private readonly accounts: AccountsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Roles(Role.EMPLOYER, Role.COORDINATOR, Role.ADMIN)
  @Query(() => JobConnection, {
    description: "EMPLOYER: own organisation's jobs; COORDINATOR, ADMIN: published jobs (and all for ADMIN)",
  })
  jobs(@CurrentViewer() viewer: Viewer, @Args() args: JobsArgs): Promise<Connection<JobEntity>> {
    return this.jobsService.list(viewer, args.filter, args);
  }

  @Query(() => JobModel, { nullable: true })
  job(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<JobEntity> {
    return this.jobsService.getVisible(viewer, id);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobModel, { description: 'EMPLOYER' })
  createJob(@CurrentViewer() viewer: Viewer, @Args('input') input: JobInput): Promise<JobEntity> {
    return this.jobsService.create(viewer, input);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobModel, { description: 'EMPLOYER; CONFLICT when expectedVersion is given and stale' })
  updateJob(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JobInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
  ): Promise<JobEntity> {
    return this.jobsService.update(viewer, id, input, expectedVersion);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobModel)
  publishJob(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<JobEntity> {
    return this.jobsService.publish(viewer, id);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobModel)
  closeJob(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('filled', { type: () => Boolean, nullable: true, defaultValue: false }) filled: boolean | null,
  ): Promise<JobEntity> {
    return this.jobsService.close(viewer, id, filled ?? false);
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() job: JobEntity, @Ctx() ctx: GraphQLContext): Promise<OrganisationEntity | null> {
    return organisationLoader(ctx, this.accounts).load(job.organisationId);
  }

  @ResolveField(() => Float)
  hoursPerWeekMin(@Parent() job: JobEntity): number {
    return job.hoursMin;
  }

  @ResolveField(() => Float)
  hoursPerWeekMax(@Parent() job: JobEntity): number {
    return job.hoursMax;
  }

  @ResolveField(() => [TimeWindowModel], { description: 'when the work can be done' })
  schedule(@Parent() job: JobEntity): TimeWindowModel[] {
    return job.schedule;
  }

  @ResolveField(() => [JobTaskModel])
  tasks(@Parent() job: JobEntity, @Ctx() ctx: GraphQLContext): Promise<JobTaskEntity[]> {
    return tasksOfVersion(ctx, this.jobsService, job.id, job.version);
  }

  @ResolveField(() => [AccommodationModel], { description: 'accommodations the employer offers' })
  accommodations(@Parent() job: JobEntity): AccommodationItem[] {
    return job.accommodationCodes
      .map((code) => this.taxonomy.accommodation(code))
      .filter((item): item is AccommodationItem => item !== undefined);
  }

  @ResolveField(() => MatchingStateModel)
  matching(@Parent() job: JobEntity): MatchingStateModel {
    return matchingStateOf(job);
  }
}

@Resolver(() => JobTaskModel)
export class JobTaskResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => TaskTypeModel)
  taskType(@Parent() task: JobTaskEntity): TaskTypeItem | undefined {
    return this.taxonomy.taskType(task.taskTypeCode);
  }

  @ResolveField(() => [DemandLevelModel])
  demands(@Parent() task: JobTaskEntity) {
    return task.demands.map((d) => ({ demand: this.taxonomy.demand(d.demandCode), level: d.level }));
  }
}
