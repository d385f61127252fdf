import { Global, Module } from '@nestjs/common';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { QueueModule } from '../queue/queue.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Global()
@Module({
  imports: [QueueModule, MatchingRequestsModule],
  providers: [MetricsService],
  controllers: [MetricsController],
  exports: [MetricsService],
})
export class MetricsModule {}
