import { Module } from '@nestjs/common';
import { BenefitsModule } from '../benefits/benefits.module';
import { JobAdviceFieldsResolver, JobAdviceResolver } from './job-advice.resolver';
import { AccessLogModule } from '../access-log/access-log.module';
import { JobsModule } from '../jobs/jobs.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import {
  CandidateResolver,
  JobMatchesResolver,
  MatchConnectionResolver,
  MatchResolver,
  ProfileMatchesResolver,
} from './matches.resolver';
import { MatchesService } from './matches.service';
import { MatchingRequestsModule } from './matching-requests.module';
import { ScoringStatusResolver } from './scoring-status';
import { TaxonomyLabels } from './taxonomy-labels';

/** The API side of matching: reading matches and candidates. */
@Module({
  imports: [TaxonomyModule, JobsModule, ProfilesModule, AccessLogModule, MatchingRequestsModule, BenefitsModule],
  providers: [
    MatchesService,
    TaxonomyLabels,
    MatchResolver,
    JobAdviceResolver,
    JobAdviceFieldsResolver,
    JobMatchesResolver,
    MatchConnectionResolver,
    ProfileMatchesResolver,
    CandidateResolver,
    ScoringStatusResolver,
  ],
  exports: [MatchesService, TaxonomyLabels],
})
export class MatchingModule {}
