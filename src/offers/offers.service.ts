import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import { JobStatus } from '../jobs/job-status';
import { JobsService } from '../jobs/jobs.service';
import { MatchesService } from '../matching/matches.service';
import { ProfilesService } from '../profiles/profiles.service';
import { OfferEntity } from './offer.entity';
import { OfferStatus, offerResponseRefusal } from './offer-status';
import { OfferConflictError, OfferNotFoundError } from './offers.errors';
import { isUniqueViolation } from '../database/postgres-errors';
import { textOrNull } from '../common/validation/text';
import { NotificationsService } from '../mail/notifications.service';

/** Offers a client sees at most, newest first: a person is offered a handful of jobs, not hundreds. */
export const MY_OFFERS_LIMIT = 200;

const OPEN_OFFER_KEY = 'offer_open_key';

/**
 * Offers of jobs to clients. Coordinators offer PUBLISHED jobs to their own service provider's clients; a client
 * sees and answers only the offers made to them. Every write holds the job's row FOR SHARE, so an offer is never
 * made or answered while closeJob (which holds it FOR UPDATE and withdraws the job's open offers) commits.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly matches: MatchesService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A coordinator offers a job to the client of one of their profiles. NOT_FOUND for a profile of another service
   * provider or a job they cannot see; CONFLICT for a job that is not PUBLISHED or a pair with an open offer.
   */
  async offer(viewer: Viewer, jobId: string, profileId: string, message?: string | null): Promise<OfferEntity> {
    // getVisible also shows clients their own profile: offering is for coordinators only.
    if (viewer.role !== Role.COORDINATOR) throw new ForbiddenError('Only coordinators offer jobs to clients.');
    const profile = await this.profiles.getVisible(viewer, profileId);
    const visible = await this.jobs.getVisible(viewer, jobId);
    const [match] = await this.matches.byPairs([{ jobId: visible.id, profileId: profile.id }]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const job = await this.jobs.lockRow(manager, visible.id, 'share');
        if (job.status !== JobStatus.PUBLISHED) {
          throw new OfferConflictError(
            `The job is ${job.status}: only a PUBLISHED job can be offered.`,
            'JOB_NOT_PUBLISHED',
          );
        }
        if (
          await manager.existsBy(OfferEntity, {
            jobId: job.id,
            profileId: profile.id,
            status: Not(OfferStatus.WITHDRAWN),
          })
        ) {
          throw this.alreadyOpen();
        }
        const { identifiers } = await manager.insert(OfferEntity, {
          jobId: job.id,
          // The carve-out's task ids belong to the job version the match was computed for.
          jobVersion: match ? match.jobVersion : job.version,
          carveOut: match ? match.carveOutTaskIds : [],
          profileId: profile.id,
          clientId: profile.clientId,
          serviceProviderId: profile.serviceProviderId,
          offeredBy: viewer.userId,
          status: OfferStatus.OFFERED,
          message: textOrNull(message),
          createdAt: () => 'now()',
        });
        return manager.findOneByOrFail(OfferEntity, { id: (identifiers[0] as { id: string }).id });
      });
    } catch (error) {
      // Two coordinators offering the same pair at once: the index decides, and the loser hears why.
      if (isUniqueViolation(error, OPEN_OFFER_KEY)) throw this.alreadyOpen();
      throw error;
    }
  }

  /** The offers made to the signed-in client, newest first, at most MY_OFFERS_LIMIT. */
  async mine(viewer: Viewer): Promise<OfferEntity[]> {
    if (!viewer.clientId) return [];
    return this.dataSource.getRepository(OfferEntity).find({
      where: { clientId: viewer.clientId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: MY_OFFERS_LIMIT,
    });
  }

  /** The offers of these profiles, newest first; for a loader behind profiles the caller may already see. */
  async ofProfiles(profileIds: readonly string[]): Promise<OfferEntity[]> {
    if (profileIds.length === 0) return [];
    return this.dataSource.getRepository(OfferEntity).find({
      where: { profileId: In([...profileIds]) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /**
   * The client answers an offer made to them (NOT_FOUND for anyone else's), and may answer again to change their
   * mind, while the offer is not WITHDRAWN and the job is PUBLISHED (CONFLICT otherwise).
   */
  async respond(viewer: Viewer, offerId: string, interested: boolean, comment?: string | null): Promise<OfferEntity> {
    const seen = await this.getOwn(this.dataSource.manager, viewer, offerId);
    return this.dataSource.transaction(async (manager) => {
      // The job first, as closeJob locks it: the same order everywhere, so no deadlock.
      const job = await this.jobs.lockRow(manager, seen.jobId, 'share');
      const offer = await this.getOwn(manager, viewer, offerId, true);
      const refusal = offerResponseRefusal(offer.status, job.status);
      if (refusal) {
        throw new OfferConflictError(
          refusal,
          offer.status === OfferStatus.WITHDRAWN ? 'OFFER_CLOSED' : 'JOB_NOT_PUBLISHED',
        );
      }
      await manager.update(
        OfferEntity,
        { id: offer.id },
        {
          status: interested ? OfferStatus.INTERESTED : OfferStatus.NOT_INTERESTED,
          clientComment: textOrNull(comment),
          respondedAt: () => 'now()',
        },
      );
      await this.notifications.offerAnswered(manager, offer.id, interested);
      return manager.findOneByOrFail(OfferEntity, { id: offer.id });
    });
  }

  /** An offer made to the viewer's client; NOT_FOUND otherwise, also for ids that are not UUIDs. */
  private async getOwn(manager: EntityManager, viewer: Viewer, id: string, lock = false): Promise<OfferEntity> {
    if (!viewer.clientId || !isUUID(id)) throw new OfferNotFoundError();
    const offer = await manager.findOne(OfferEntity, {
      where: { id, clientId: viewer.clientId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!offer) throw new OfferNotFoundError();
    return offer;
  }

  private alreadyOpen(): OfferConflictError {
    return new OfferConflictError(
      'The job has already been offered to this client, and the offer is still open.',
      'ALREADY_EXISTS',
    );
  }
}
