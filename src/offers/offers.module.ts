import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { OfferEarningsResolver } from './offer-earnings.resolver';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { MatchingModule } from '../matching/matching.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { OffersResolver, ProfileOffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

/**
 * Offers: coordinators offer jobs to their clients, clients answer. Closing a job withdraws its open offers
 * (JobsService.closeLocked), and a client may read a job offered to them (canSeeJob).
 */
@Module({
  imports: [BenefitsModule, JobsModule, ProfilesModule, MatchingModule, MailModule],
  providers: [OffersService, OffersResolver, ProfileOffersResolver, OfferEarningsResolver],
  exports: [OffersService],
})
export class OffersModule {}
