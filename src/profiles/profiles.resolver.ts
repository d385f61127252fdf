import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientModel, toClientModel } from '../clients/client.model';
import { clientLoader } from '../clients/clients.loaders';
import { ClientsService } from '../clients/clients.service';
import { Ctx, CurrentViewer, Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import type { GraphQLContext } from '../common/graphql/context';
import type { Connection } from '../common/graphql/pagination';
import { AccommodationModel, DemandModel, TaskTypeModel } from '../taxonomy/taxonomy.model';
import type { AccommodationItem, DemandItem, TaskTypeItem } from '../taxonomy/taxonomy.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { ProfileInput, ProfilesArgs } from './dto/profile.input';
import {
  AbilityModel,
  AccommodationNeedModel,
  EarningsLimitModel,
  ProfileConnectionModel,
  ProfileModel,
  ProfileStatus,
  RestrictionModel,
  toProfileModel,
} from './profile.model';
import { ProfilesService } from './profiles.service';
import { BenefitRulesService } from '../benefits/benefit-rules.service';
import { EarningsLimitBasis } from '../benefits/benefit-rule.kind';
import { resolveLimit } from '../benefits/earnings';
import { profilesOfClientLoader } from './profiles.loaders';

@Resolver(() => ProfileModel)
export class ProfilesResolver {
  constructor(
    private readonly profilesService: ProfilesService,
    private readonly clientsService: ClientsService,
  ) {}

  @Roles(Role.COORDINATOR)
  @Mutation(() => ProfileModel, { description: 'COORDINATOR' })
  async createProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('clientId', { type: () => ID }) clientId: string,
    @Args('input') input: ProfileInput,
  ): Promise<ProfileModel> {
    return toProfileModel(await this.profilesService.create(viewer, clientId, input));
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => ProfileModel)
  async updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProfileInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<ProfileModel> {
    return toProfileModel(await this.profilesService.update(viewer, id, input, expectedVersion));
  }

  @Roles(Role.COORDINATOR)
  @Mutation(() => ProfileModel)
  async setProfileStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ProfileStatus }) status: ProfileStatus,
  ): Promise<ProfileModel> {
    return toProfileModel(await this.profilesService.setStatus(viewer, id, status));
  }

  @Roles(Role.COORDINATOR)
  @Query(() => ProfileConnectionModel, { description: "COORDINATOR: own service provider's profiles" })
  profiles(@CurrentViewer() viewer: Viewer, @Args() args: ProfilesArgs): Promise<Connection<ProfileModel>> {
    return this.profilesService.list(viewer, args);
  }

  @Roles(Role.COORDINATOR, Role.CLIENT)
  @Query(() => ProfileModel, { nullable: true })
  async profile(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProfileModel> {
    return toProfileModel(await this.profilesService.getVisible(viewer, id));
  }

  @ResolveField(() => ClientModel)
  async client(@Parent() profile: ProfileModel, @Ctx() ctx: GraphQLContext): Promise<ClientModel> {
    const client = await clientLoader(ctx, this.clientsService).load(profile.clientId);
    if (!client) throw new Error(`profile ${profile.id} has no client ${profile.clientId}`);
    return toClientModel(client);
  }
}

/** `Client.profiles`: here rather than in the clients module, which profiles depend on. */
@Resolver(() => ClientModel)
export class ClientProfilesResolver {
  constructor(private readonly profilesService: ProfilesService) {}

  @ResolveField(() => [ProfileModel])
  async profiles(@Parent() client: ClientModel, @Ctx() ctx: GraphQLContext): Promise<ProfileModel[]> {
    const profiles = await profilesOfClientLoader(ctx, this.profilesService).load(client.id);
    return profiles.map(toProfileModel);
  }
}

function known<T>(item: T | undefined, what: string, code: string): T {
  if (!item) throw new Error(`unknown ${what} code ${code} in a stored profile`);
  return item;
}

@Resolver(() => AbilityModel)
export class AbilityResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => TaskTypeModel)
  taskType(@Parent() ability: AbilityModel): TaskTypeItem {
    return known(this.taxonomy.taskType(ability.taskTypeCode), 'task type', ability.taskTypeCode);
  }
}

@Resolver(() => RestrictionModel)
export class RestrictionResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => DemandModel)
  demand(@Parent() restriction: RestrictionModel): DemandItem {
    return known(this.taxonomy.demand(restriction.demandCode), 'demand', restriction.demandCode);
  }
}

@Resolver(() => AccommodationNeedModel)
export class AccommodationNeedResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => AccommodationModel)
  accommodation(@Parent() need: AccommodationNeedModel): AccommodationItem {
    return known(this.taxonomy.accommodation(need.accommodationCode), 'accommodation', need.accommodationCode);
  }
}

/** CapacityProfile's earnings limit, resolved with the rules in force today (read once per request). */
@Resolver(() => ProfileModel)
export class ProfileEarningsResolver {
  constructor(private readonly rules: BenefitRulesService) {}

  @ResolveField(() => EarningsLimitModel, { nullable: true })
  async earningsLimit(@Parent() profile: ProfileModel, @Ctx() ctx: GraphQLContext): Promise<EarningsLimitModel | null> {
    const stored = profile.earnings;
    if (stored.basis === EarningsLimitBasis.NONE) return null;
    const resolved = resolveLimit(stored, await this.rules.ofDay(ctx));
    return {
      basis: stored.basis,
      monthlyLimitEur: resolved.monthlyLimitEur,
      prePensionMonthlyEur: stored.prePensionEur,
      sharePercent: stored.sharePercent,
      rule: resolved.rule,
    };
  }
}
