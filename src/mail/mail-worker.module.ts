import { Module } from '@nestjs/common';
import { MailModule } from './mail.module';
import { MailSender } from './mail-sender';
import { Reminders } from './reminders.service';

/** The worker side of mail: sending the outbox, reminders. */
@Module({
  imports: [MailModule],
  providers: [MailSender, Reminders],
})
export class MailWorkerModule {}
