import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { ProposalHintsResolver } from './proposal-hints.resolver';
import { AccessLogModule } from '../access-log/access-log.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { MatchingModule } from '../matching/matching.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { PlacementStatsService } from './placement-stats.service';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/**
 * Proposals of candidates to employers, their outcomes (a hire places the profile and may fill the job), and the
 * placement statistics.
 */
@Module({
  imports: [
    BenefitsModule,
    JobsModule,
    ProfilesModule,
    MatchingModule,
    MatchingRequestsModule,
    AccessLogModule,
    MailModule,
  ],
  providers: [ProposalsService, PlacementStatsService, ProposalsResolver, ProposalHintsResolver],
  exports: [ProposalsService],
})
export class ProposalsModule {}
