import { Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';

/** What features import to write mails to the outbox, in their own transactions. The worker sends them. */
@Module({
  providers: [OutboxService, NotificationsService],
  exports: [OutboxService, NotificationsService],
})
export class MailModule {}
