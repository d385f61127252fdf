import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/enums';
import { OutboxService } from './outbox.service';
import { MailKind } from './templates';

/** The setting (app_user column) that turns each kind of notification off. */
export type NotificationSetting =
  'notify_proposals' | 'notify_introductions' | 'notify_offer_answers' | 'notify_reminders';

export const EMPLOYER_PROPOSALS_PATH = '/employer/proposals';
export const COORDINATOR_HOME_PATH = '/coordinator';

interface Recipient {
  email: string;
  preferred_language: Language;
}

/**
 * The notifications of the workflow, written to the outbox in the transaction of the change. Mails name the job
 * (its title) and the candidate's pseudonym only: never the client's name, contact or profile text.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly outbox: OutboxService) {}

  /** Who of an organisation with `role` gets mails of `setting`: accounts with an address that left it on. */
  static recipients(
    manager: EntityManager,
    organisationId: string,
    role: 'EMPLOYER' | 'COORDINATOR',
    setting: NotificationSetting,
  ): Promise<Recipient[]> {
    return manager.query(
      `SELECT email, preferred_language FROM app_user
        WHERE organisation_id = $1 AND role = $2 AND email IS NOT NULL AND ${setting}
        ORDER BY created_at`,
      [organisationId, role],
    );
  }

  /**
   * A proposal was opened: a coordinator's proposal tells the job's employers, an employer's request for an
   * introduction tells the profile's coordinators.
   */
  async proposalOpened(manager: EntityManager, proposalId: string): Promise<void> {
    const rows = await manager.query<
      {
        status: string;
        employer_organisation_id: string;
        service_provider_id: string;
        title: string;
        pseudonym: string;
      }[]
    >(
      `SELECT p.status, p.employer_organisation_id, p.service_provider_id, j.title, cp.pseudonym
         FROM proposal p JOIN job j ON j.id = p.job_id JOIN capacity_profile cp ON cp.id = p.profile_id
        WHERE p.id = $1`,
      [proposalId],
    );
    const proposal = rows[0];
    if (!proposal) return;
    const params = { job: proposal.title, pseudonym: proposal.pseudonym };
    if (proposal.status === 'AWAITING_EMPLOYER') {
      const to = await NotificationsService.recipients(
        manager,
        proposal.employer_organisation_id,
        'EMPLOYER',
        'notify_proposals',
      );
      await this.outbox.enqueue(
        manager,
        to.map((r) => ({
          kind: MailKind.PROPOSAL_TO_EMPLOYER,
          to: r.email,
          language: r.preferred_language,
          path: EMPLOYER_PROPOSALS_PATH,
          params,
        })),
      );
    } else if (proposal.status === 'AWAITING_COORDINATOR') {
      const to = await NotificationsService.recipients(
        manager,
        proposal.service_provider_id,
        'COORDINATOR',
        'notify_introductions',
      );
      await this.outbox.enqueue(
        manager,
        to.map((r) => ({
          kind: MailKind.INTRODUCTION_REQUEST,
          to: r.email,
          language: r.preferred_language,
          path: COORDINATOR_HOME_PATH,
          params,
        })),
      );
    }
  }

  /**
   * A client answered an offer: the coordinator who made it is told, or, when that account is gone, the service
   * provider's coordinators.
   */
  async offerAnswered(manager: EntityManager, offerId: string, interested: boolean): Promise<void> {
    const rows = await manager.query<
      { offered_by: string | null; service_provider_id: string; title: string; pseudonym: string }[]
    >(
      `SELECT o.offered_by, o.service_provider_id, j.title, cp.pseudonym
         FROM offer o JOIN job j ON j.id = o.job_id JOIN capacity_profile cp ON cp.id = o.profile_id
        WHERE o.id = $1`,
      [offerId],
    );
    const offer = rows[0];
    if (!offer) return;
    const exists = offer.offered_by
      ? await manager.query<unknown[]>('SELECT 1 FROM app_user WHERE id = $1', [offer.offered_by])
      : [];
    const to: Recipient[] =
      exists.length > 0
        ? await manager.query(
            `SELECT email, preferred_language FROM app_user
              WHERE id = $1 AND email IS NOT NULL AND notify_offer_answers`,
            [offer.offered_by],
          )
        : await NotificationsService.recipients(
            manager,
            offer.service_provider_id,
            'COORDINATOR',
            'notify_offer_answers',
          );
    await this.outbox.enqueue(
      manager,
      to.map((r) => ({
        kind: MailKind.OFFER_ANSWERED,
        to: r.email,
        language: r.preferred_language,
        path: COORDINATOR_HOME_PATH,
        params: { job: offer.title, pseudonym: offer.pseudonym, interested },
      })),
    );
  }
}
