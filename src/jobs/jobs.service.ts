import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { BadInputError, ForbiddenError } from '../common/errors/domain-error';
import { newestFirst } from '../common/graphql/keyset';
import type { Connection, PageArgs } from '../common/graphql/pagination';
import { jobMatchingColumns } from '../matching/encoding';
import { ScoringRequests } from '../matching/scoring-requests.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { JobFilter, JobInput } from './dto/job.input';
import { withdrawOffersOfJob } from '../offers/job-offers';
import { declineOpenProposalsOfJob, hiresOf } from '../proposals/job-proposals';
import { JobAction, JobStatus, nextJobStatus } from './job-status';
import { JobEntity, JobTaskEntity } from './job.entity';
import { type CheckedJob, checkJobInput, prefixTsQuery, searchTextOf } from './job.validation';
import { JobNotFoundError, JobNotOwnedError, JobStatusConflictError, StaleJobVersionError } from './jobs.errors';

/** How a writer holds a job's row: see JobsService.lockRow. */
export type JobLockMode = 'share' | 'no-key-update' | 'update';

const JOB_LOCKS = {
  share: 'pessimistic_read',
  'no-key-update': 'for_no_key_update',
  update: 'pessimistic_write',
} as const satisfies Record<JobLockMode, string>;

/**
 * Which jobs a caller may see: the one rule every read and write goes through. `offeredToViewer` says whether a
 * coordinator has offered the job to the viewer's client (any offer status); only JobsService.getVisible looks it
 * up, so a CLIENT reaches a job by id only there.
 */
export function canSeeJob(
  viewer: Viewer,
  job: Pick<JobEntity, 'organisationId' | 'status'>,
  offeredToViewer = false,
): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
      return true;
    case Role.EMPLOYER:
      return job.organisationId === viewer.organisationId || job.status === JobStatus.PUBLISHED;
    case Role.COORDINATOR:
      return job.status === JobStatus.PUBLISHED;
    case Role.CLIENT:
      // Clients see the jobs offered to them, whatever the job's status: an offer they answered stays readable.
      return offeredToViewer;
    default:
      return false;
  }
}

/**
 * Jobs and their tasks. Every read that starts from an id checks visibility here (NOT_FOUND when the caller may
 * not see the job, FORBIDDEN when they may see but not change it), so no resolver can forget it.
 */
