import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/auth/decorators';
import { Language, Role } from '../common/graphql/enums';
import { type GraphQLContext, languageFor } from '../common/graphql/context';
import type { BenefitRuleEntity } from './benefit-rule.entity';
import { BenefitRuleInput, BenefitRuleKind, BenefitRuleModel } from './benefit-rule.model';
import { BenefitRulesService } from './benefit-rules.service';

const langArg = { name: 'lang', type: () => Language, nullable: true } as const;

export function ruleLabel(rule: BenefitRuleEntity, language: Language): string {
  return { FI: rule.labelFi, SV: rule.labelSv, EN: rule.labelEn }[language];
}

export function ruleExplanation(rule: BenefitRuleEntity, language: Language): string {
  return { FI: rule.explanationFi, SV: rule.explanationSv, EN: rule.explanationEn }[language];
}

@Resolver(() => BenefitRuleModel)
export class BenefitRulesResolver {
  constructor(private readonly rules: BenefitRulesService) {}

  @Query(() => [BenefitRuleModel], {
    description: 'the rules in force on a day (default today), for everyone signed in',
  })
  benefitRules(
    @Args('kind', { type: () => BenefitRuleKind, nullable: true }) kind: BenefitRuleKind | null,
    @Args('on', { type: () => String, nullable: true }) on: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BenefitRuleEntity[]> {
    return this.rules.inForce(ctx, kind, on);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => BenefitRuleModel, {
    description:
      'ADMIN: the figures of a rule for a period. The same code and validFrom replaces that period (a corrected figure, or validTo to end it); another validFrom adds a period, which must not overlap the others of the code',
  })
  saveBenefitRule(@Args('input') input: BenefitRuleInput): Promise<BenefitRuleEntity> {
    return this.rules.save(input);
  }

  @ResolveField(() => String)
  label(@Parent() rule: BenefitRuleEntity, @Args(langArg) lang: Language | null, @Ctx() ctx: GraphQLContext): string {
    return ruleLabel(rule, languageFor(ctx, lang));
  }

  @ResolveField(() => String, { description: 'plain-language explanation of the rule' })
  explanation(
    @Parent() rule: BenefitRuleEntity,
    @Args(langArg) lang: Language | null,
    @Ctx() ctx: GraphQLContext,
  ): string {
    return ruleExplanation(rule, languageFor(ctx, lang));
  }
}
