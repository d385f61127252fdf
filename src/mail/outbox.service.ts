import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/enums';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { type MailKind, type MailParams, renderMail } from './templates';

export interface OutgoingMail {
  kind: MailKind;
  to: string;
  language: Language;
  /** The link's path and query on the web app, e.g. `/verify-email?token=…`. */
  path: string;
  params?: Omit<MailParams, 'link'>;
}

/**
 * Writes mails to the outbox, always in the caller's transaction: the mail exists exactly when the change that
 * causes it commits. The worker sends it (MailSender).
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The absolute address of a page of the web app, for a mail's link. */
  link(path: string): string {
    return `${this.config.mail.publicUrl}${path}`;
  }

  async enqueue(manager: EntityManager, mails: OutgoingMail | readonly OutgoingMail[]): Promise<void> {
    const list = Array.isArray(mails) ? (mails as readonly OutgoingMail[]) : [mails as OutgoingMail];
    if (list.length === 0) return;
    const rendered = list.map((mail) => ({
      mail,
      content: renderMail(mail.kind, mail.language, { ...mail.params, link: this.link(mail.path) }),
    }));
    await manager.query(
      `INSERT INTO outbox (kind, recipient, language, subject, body_text, body_html)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::text[])`,
      [
        rendered.map((r) => r.mail.kind),
        rendered.map((r) => r.mail.to),
        rendered.map((r) => r.mail.language),
        rendered.map((r) => r.content.subject),
        rendered.map((r) => r.content.text),
        rendered.map((r) => r.content.html),
      ],
    );
  }
}
