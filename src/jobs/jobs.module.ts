import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { JobsResolver, JobTaskResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

/**
 * Jobs: posting, changing, publishing and closing them, and who sees which. Other features resolve a job or its
 * tasks through JobsService and the loaders in jobs.loaders.ts (jobLoader, jobTaskLoader, tasksOfVersion).
 */
@Module({
  imports: [TaxonomyModule, AccountsModule, MatchingRequestsModule],
  providers: [JobsService, JobsResolver, JobTaskResolver],
  exports: [JobsService],
})
export class JobsModule {}
