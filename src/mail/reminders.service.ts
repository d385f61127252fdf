import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { COORDINATOR_HOME_PATH, EMPLOYER_PROPOSALS_PATH, NotificationsService } from './notifications.service';
import { OutboxService } from './outbox.service';
import { MailKind } from './templates';

/** Proposals reminded of per pass at most. */
const REMINDER_BATCH = 100;

interface DueProposal {
  id: string;
  status: 'AWAITING_EMPLOYER' | 'AWAITING_COORDINATOR';
  employer_organisation_id: string;
  service_provider_id: string;
  title: string;
  pseudonym: string;
  waited_seconds: number;
}

/**
 * Reminders, run by the worker: a proposal that has waited REMINDER_AFTER_SECONDS (7 days by default) for one side
 * reminds that side once, and tells the other side it was reminded. `proposal_reminder` records each reminded
 * (proposal, waiting state); its primary key makes the reminder once-only however many workers run, and the mails
 * are written in the same transaction as that record. Also removes expired links and old sent mails.
 */
@Injectable()
export class Reminders {
  private readonly logger = new Logger(Reminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** One pass; returns how many proposals it reminded of. */
  async pass(): Promise<number> {
    const reminded = await this.dataSource.transaction(async (manager) => {
      const due = await manager.query<DueProposal[]>(
        `SELECT p.id, p.status, p.employer_organisation_id, p.service_provider_id, j.title, cp.pseudonym,
                extract(epoch FROM now() - last.at)::int AS waited_seconds
           FROM proposal p
           JOIN job j ON j.id = p.job_id
           JOIN capacity_profile cp ON cp.id = p.profile_id
           CROSS JOIN LATERAL (SELECT max(e.at) AS at FROM proposal_event e WHERE e.proposal_id = p.id) last
          WHERE p.status IN ('AWAITING_EMPLOYER', 'AWAITING_COORDINATOR')
            AND last.at <= now() - $1::int * interval '1 second'
            AND NOT EXISTS (SELECT 1 FROM proposal_reminder r WHERE r.proposal_id = p.id AND r.status = p.status)
          ORDER BY last.at LIMIT $2`,
        [this.config.mail.reminderAfterSeconds, REMINDER_BATCH],
      );
      let count = 0;
      for (const proposal of due) {
        const inserted = await manager.query<unknown[]>(
          `INSERT INTO proposal_reminder (proposal_id, status) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING proposal_id`,
          [proposal.id, proposal.status],
        );
        if (inserted.length === 0) continue;
        count++;
        const waitsForEmployer = proposal.status === 'AWAITING_EMPLOYER';
        const [employers, coordinators] = await Promise.all([
          NotificationsService.recipients(manager, proposal.employer_organisation_id, 'EMPLOYER', 'notify_reminders'),
          NotificationsService.recipients(manager, proposal.service_provider_id, 'COORDINATOR', 'notify_reminders'),
        ]);
        const params = {
          job: proposal.title,
          pseudonym: proposal.pseudonym,
          days: Math.max(1, Math.floor(proposal.waited_seconds / 86_400)),
        };
        await this.outbox.enqueue(manager, [
          ...employers.map((r) => ({
            kind: waitsForEmployer ? MailKind.REMINDER_TO_EMPLOYER : MailKind.STILL_WAITING_FOR_COORDINATOR,
            to: r.email,
            language: r.preferred_language,
            path: EMPLOYER_PROPOSALS_PATH,
            params,
          })),
          ...coordinators.map((r) => ({
            kind: waitsForEmployer ? MailKind.STILL_WAITING_FOR_EMPLOYER : MailKind.REMINDER_TO_COORDINATOR,
            to: r.email,
            language: r.preferred_language,
            path: COORDINATOR_HOME_PATH,
            params,
          })),
        ]);
      }
      return count;
    });
    if (reminded > 0) this.logger.log({ msg: 'reminders written', proposals: reminded });
    // Unverified sign-ups and other links expire; their rows go a day later. Sent mails are kept 30 days.
    await this.dataSource.query("DELETE FROM email_token WHERE expires_at < now() - interval '1 day'");
    await this.dataSource.query("DELETE FROM outbox WHERE sent_at < now() - interval '30 days'");
    return reminded;
  }
}
