import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { ScoringRequests } from './scoring-requests.service';
import { ScoringStatusService } from './scoring-status';

/** What features that change jobs or profiles import to ask for scoring, and how far scoring is behind. */
@Module({
  imports: [QueueModule],
  providers: [ScoringRequests, ScoringStatusService],
  exports: [ScoringRequests, ScoringStatusService],
})
export class MatchingRequestsModule {}
