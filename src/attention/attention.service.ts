import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import { OfferEntity } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer-status';
import { ProfileEntity } from '../profiles/profile.entity';
import { ProposalEntity } from '../proposals/proposal.entity';
import { ProposalStatus } from '../proposals/proposal-status';

/** Rows per list: the page shows what to do first, not an archive. */
export const ATTENTION_LIMIT = 50;
/** A proposal waiting this many days for the employer needs a reminder. */
export const EMPLOYER_WAIT_DAYS = 7;
/** The rapid-search rule of supported employment: an introduction to an employer within 30 days. */
export const QUIET_DAYS = 30;
/** Visits of the page closer together than this are one visit. */
export const VISIT_GAP_HOURS = 1;
/** Before a second visit, the answers of this many days count as new. */
export const FIRST_VISIT_DAYS = 30;

export interface NeedsAttention {
  lastVisitAt: Date | null;
  employerRequests: { proposal: ProposalEntity; profile: ProfileEntity; waitingSince: Date }[];
  clientAnswers: { offer: OfferEntity; profile: ProfileEntity }[];
  waitingForEmployer: { proposal: ProposalEntity; profile: ProfileEntity; waitingSince: Date }[];
  quietProfiles: { profile: ProfileEntity; activeSince: Date }[];
}

/**
 * The coordinator's start page: what waits in their service provider's work. Everything is the viewer's service
 * provider's; erased clients' proposals (no profile) never show.
 */
@Injectable()
export class AttentionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async needsAttention(viewer: Viewer): Promise<NeedsAttention> {
    const providerId = this.providerOf(viewer);
    const [visit] = await this.dataSource.query<{ previous_visited_at: Date | null }[]>(
      'SELECT previous_visited_at FROM coordinator_visit WHERE user_id = $1',
      [viewer.userId],
    );
    const lastVisitAt = visit?.previous_visited_at ?? null;
    const proposals = this.dataSource.getRepository(ProposalEntity);
    const [requests, waiting, answers, quiet] = await Promise.all([
      proposals
        .createQueryBuilder('p')
        .where('p.service_provider_id = :providerId', { providerId })
        .andWhere('p.profile_id IS NOT NULL')
        .andWhere('p.status = :status', { status: ProposalStatus.AWAITING_COORDINATOR })
        .orderBy('p.updated_at', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .take(ATTENTION_LIMIT)
        .getMany(),
      proposals
        .createQueryBuilder('p')
        .where('p.service_provider_id = :providerId', { providerId })
        .andWhere('p.profile_id IS NOT NULL')
        .andWhere('p.status = :status', { status: ProposalStatus.AWAITING_EMPLOYER })
        .andWhere(`p.updated_at <= now() - make_interval(days => :days)`, { days: EMPLOYER_WAIT_DAYS })
        .orderBy('p.updated_at', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .take(ATTENTION_LIMIT)
        .getMany(),
      this.dataSource
        .getRepository(OfferEntity)
        .createQueryBuilder('o')
        .where('o.service_provider_id = :providerId', { providerId })
        .andWhere('o.responded_at IS NOT NULL')
        .andWhere('o.status IN (:...answered)', { answered: [OfferStatus.INTERESTED, OfferStatus.NOT_INTERESTED] })
        .andWhere(
          lastVisitAt
            ? 'o.responded_at > :since'
            : `o.responded_at > now() - make_interval(days => ${FIRST_VISIT_DAYS})`,
          lastVisitAt ? { since: lastVisitAt } : {},
        )
        .orderBy('o.responded_at', 'DESC')
        .addOrderBy('o.id', 'ASC')
        .take(ATTENTION_LIMIT)
        .getMany(),
      this.dataSource
        .getRepository(ProfileEntity)
        .createQueryBuilder('cp')
        .where('cp.service_provider_id = :providerId', { providerId })
        .andWhere(`cp.status = 'ACTIVE'`)
        .andWhere(`coalesce(cp.activated_at, cp.created_at) <= now() - make_interval(days => :quietDays)`, {
          quietDays: QUIET_DAYS,
        })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM proposal p WHERE p.profile_id = cp.id
                        AND p.created_at >= coalesce(cp.activated_at, cp.created_at))`,
        )
        .orderBy('coalesce(cp.activated_at, cp.created_at)', 'ASC')
        .addOrderBy('cp.id', 'ASC')
        .take(ATTENTION_LIMIT)
        .getMany(),
    ]);
    const profileIds = [
      ...new Set([...requests, ...waiting].map((p) => p.profileId as string).concat(answers.map((o) => o.profileId))),
    ];
    const profiles = new Map(
      (profileIds.length === 0
        ? []
        : await this.dataSource
            .getRepository(ProfileEntity)
            .findBy({ id: In(profileIds), serviceProviderId: providerId })
      ).map((p) => [p.id, p]),
    );
    const withProfile = (proposal: ProposalEntity) => {
      const profile = profiles.get(proposal.profileId as string);
      return profile ? [{ proposal, profile, waitingSince: proposal.updatedAt }] : [];
    };
    return {
      lastVisitAt,
      employerRequests: requests.flatMap(withProfile),
      waitingForEmployer: waiting.flatMap(withProfile),
      clientAnswers: answers.flatMap((offer) => {
        const profile = profiles.get(offer.profileId);
        return profile ? [{ offer, profile }] : [];
      }),
      quietProfiles: quiet.map((profile) => ({ profile, activeSince: profile.activatedAt ?? profile.createdAt })),
    };
  }

  /**
   * Records that the coordinator opened the page now. A visit more than VISIT_GAP_HOURS after the one before
   * starts a new one: the one before becomes the previous visit, whose time `needsAttention` counts answers from.
   * Returns the visit and the previous one.
   */
  async recordVisit(viewer: Viewer): Promise<{ visitedAt: Date; previousVisitAt: Date | null }> {
    this.providerOf(viewer);
    const [row] = await this.dataSource.query<{ visited_at: Date; previous_visited_at: Date | null }[]>(
      `INSERT INTO coordinator_visit AS v (user_id, visited_at, previous_visited_at) VALUES ($1, now(), NULL)
       ON CONFLICT (user_id) DO UPDATE SET
         previous_visited_at = CASE WHEN v.visited_at < now() - make_interval(hours => ${VISIT_GAP_HOURS})
                                    THEN v.visited_at ELSE v.previous_visited_at END,
         visited_at = now()
       RETURNING visited_at, previous_visited_at`,
      [viewer.userId],
    );
    return { visitedAt: row.visited_at, previousVisitAt: row.previous_visited_at };
  }

  private providerOf(viewer: Viewer): string {
    if (viewer.role !== Role.COORDINATOR || !viewer.organisationId)
      throw new ForbiddenError('The needs-attention page is for coordinators.');
    return viewer.organisationId;
  }
}
