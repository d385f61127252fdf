import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { newestFirst } from '../common/graphql/keyset';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { BadInputError, type ConflictReason, FieldProblems, ForbiddenError } from '../common/errors/domain-error';
import type { Connection } from '../common/graphql/pagination';
import { JobStatus } from '../jobs/job-status';
import type { JobEntity } from '../jobs/job.entity';
import { JobNotFoundError } from '../jobs/jobs.errors';
import { JobsService } from '../jobs/jobs.service';
import { MatchesService } from '../matching/matches.service';
import { type ScoredEntity, ScoringRequests } from '../matching/scoring-requests.service';
import type { ProfileEntity } from '../profiles/profile.entity';
import { ProfileStatus } from '../profiles/profile.enums';
import { ProfileNotFoundError } from '../profiles/profiles.errors';
import { ProfilesService } from '../profiles/profiles.service';
import { identifyingContent } from '../profiles/summary-privacy';
import type { ProposalsArgs } from './dto/proposal.args';
import { hiresOf } from './job-proposals';
import { ProposalEntity, ProposalEventEntity } from './proposal.entity';
import { type ProposalModel, toProposalModel } from './proposal.model';
import { type DeclineReason, type PlacementOutcome, ProposalStatus } from './proposal-status';
import {
  awaitedRole,
  nextProposalStatus,
  OPEN_PROPOSAL_STATUSES,
  OUTCOME_ACTIONS,
  ProposalAction,
  proposalTransitionRefusal,
  readinessProblems,
} from './proposal-transitions';
import {
  CandidateNotFoundError,
  NotOwnJobError,
  NotYourTurnError,
  ProposalConflictError,
  ProposalNotFoundError,
} from './proposals.errors';
import { isUniqueViolation } from '../database/postgres-errors';
import { textOrNull } from '../common/validation/text';
import { NotificationsService } from '../mail/notifications.service';

const OPEN_PROPOSAL_KEY = 'proposal_open_key';

/** The viewer's side of proposals: the column that names their organisation, or null for anyone not a party. */
export function partyScopeOf(
  viewer: Viewer,
): { column: 'employer_organisation_id' | 'service_provider_id'; organisationId: string } | null {
  if (!viewer.organisationId) return null;
  if (viewer.role === Role.EMPLOYER)
    return { column: 'employer_organisation_id', organisationId: viewer.organisationId };
  if (viewer.role === Role.COORDINATOR) return { column: 'service_provider_id', organisationId: viewer.organisationId };
  return null;
}

/**
 * Employers see a proposal only while its client shares the profile with employers: consent is the client's to
 * give and take back, at any stage, and is checked at read time (hidden, not closed: it shows again if the
 * client agrees again). Coordinators of the client's service provider always see it.
 */
const CONSENTED = `EXISTS (SELECT 1 FROM capacity_profile cp JOIN client c ON c.id = cp.client_id
  WHERE cp.id = p.profile_id AND c.share_with_employers)`;

/** What a new proposal is, once its checks have passed. */
interface NewProposal {
  status: ProposalStatus.AWAITING_EMPLOYER | ProposalStatus.AWAITING_COORDINATOR;
  initiatedBy: Role.COORDINATOR | Role.EMPLOYER;
  serviceProviderId: string;
  message: string | null;
}

/** A change of a proposal's status, decided by one of the operations below. */
interface Move {
  status: ProposalStatus;
  declineReason?: DeclineReason;
  note: string | null;
}

/** A job or profile changed by a hire, to be scored once committed. */
interface Changed {
  entity: ScoredEntity;
  id: string;
  version: number;
}

/** A proposal that is not ready: the first failing condition names the reason, the message says all of them. */
function readinessConflict(state: Parameters<typeof readinessProblems>[0]): ProposalConflictError {
  const reason: ConflictReason = !state.consent
    ? 'NO_CONSENT'
    : state.profileStatus !== undefined && state.profileStatus !== ProfileStatus.ACTIVE
      ? 'PROFILE_NOT_ACTIVE'
      : 'JOB_NOT_PUBLISHED';
  return new ProposalConflictError(readinessProblems(state).join(' '), reason);
}

