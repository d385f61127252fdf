import { Module } from '@nestjs/common';
import { QueueModule } from '../queue/queue.module';
import { ScoringRequests } from './scoring-requests.service';

/** What features that change jobs or profiles import to ask for scoring. */
@Module({
  imports: [QueueModule],
  providers: [ScoringRequests],
  exports: [ScoringRequests],
})
export class MatchingRequestsModule {}
