import { Module } from '@nestjs/common';
import { BenefitRulesResolver } from './benefit-rules.resolver';
import { BenefitRulesService } from './benefit-rules.service';

/** Dated benefit and support rules (benefit_rule), benefitRules and ADMIN's saveBenefitRule. */
@Module({
  providers: [BenefitRulesService, BenefitRulesResolver],
  exports: [BenefitRulesService],
})
export class BenefitsModule {}
