import { Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { MailWorkerModule } from './mail/mail-worker.module';
import { MatchingWorkerModule } from './matching/matching-worker.module';

/** The worker process: queue processors, the reconciler and the mail outbox, no HTTP. */
@Module({
  imports: [CoreModule, MatchingWorkerModule, MailWorkerModule],
})
export class WorkerModule {}
