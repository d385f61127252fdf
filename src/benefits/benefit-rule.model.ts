import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { BenefitRuleKind, EarningsLimitBasis } from './benefit-rule.kind';

registerEnumType(BenefitRuleKind, { name: 'BenefitRuleKind' });
registerEnumType(EarningsLimitBasis, { name: 'EarningsLimitBasis' });

export { BenefitRuleKind, EarningsLimitBasis };

/** The parent of BenefitRule's fields is a benefit_rule row (BenefitRuleEntity); label and explanation resolve. */
@ObjectType('BenefitRule', {
  description:
    'A dated rule of Finnish benefits or employer supports. Each figure holds for its validity period, with its source.',
})
export class BenefitRuleModel {
  @Field(() => ID, {
    description: 'stable code, e.g. pension.partial_share, pension.guarantee_floor, pay_subsidy.reduced_work_capacity',
  })
  code: string;

  @Field(() => BenefitRuleKind)
  kind: BenefitRuleKind;

  @Field(() => Float, {
    nullable: true,
    description: 'euros, where the rule has an amount (a monthly floor, a cap, a one-off maximum)',
  })
  amountEur: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'percent, where the rule has a share (40 or 60 % of pre-pension earnings, 70 % of pay costs)',
  })
  percent: number | null;

  @Field(() => Int, { nullable: true, description: 'how long a support lasts at most, in months, where it says' })
  maxMonths: number | null;

  @Field({ description: 'first day it holds, YYYY-MM-DD' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'last day it holds, YYYY-MM-DD; null while in force' })
  validTo: string | null;

  @Field()
  sourceUrl: string;
}

@InputType('LocalizedTextInput')
export class LocalizedTextInput {
  @Field()
  @IsString()
  fi: string;

  @Field()
  @IsString()
  sv: string;

  @Field()
  @IsString()
  en: string;
}

/**
 * ADMIN: a rule's figures for a period. The same code and validFrom as a stored rule replaces that rule (to mend a
 * figure or end it with validTo); otherwise it is added, and must not overlap another period of the same code.
 */
@InputType('BenefitRuleInput')
export class BenefitRuleInput {
  @Field(() => ID)
  @IsString()
  code: string;

  @Field(() => BenefitRuleKind)
  @IsEnum(BenefitRuleKind)
  kind: BenefitRuleKind;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  label: LocalizedTextInput;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  explanation: LocalizedTextInput;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  amountEur?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  percent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxMonths?: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsString()
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  validTo?: string | null;

  @Field()
  @IsString()
  sourceUrl: string;
}
