import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/auth/decorators';
import { langOf, languageOf } from '../common/enums';
import { type GraphQLContext, languageFor } from '../common/graphql/context';
import { Language } from '../common/graphql/enums';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { earningsSummary, type EarningsEstimateValue, hintReasonText } from './earnings';
import { EarningsEstimateModel, type SupportHintParent, SupportHintModel } from './earnings.model';

const langArg = { name: 'lang', type: () => Language, nullable: true } as const;

@Resolver(() => EarningsEstimateModel)
export class EarningsEstimateResolver {
  @ResolveField(() => String, {
    description: 'plain-language summary, e.g. what happens after three months over the limit',
  })
  summary(
    @Parent() estimate: EarningsEstimateValue,
    @Args(langArg) lang: Language | null,
    @Ctx() ctx: GraphQLContext,
  ): string {
    return earningsSummary(estimate, langOf(languageFor(ctx, lang)));
  }
}

@Resolver(() => SupportHintModel)
export class SupportHintResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => String, { description: 'why it may apply here' })
  reason(@Parent() hint: SupportHintParent, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    return hintReasonText(hint.reason, langOf(languageFor(ctx, lang)), (code, l) => {
      const item = this.taxonomy.accommodation(code);
      return item ? item.labels[languageOf(l)] : code;
    });
  }
}
