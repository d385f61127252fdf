import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { DataSource, QueryRunner } from 'typeorm';
import { Repeating } from '../common/schedule/repeating';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import { Reminders } from './reminders.service';

/** The wait before the next attempt after `attempts` failed ones: doubling from `baseMs`, at most `maxMs`. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
}

/**
 * The Message-ID of an outbox row: derived from its id, so that the one duplicate a crash can cause (below) carries
 * the same Message-ID as the first copy, which mail systems and people can recognise.
 */
export function messageIdOf(outboxId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'jobcenter.localhost';
  return `<outbox-${outboxId}@${domain}>`;
}

/** An SMTP refusal that trying again will not change: a 5xx answer to the recipient or to the message. */
export function isPermanentFailure(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as { responseCode?: number; command?: string };
  return typeof responseCode === 'number' && responseCode >= 500 && (command === 'RCPT TO' || command === 'DATA');
}

interface OutboxRow {
  id: string;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string;
  attempts: number;
}

/** How many passes of sending come between two passes of reminders and clean-up. */
const HOUSEKEEPING_EVERY = 10;

/**
 * Sends the outbox. Any number of workers run this; each mail is sent once.
 *
 * One mail at a time: in one transaction, claim the oldest due row `FOR UPDATE SKIP LOCKED` (no other worker sees
 * it while it is claimed), send it over SMTP, and mark it sent (clearing its body) in the same transaction; then
 * commit. A failure marks the attempt and the next one after an exponential backoff (MAIL_RETRY_BASE_MS doubling up
 * to MAIL_RETRY_MAX_MS), forever for an outage, once for a permanent refusal of the address or message (5xx).
 *
 * Why once: while the row is claimed no one else sends it. A worker killed before the SMTP server has accepted
 * the message (its 250 answer to DATA) loses its connection, the server discards the unfinished message, Postgres
 * rolls the claim back, and the next worker sends it: no mail, then one. SMTP is not transactional, so one window
 * remains: a crash (or a lost database connection) after the server's 250 and before the commit that marks the row
 * sent. It lasts one UPDATE and one COMMIT, a few milliseconds; in it a mail is sent again (at least once, not at
 * most once: a lost password-reset link is worse than a second copy). The copy has the same Message-ID
 * (`<outbox-ID@domain>`), so it is recognisable, and most mail systems drop it. The other choice, marking the row
 * sent and committing before sending, loses the mail instead whenever the send fails after the commit.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter | null;
  private readonly repeating = new Repeating('mail pass', this.logger, () => this.pass());
  private stopping = false;
  private passes = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: Reminders,
  ) {
    const { smtpUrl } = config.mail;
    this.transport = smtpUrl
      ? nodemailer.createTransport({
          url: smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        } satisfies SMTPTransport.Options)
      : null;
  }

  onApplicationBootstrap(): void {
    if (!this.transport) {
      this.logger.warn('SMTP_URL is not set: mails wait in the outbox until a worker with SMTP_URL sends them');
    }
    this.repeating.start(this.config.mail.pollIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.repeating.stop();
    this.transport?.close();
  }

  /** Sends every due mail, then, every few passes, the reminders that are due and a clean-up. */
  private async pass(): Promise<void> {
    if (this.passes++ % HOUSEKEEPING_EVERY === 0) await this.reminders.pass();
    if (!this.transport) return;
    while (!this.stopping && (await this.sendOne())) {
      // next mail
    }
  }

  /** Claims, sends and marks one due mail; false when none was due. */
  async sendOne(): Promise<boolean> {
    const transport = this.transport;
    if (!transport) return false;
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows: OutboxRow[] = await runner.query(
        `SELECT id, recipient, subject, body_text, body_html, attempts FROM outbox
          WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const row = rows[0];
      if (!row) {
        await runner.commitTransaction();
        return false;
      }
      try {
        await transport.sendMail({
          from: this.config.mail.from,
          replyTo: this.config.mail.replyTo ?? undefined,
          to: row.recipient,
          subject: row.subject,
          text: row.body_text,
          html: row.body_html,
          messageId: messageIdOf(row.id, this.config.mail.from),
        });
        await runner.query(
          `UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL, body_text = NULL,
                  body_html = NULL WHERE id = $1`,
          [row.id],
        );
        await runner.commitTransaction();
        this.logger.log({ msg: 'mail sent', outboxId: row.id, attempts: row.attempts + 1 });
      } catch (error) {
        const permanent = isPermanentFailure(error);
        const attempts = row.attempts + 1;
        const delay = retryDelayMs(attempts, this.config.mail.retryBaseMs, this.config.mail.retryMaxMs);
        const message = (error as Error).message.slice(0, 500);
        await runner.query(
          `UPDATE outbox SET attempts = $2, last_error = $3,
                  next_attempt_at = now() + $4::int * interval '1 millisecond',
                  failed_at = CASE WHEN $5::boolean THEN now() END
            WHERE id = $1`,
          [row.id, attempts, message, delay, permanent],
        );
        await runner.commitTransaction();
        this.logger.warn(
          permanent
            ? `mail ${row.id} refused for good: ${message}`
            : `mail ${row.id} not sent (attempt ${attempts}), next try in ${delay} ms: ${message}`,
        );
        // An outage refuses every mail alike: wait for the next pass instead of trying the others now.
        return permanent;
      }
      return true;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
