import { Module } from '@nestjs/common';
import { BenefitRulesResolver } from './benefit-rules.resolver';
import { BenefitRulesService } from './benefit-rules.service';
import { EarningsGuard } from './earnings-guard.service';
import { EarningsEstimateResolver, SupportHintResolver } from './earnings.resolver';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';

/**
 * Dated benefit and support rules (benefit_rule), benefitRules and ADMIN's saveBenefitRule; the earnings guard and
 * support hints that matches, offers and proposals show.
 */
@Module({
  imports: [TaxonomyModule],
  providers: [BenefitRulesService, BenefitRulesResolver, EarningsGuard, EarningsEstimateResolver, SupportHintResolver],
  exports: [BenefitRulesService, EarningsGuard],
})
export class BenefitsModule {}