@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly scoringRequests: ScoringRequests,
  ) {}

  /** The job, if the caller may see it; NOT_FOUND otherwise, also for ids that are not UUIDs. */
  async getVisible(viewer: Viewer, id: string): Promise<JobEntity> {
    if (!isUUID(id)) throw new JobNotFoundError();
    const job = await this.dataSource.getRepository(JobEntity).findOneBy({ id });
    if (!job || !canSeeJob(viewer, job, await this.isOfferedTo(viewer, id))) throw new JobNotFoundError();
    return job;
  }

  /** Whether the job was offered to the viewer's client (offers feature); false for anyone but a CLIENT. */
  private async isOfferedTo(viewer: Viewer, jobId: string): Promise<boolean> {
    if (viewer.role !== Role.CLIENT || !viewer.clientId) return false;
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM offer WHERE job_id = $1 AND client_id = $2 LIMIT 1',
      [jobId, viewer.clientId],
    );
    return rows.length > 0;
  }

  async create(viewer: Viewer, input: JobInput): Promise<JobEntity> {
    const organisationId = this.employerOrganisation(viewer);
    const job = checkJobInput(input, this.taxonomy);
    const created = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(JobEntity, {
        ...this.columnsOf(job),
        organisationId,
        createdBy: viewer.userId,
        status: JobStatus.DRAFT,
        version: 1,
      });
      const id = (identifiers[0] as { id: string }).id;
      await this.insertTasks(manager, id, 1, job);
      return this.reload(manager, id);
    });
    await this.scoringRequests.request('job', created.id, created.version);
    return created;
  }

  /** Replaces the job's content. The new version gets new tasks; the old version's tasks stay for its matches. */
  async update(viewer: Viewer, id: string, input: JobInput, expectedVersion?: number | null): Promise<JobEntity> {
    this.employerOrganisation(viewer);
    const job = checkJobInput(input, this.taxonomy);
    return this.change(viewer, id, async (manager, current) => {
      if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== current.version) {
        throw new StaleJobVersionError(current.version);
      }
      if (!nextJobStatus(current.status, JobAction.EDIT))
        throw new JobStatusConflictError(current.status, JobAction.EDIT);
      // Hires already made stay made: positions can grow, or shrink down to them (the job's lock holds hires off).
      const hires = await hiresOf(manager, id);
      if (job.positions < hires) {
        throw BadInputError.field(
          'input.positions',
          `must be at least ${hires}: that many candidates have been hired already`,
          'TOO_SMALL',
        );
      }
      const version = current.version + 1;
      await manager.update(JobEntity, { id }, { ...this.columnsOf(job), version, updatedAt: () => 'now()' });
      await this.insertTasks(manager, id, version, job);
    });
  }

  async publish(viewer: Viewer, id: string): Promise<JobEntity> {
    return this.change(viewer, id, async (manager, current) => {
      if (!nextJobStatus(current.status, JobAction.PUBLISH)) {
        throw new JobStatusConflictError(current.status, JobAction.PUBLISH);
      }
      await manager.update(
        JobEntity,
        { id },
        {
          status: JobStatus.PUBLISHED,
          publishedAt: () => 'now()',
          version: current.version + 1,
          updatedAt: () => 'now()',
        },
      );
      await this.copyTasks(manager, id, current.version, current.version + 1);
    });
  }

  async close(viewer: Viewer, id: string, filled: boolean): Promise<JobEntity> {
    return this.change(viewer, id, async (manager, current) => {
      const action = filled ? JobAction.FILL : JobAction.CLOSE;
      if (!nextJobStatus(current.status, action)) throw new JobStatusConflictError(current.status, action);
      await this.closeLocked(manager, current, filled ? JobStatus.FILLED : JobStatus.CLOSED);
    });
  }

  /**
   * Ends a PUBLISHED job as FILLED or CLOSED: a new version, in the transaction of `manager`, which must hold the
   * job's row locked (JobsService.lockRow: closeJob here, a hire filling the last position in the proposals
   * feature). Its open offers are withdrawn and its open proposals declined (POSITION_FILLED), each by its own
   * feature, in the same transaction. The caller asks for scoring once committed.
   */
  async closeLocked(
    manager: EntityManager,
    current: JobEntity,
    status: JobStatus.FILLED | JobStatus.CLOSED,
  ): Promise<void> {
    await manager.update(
      JobEntity,
      { id: current.id },
      { status, closedAt: () => 'now()', version: current.version + 1, updatedAt: () => 'now()' },
    );
    await this.copyTasks(manager, current.id, current.version, current.version + 1);
    await withdrawOffersOfJob(manager, current.id);
    await declineOpenProposalsOfJob(manager, current.id);
  }

  /**
   * The job's row, locked in the transaction of `manager` until it ends, with no visibility check (callers have
   * made theirs): FOR SHARE to make or answer an offer or open a proposal, FOR NO KEY UPDATE to change a proposal
   * (the worker's match upserts, whose foreign keys take KEY SHARE, go on meanwhile), FOR UPDATE to change the job.
   * Every writer that depends on the job's status takes it first, so they queue behind each other in one order.
   */
  async lockRow(manager: EntityManager, id: string, mode: JobLockMode): Promise<JobEntity> {
    if (!isUUID(id)) throw new JobNotFoundError();
    const job = await this.byId(manager, id).setLock(JOB_LOCKS[mode]).getOne();
    if (!job) throw new JobNotFoundError();
    return job;
  }

  /**
   * The jobs the caller may list, newest first, one keyset page at a time: employers their organisation's (by
   * creation), coordinators the published ones (by publication), admins all (by creation).
   */
  async list(viewer: Viewer, filter: JobFilter | null | undefined, page: PageArgs): Promise<Connection<JobEntity>> {
    const query = this.dataSource.getRepository(JobEntity).createQueryBuilder('j');
    let sortColumn: 'created_at' | 'published_at' = 'created_at';
    switch (viewer.role) {
      case Role.ADMIN:
        break;
      case Role.EMPLOYER:
        query.where('j.organisationId = :organisationId', { organisationId: this.employerOrganisation(viewer) });
        break;
      case Role.COORDINATOR:
        query.where('j.status = :published', { published: JobStatus.PUBLISHED });
        sortColumn = 'published_at';
        break;
      default:
        throw new ForbiddenError('Clients see the jobs offered to them.');
    }
    if (filter?.status) query.andWhere('j.status = :status', { status: filter.status });
    if (filter?.municipalityCode)
      query.andWhere('j.municipalityCode = :municipality', { municipality: filter.municipalityCode });
    const words = filter?.text ? prefixTsQuery(filter.text) : null;
    // The same expression as the GIN index job_search_idx, so the index serves it.
    if (words) query.andWhere(`to_tsvector('simple', j.search_text) @@ to_tsquery('simple', :words)`, { words });

    return newestFirst(query, 'j', page, (job) => job, sortColumn);
  }

  /** Jobs by id, without a visibility check: for loaders of objects that already imply the caller may see them. */
  async byIds(ids: readonly string[]): Promise<JobEntity[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('j')
      .where('j.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** Tasks by id (a match's or an offer's carve-out), without a visibility check, like byIds. */
  async tasksByIds(ids: readonly string[]): Promise<JobTaskEntity[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return this.dataSource
      .getRepository(JobTaskEntity)
      .createQueryBuilder('t')
      .where('t.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** The tasks of each (job, version), ordered by position. */
  async tasksOfVersions(keys: readonly { jobId: string; version: number }[]): Promise<JobTaskEntity[]> {
    const valid = keys.filter((k) => isUUID(k.jobId) && Number.isInteger(k.version));
    if (valid.length === 0) return [];
    return this.dataSource
      .getRepository(JobTaskEntity)
      .createQueryBuilder('t')
      .where(
        '(t.job_id, t.job_version) IN (SELECT * FROM unnest(CAST(:jobIds AS uuid[]), CAST(:versions AS integer[])))',
        { jobIds: valid.map((k) => k.jobId), versions: valid.map((k) => k.version) },
      )
      .orderBy('t.jobId')
      .addOrderBy('t.jobVersion')
      .addOrderBy('t.position')
      .getMany();
  }

  /**
   * Runs one change of a job (which bumps its version) in a transaction holding the job's row lock, so that
   * concurrent changes queue behind each other and see each other's versions; then asks for scoring.
   */
  private async change(
    viewer: Viewer,
    id: string,
    apply: (manager: EntityManager, current: JobEntity) => Promise<void>,
  ): Promise<JobEntity> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, viewer, id);
      await apply(manager, current);
      return this.reload(manager, id);
    });
    await this.scoringRequests.request('job', changed.id, changed.version);
    return changed;
  }

  /** Locks the job's row; NOT_FOUND when the caller may not see it, FORBIDDEN when they may not change it. */
  private async lockForChange(manager: EntityManager, viewer: Viewer, id: string): Promise<JobEntity> {
    const job = await this.lockRow(manager, id, 'update');
    if (!canSeeJob(viewer, job)) throw new JobNotFoundError();
    if (viewer.role !== Role.EMPLOYER || job.organisationId !== viewer.organisationId) throw new JobNotOwnedError();
    return job;
  }

  private byId(manager: EntityManager, id: string): SelectQueryBuilder<JobEntity> {
    return manager.getRepository(JobEntity).createQueryBuilder('j').where('j.id = :id', { id });
  }

  private async reload(manager: EntityManager, id: string): Promise<JobEntity> {
    const job = await this.byId(manager, id).getOne();
    if (!job) throw new JobNotFoundError();
    return job;
  }

  /** Employers act for their organisation; anyone else gets FORBIDDEN (the resolvers' @Roles says so first). */
  private employerOrganisation(viewer: Viewer): string {
    if (viewer.role !== Role.EMPLOYER || !viewer.organisationId) {
      throw new ForbiddenError('Only employers post and change jobs.');
    }
    return viewer.organisationId;
  }

  /** The columns a job's content sets, derived ones (search, matching) included. */
  private columnsOf(job: CheckedJob) {
    const { offeredMask, features } = jobMatchingColumns(job, this.taxonomy);
    return {
      title: job.title,
      description: job.description,
      municipalityCode: job.municipalityCode,
      remotePossible: job.remotePossible,
      hoursMin: job.hoursMin,
      hoursMax: job.hoursMax,
      schedule: job.schedule,
      accommodationCodes: job.accommodationCodes,
      hourlyWage: job.hourlyWage,
      positions: job.positions,
      searchText: searchTextOf(job),
      offeredMask,
      features,
    };
  }

  private async insertTasks(manager: EntityManager, jobId: string, version: number, job: CheckedJob): Promise<void> {
    await manager.insert(
      JobTaskEntity,
      job.tasks.map((task, position) => ({
        jobId,
        jobVersion: version,
        position,
        taskTypeCode: task.taskTypeCode,
        description: task.description,
        demands: task.demands,
        modifiable: task.modifiable,
        hoursShare: task.hoursShare,
      })),
    );
  }

  /**
   * Every version has its own task rows (the worker and the matches read the tasks of exactly one version), so a
   * change of status carries the tasks over unchanged to the new version.
   */
  private async copyTasks(manager: EntityManager, jobId: string, from: number, to: number): Promise<void> {
    await manager.query(
      `INSERT INTO job_task (job_id, job_version, position, task_type_code, description, demands, modifiable, hours_share)
       SELECT job_id, $3, position, task_type_code, description, demands, modifiable, hours_share
         FROM job_task WHERE job_id = $1 AND job_version = $2`,
      [jobId, from, to],
    );
  }
}
