import { Module } from '@nestjs/common';
import { CoreModule } from './core.module';
import { MailWorkerModule } from './mail/mail-worker.module';
import { MatchingWorkerModule } from './matching/matching-worker.module';
import { ProfilesWorkerModule } from './profiles/profiles-worker.module';

/** The worker process: queue processors, the reconciler, the mail outbox and the earnings limits' watcher, no HTTP. */
@Module({
  imports: [CoreModule, MatchingWorkerModule, MailWorkerModule, ProfilesWorkerModule],
})
export class WorkerModule {}