/**
 * Proposals of candidates to employers, along the state machine of proposal-transitions.ts; every change is also a
 * proposal_event. The two parties are the employers of the job's organisation and the coordinators of the
 * profile's service provider; anyone else gets NOT_FOUND.
 *
 * Locks, always in this order: the job's row, the profile's, the proposal's. To open a proposal the job is held
 * FOR SHARE, to change one FOR NO KEY UPDATE: both wait for closeJob (FOR UPDATE) and for each other, so a proposal
 * is never opened on a job being closed or filled, and changes of one job's proposals queue. NO KEY UPDATE (not
 * FOR UPDATE) lets the worker's match upserts, whose foreign keys take KEY SHARE locks on jobs and profiles, go on
 * meanwhile instead of deadlocking with a hire. The profile before the proposal, as erasure takes them.
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly profiles: ProfilesService,
    private readonly matches: MatchesService,
    private readonly scoringRequests: ScoringRequests,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A coordinator proposes one of their profiles for a job they can see (NOT_FOUND otherwise). CONFLICT naming
   * every condition that fails: the client's consent, an ACTIVE profile, a PUBLISHED job.
   */
  async propose(viewer: Viewer, jobId: string, profileId: string, message?: string | null): Promise<ProposalEntity> {
    // getVisible also shows clients their own profile: proposing is for coordinators only.
    if (viewer.role !== Role.COORDINATOR) throw new ForbiddenError('Only coordinators propose candidates.');
    const profile = await this.profiles.getVisible(viewer, profileId);
    const visible = await this.jobs.getVisible(viewer, jobId);
    await this.checkText(viewer, 'message', message, profile.id);
    return this.open(viewer, visible.id, profile.id, async (manager, job) => {
      const current = await this.profileState(manager, profile.id);
      const state = { consent: current.consent, profileStatus: current.status, jobStatus: job.status };
      if (readinessProblems(state).length > 0) throw readinessConflict(state);
      // An employer not verified yet sees no candidate, so none is proposed to it (coordinators see verifiedAt).
      const [employer] = await manager.query<{ verified_at: Date | null }[]>(
        'SELECT verified_at FROM organisation WHERE id = $1',
        [job.organisationId],
      );
      if (!employer?.verified_at) {
        throw new ProposalConflictError(
          'The employer is waiting for verification by Jobcenter: candidates can be proposed once it is verified.',
          'ORGANISATION_NOT_VERIFIED',
        );
      }
      return {
        status: ProposalStatus.AWAITING_EMPLOYER,
        initiatedBy: Role.COORDINATOR,
        serviceProviderId: current.serviceProviderId,
        message: textOrNull(message),
      };
    });
  }

  /**
   * An employer asks to be introduced to a candidate of one of their own jobs. The job: NOT_FOUND when they cannot
   * see it, FORBIDDEN when it is another organisation's, CONFLICT when not PUBLISHED. The candidate must be a
   * feasible match of the job as the employer sees its matches (consented, ACTIVE): NOT_FOUND for a profile they
   * cannot see at all, CONFLICT for one they can see that is not a feasible match of this job.
   */
  async requestIntroduction(
    viewer: Viewer,
    jobId: string,
    candidateId: string,
    message?: string | null,
  ): Promise<ProposalEntity> {
    const visible = await this.jobs.getVisible(viewer, jobId);
    const organisationId = viewer.role === Role.EMPLOYER ? viewer.organisationId : null;
    if (!organisationId || visible.organisationId !== organisationId) throw new NotOwnJobError();
    if (!isUUID(candidateId)) throw new CandidateNotFoundError();
    await this.checkText(viewer, 'message', message, null);
    return this.open(viewer, visible.id, candidateId, async (manager, job) => {
      if (job.status !== JobStatus.PUBLISHED) {
        throw readinessConflict({ consent: true, jobStatus: job.status });
      }
      const rows = await manager.query<{ service_provider_id: string; feasible: boolean }[]>(
        `SELECT p.service_provider_id, m.feasible
           FROM capacity_profile p
           JOIN client c ON c.id = p.client_id
           JOIN match m ON m.profile_id = p.id AND m.job_id = $1
          WHERE p.id = $2 AND p.status = 'ACTIVE' AND c.share_with_employers`,
        [job.id, candidateId],
      );
      if (rows.length === 0) {
        // Seen through another of the organisation's jobs: telling them it is no match here reveals nothing.
        if (!(await this.matches.isCandidateOf(organisationId, candidateId))) throw new CandidateNotFoundError();
        throw new ProposalConflictError('The candidate is not among the matches of this job.', 'NOT_A_MATCH');
      }
      if (!rows[0].feasible) {
        throw new ProposalConflictError(
          'The candidate is a near miss for this job, not a feasible match: only a feasible match can be introduced.',
          'NOT_A_MATCH',
        );
      }
      return {
        status: ProposalStatus.AWAITING_COORDINATOR,
        initiatedBy: Role.EMPLOYER,
        serviceProviderId: rows[0].service_provider_id,
        message: textOrNull(message),
      };
    });
  }

  /**
   * The side the proposal waits for accepts or declines it. The other party gets FORBIDDEN, a proposal that waits
   * for no one CONFLICT. Accepting needs the client's consent and a PUBLISHED job still (CONFLICT otherwise);
   * declining needs a reason.
   */
  async respond(
    viewer: Viewer,
    id: string,
    accept: boolean,
    declineReason?: DeclineReason | null,
    note?: string | null,
  ): Promise<ProposalEntity> {
    if (!accept && !declineReason)
      throw BadInputError.field('declineReason', 'is needed to decline a proposal', 'REQUIRED');
    if (accept && declineReason)
      throw BadInputError.field('declineReason', 'is only for declining a proposal', 'NOT_ALLOWED_VALUE');
    const action = accept ? ProposalAction.ACCEPT : ProposalAction.DECLINE;
    return this.change(viewer, id, { field: 'note', value: note }, async (manager, proposal, job) => {
      const awaited = awaitedRole(proposal.status);
      if (!awaited) {
        throw new ProposalConflictError(proposalTransitionRefusal(proposal.status, action) ?? '', 'INVALID_TRANSITION');
      }
      if (viewer.role !== awaited) {
        throw new NotYourTurnError(awaited === Role.EMPLOYER ? 'employer' : 'coordinator');
      }
      if (accept) {
        const { consent } = await this.profileState(manager, proposal.profileId as string);
        const state = { consent, jobStatus: job.status };
        if (readinessProblems(state).length > 0) throw readinessConflict(state);
      }
      return {
        status: nextProposalStatus(proposal.status, action) as ProposalStatus,
        declineReason: declineReason ?? undefined,
        note: textOrNull(note),
      };
    });
  }

  /**
   * Either party records how an ACCEPTED or TRIAL proposal went. A hire also places the profile and, once the
   * job's hires reach its positions, fills the job: see `hire`.
   */
  async recordOutcome(
    viewer: Viewer,
    id: string,
    outcome: PlacementOutcome,
    note?: string | null,
  ): Promise<ProposalEntity> {
    const action = OUTCOME_ACTIONS[outcome];
    return this.change(viewer, id, { field: 'note', value: note }, async (manager, proposal, job) => {
      const refusal = proposalTransitionRefusal(proposal.status, action);
      if (refusal) throw new ProposalConflictError(refusal, 'INVALID_TRANSITION');
      // Under the job's lock: no hire lands on a job that is not open, nor beyond its positions.
      if (action === ProposalAction.HIRE) {
        if (job.status !== JobStatus.PUBLISHED) {
          throw new ProposalConflictError(
            `The job is ${job.status}: a candidate can be hired only for a PUBLISHED job.`,
            'JOB_NOT_PUBLISHED',
            { status: job.status },
          );
        }
        const hires = await hiresOf(manager, job.id);
        if (hires >= job.positions) {
          throw new ProposalConflictError(
            `Every position of the job is taken (${hires} of ${job.positions}).`,
            'NO_FREE_POSITION',
          );
        }
      }
      return { status: nextProposalStatus(proposal.status, action) as ProposalStatus, note: textOrNull(note) };
    });
  }

  /** Either party withdraws a proposal that is still waiting for an answer or ACCEPTED. */
  async withdraw(viewer: Viewer, id: string): Promise<ProposalEntity> {
    return this.change(viewer, id, null, async (_manager, proposal) => {
      const refusal = proposalTransitionRefusal(proposal.status, ProposalAction.WITHDRAW);
      if (refusal) throw new ProposalConflictError(refusal, 'INVALID_TRANSITION');
      return { status: ProposalStatus.WITHDRAWN, note: null };
    });
  }

  /**
   * The viewer's side's proposals, newest first, optionally of one job and one status; never those of erased
   * clients (no profile), which exist for the statistics only. Admins and clients see none (DESIGN.md).
   */
  async list(viewer: Viewer, args: ProposalsArgs): Promise<Connection<ProposalModel>> {
    const scope = partyScopeOf(viewer);
    if (!scope) throw new ForbiddenError('Only the employers and coordinators of a proposal see it.');
    if (args.jobId && !isUUID(args.jobId)) throw new JobNotFoundError();
    if (args.profileId && (viewer.role !== Role.COORDINATOR || !isUUID(args.profileId)))
      throw new ProfileNotFoundError();
    const query = this.dataSource
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where(`p.${scope.column} = :organisationId`, { organisationId: scope.organisationId })
      .andWhere('p.profile_id IS NOT NULL');
    if (viewer.role === Role.EMPLOYER) query.andWhere(CONSENTED);
    if (args.jobId) query.andWhere('p.job_id = :jobId', { jobId: args.jobId });
    if (args.profileId) query.andWhere('p.profile_id = :profileId', { profileId: args.profileId });
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    return newestFirst(query, 'p', args, toProposalModel);
  }

  /** The events of these proposals, oldest first; for a loader behind proposals the caller may see. */
  async eventsOf(proposalIds: readonly string[]): Promise<ProposalEventEntity[]> {
    if (proposalIds.length === 0) return [];
    return this.dataSource.getRepository(ProposalEventEntity).find({
      where: { proposalId: In([...proposalIds]) },
      order: { id: 'ASC' },
    });
  }

  /** Opens a proposal of (job, profile) once `prepare` has checked it, under the job's row lock FOR SHARE. */
  private async open(
    viewer: Viewer,
    jobId: string,
    profileId: string,
    prepare: (manager: EntityManager, job: JobEntity) => Promise<NewProposal>,
  ): Promise<ProposalEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const job = await this.jobs.lockRow(manager, jobId, 'share');
        const draft = await prepare(manager, job);
        const open = await manager.findOneBy(ProposalEntity, {
          jobId: job.id,
          profileId,
          status: In([...OPEN_PROPOSAL_STATUSES]),
        });
        if (open) throw this.alreadyOpen(open.status);
        const { identifiers } = await manager.insert(ProposalEntity, {
          ...draft,
          jobId: job.id,
          profileId,
          employerOrganisationId: job.organisationId,
          createdAt: () => 'now()',
          updatedAt: () => 'now()',
        });
        const id = (identifiers[0] as { id: string }).id;
        await this.addEvent(manager, id, draft.status, viewer, null);
        await this.notifications.proposalOpened(manager, id);
        return manager.findOneByOrFail(ProposalEntity, { id });
      });
    } catch (error) {
      // Two openings of one pair at once: the unique index decides, and the loser hears why.
      if (isUniqueViolation(error, OPEN_PROPOSAL_KEY)) throw this.alreadyOpen();
      throw error;
    }
  }

  /**
   * Refuses free text of a proposal (its message, an event's note) that would identify a person: employers read
   * every one of them. A coordinator's text is also checked against the client's own name and email; an employer's
   * only for what needs no identity (email addresses, phone numbers, identity codes), since checking it against the
   * name would tell the employer whether a guess was right.
   */
  private async checkText(
    viewer: Viewer,
    field: string,
    text: string | null | undefined,
    profileId: string | null,
  ): Promise<void> {
    if (!text) return;
    const identity =
      viewer.role === Role.COORDINATOR && profileId ? await this.profiles.identityOfProfile(profileId) : null;
    const problems = new FieldProblems();
    for (const { message, kind } of identifyingContent(text, identity))
      problems.add(field, message, 'IDENTIFYING_TEXT', { kind });
    problems.throwIfAny();
  }

  /**
   * Changes a proposal the viewer is a party to (NOT_FOUND otherwise), as `decide` says, with its event; a hire
   * also does what `hire` says. Scoring of what the hire changed is asked for once committed. The event's `text`
   * is checked (`checkText`) once the proposal is known to be visible.
   */
  private async change(
    viewer: Viewer,
    id: string,
    text: { field: string; value: string | null | undefined } | null,
    decide: (manager: EntityManager, proposal: ProposalEntity, job: JobEntity) => Promise<Move>,
  ): Promise<ProposalEntity> {
    const seen = await this.getVisible(this.dataSource.manager, viewer, id);
    if (text) await this.checkText(viewer, text.field, text.value, seen.profileId);
    const { proposal, changed } = await this.dataSource.transaction(async (manager) => {
      const job = await this.jobs.lockRow(manager, seen.jobId, 'no-key-update');
      const profile = await this.profiles.lockRow(manager, seen.profileId as string);
      if (!profile) throw new ProposalNotFoundError();
      const current = await this.getVisible(manager, viewer, id, true);
      const move = await decide(manager, current, job);
      await manager.update(
        ProposalEntity,
        { id },
        {
          status: move.status,
          updatedAt: () => 'now()',
          ...(move.declineReason ? { declineReason: move.declineReason } : {}),
          ...(move.status === ProposalStatus.ACCEPTED ? { acceptedAt: () => 'now()' } : {}),
          ...(move.status === ProposalStatus.TRIAL ? { trialAt: () => 'now()' } : {}),
          ...(move.status === ProposalStatus.HIRED ? { hiredAt: () => 'now()' } : {}),
        },
      );
      await this.addEvent(manager, id, move.status, viewer, move.note);
      const changed = move.status === ProposalStatus.HIRED ? await this.hire(manager, profile, job) : [];
      return { proposal: await manager.findOneByOrFail(ProposalEntity, { id }), changed };
    });
    for (const { entity, id: changedId, version } of changed) {
      await this.scoringRequests.request(entity, changedId, version);
    }
    return proposal;
  }

  /**
   * A hire (the proposal is already HIRED in this transaction; job and profile locked, the job checked PUBLISHED
   * with a free position): the profile becomes PLACED (ProfilesService.placeLocked), and when the job's hires reach
   * its positions the job becomes FILLED (JobsService.closeLocked, which withdraws its open offers and declines its
   * other open proposals with POSITION_FILLED). Returns what must be scored again.
   */
  private async hire(manager: EntityManager, profile: ProfileEntity, job: JobEntity): Promise<Changed[]> {
    const changed: Changed[] = [];
    const placed = await this.profiles.placeLocked(manager, profile);
    if (placed !== null) changed.push({ entity: 'profile', id: profile.id, version: placed });
    if ((await hiresOf(manager, job.id)) >= job.positions) {
      await this.jobs.closeLocked(manager, job, JobStatus.FILLED);
      changed.push({ entity: 'job', id: job.id, version: job.version + 1 });
    }
    return changed;
  }

  /** A proposal the viewer is a party to, with a profile; NOT_FOUND otherwise, also for ids that are not UUIDs. */
  private async getVisible(manager: EntityManager, viewer: Viewer, id: string, lock = false): Promise<ProposalEntity> {
    const scope = partyScopeOf(viewer);
    if (!scope || !isUUID(id)) throw new ProposalNotFoundError();
    const query = manager
      .getRepository(ProposalEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere('p.profile_id IS NOT NULL')
      .andWhere(`p.${scope.column} = :organisationId`, { organisationId: scope.organisationId });
    if (viewer.role === Role.EMPLOYER) query.andWhere(CONSENTED);
    if (lock) query.setLock('for_no_key_update');
    const proposal = await query.getOne();
    if (!proposal) throw new ProposalNotFoundError();
    return proposal;
  }

  /** The profile's status and service provider, and its client's consent, as committed now. */
  private async profileState(
    manager: EntityManager,
    profileId: string,
  ): Promise<{ status: ProfileStatus; consent: boolean; serviceProviderId: string }> {
    const rows = await manager.query<{ status: ProfileStatus; consent: boolean; service_provider_id: string }[]>(
      `SELECT p.status, c.share_with_employers AS consent, p.service_provider_id
         FROM capacity_profile p JOIN client c ON c.id = p.client_id WHERE p.id = $1`,
      [profileId],
    );
    if (rows.length === 0) throw new ProfileNotFoundError();
    return { status: rows[0].status, consent: rows[0].consent, serviceProviderId: rows[0].service_provider_id };
  }

  private async addEvent(
    manager: EntityManager,
    proposalId: string,
    status: ProposalStatus,
    viewer: Viewer,
    note: string | null,
  ): Promise<void> {
    await manager.insert(ProposalEventEntity, {
      proposalId,
      status,
      actorRole: viewer.role,
      actorUserId: viewer.userId,
      note,
      at: () => 'now()',
    });
  }

  private alreadyOpen(status?: ProposalStatus): ProposalConflictError {
    const now = status ? ` (${status})` : '';
    return new ProposalConflictError(
      `There is already an open proposal${now} of this candidate for this job.`,
      'ALREADY_EXISTS',
    );
  }
}
