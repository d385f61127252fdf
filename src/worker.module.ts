import { Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { MatchingWorkerModule } from './matching/matching-worker.module';

/** The worker process: queue processors and the reconciler, no HTTP. */
@Module({
  imports: [CoreModule, MatchingWorkerModule],
})
export class WorkerModule {}
