import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Ctx } from '../common/auth/decorators';
import { Language } from '../common/graphql/enums';
import { type GraphQLContext, languageFor } from '../common/graphql/context';
import { AccommodationModel, DemandLevelModel, DemandModel, TaskTypeModel } from './taxonomy.model';
import { type Labelled, TaxonomyService } from './taxonomy.service';

const langArg = { name: 'lang', type: () => Language, nullable: true } as const;

function label(item: Labelled, lang: Language | null, ctx: GraphQLContext): string {
  return item.labels[languageFor(ctx, lang)];
}

/** Taxonomies are public: sign-up and job forms need them before anyone signs in. */
@Resolver(() => AccommodationModel)
export class AccommodationResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [AccommodationModel])
  accommodations(): readonly Labelled[] {
    return this.taxonomy.accommodations();
  }

  @ResolveField(() => String)
  label(@Parent() item: Labelled, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    return label(item, lang, ctx);
  }
}

@Resolver(() => DemandModel)
export class DemandResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [DemandModel])
  demands(): readonly Labelled[] {
    return this.taxonomy.demands();
  }

  @ResolveField(() => String)
  label(@Parent() item: Labelled, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    return label(item, lang, ctx);
  }
}

@Resolver(() => TaskTypeModel)
export class TaskTypeResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Public()
  @Query(() => [TaskTypeModel])
  taskTypes(): readonly Labelled[] {
    return this.taxonomy.taskTypes();
  }

  @ResolveField(() => String)
  label(@Parent() item: Labelled, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    return label(item, lang, ctx);
  }

  @ResolveField(() => [DemandLevelModel])
  typicalDemands(@Parent() item: { typicalDemands: { demandCode: string; level: number }[] }) {
    return item.typicalDemands.map((d) => ({ demand: this.taxonomy.demand(d.demandCode), level: d.level }));
  }
}
