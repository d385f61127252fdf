import { Module } from '@nestjs/common';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { MatchingRequestsModule } from './matching-requests.module';
import { Reconciler } from './scoring/reconciler.service';
import { ScoringService } from './scoring/scoring.service';
import { ScoringWorker } from './scoring/scoring.worker';

/** The worker side of matching: the scoring queue's processor and the reconciler. */
@Module({
  imports: [TaxonomyModule, MatchingRequestsModule],
  providers: [ScoringService, ScoringWorker, Reconciler],
})
export class MatchingWorkerModule {}
