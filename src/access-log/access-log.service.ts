import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { CandidateViewLimitError, OrganisationNotVerifiedError } from '../common/errors/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';

/** What an employer did that showed them a candidate. */
export enum CandidateReadOperation {
  CANDIDATE = 'candidate',
  JOB_MATCHES = 'job.matches',
  PROPOSALS = 'proposals',
  PROPOSAL = 'proposal',
}

/** An employer read of a page of candidates, logged by the statement that reads the page. */
export interface CandidatePageRead {
  organisationId: string;
  userId: string;
  operation: CandidateReadOperation;
  /** Rows the page shows: a row read past them (to tell whether there is more) is not logged. */
  shown: number;
  /**
   * Distinct candidates the organisation may be shown today (CANDIDATE_VIEWS_PER_DAY); null: counted, never refused
   * (the answer to the employer's own action on a proposal, which both sides entered: it is not discovery).
   */
  limit: number | null;
}

/** The day the limit counts: the calendar day in Helsinki, where the service runs. */
export const VIEW_DAY = `(now() AT TIME ZONE 'Europe/Helsinki')::date`;
const VIEW_DAY_START = `(${VIEW_DAY}::timestamp AT TIME ZONE 'Europe/Helsinki')`;
/** A limit no organisation reaches, for reads that are counted but never refused. */
const NO_LIMIT = 2_147_483_647;

/**
 * One statement that reads a page, checks the organisation's daily limit and logs it: `pageSql` selects rows with
 * `profile_id` and their 1-based `position`; the answer is its rows, each with `view_allowed`. Data-modifying CTEs
 * (which run whether or not the outer query reads them, and fail the statement if they fail) do the rest:
 *
 * - `fresh` counts the candidates shown that the organisation has not been shown yet today (the access log);
 * - `gate` adds them to the organisation's count of the day (candidate_view_day) only if the sum stays within the
 *   limit, or adds nothing new: INSERT … ON CONFLICT DO UPDATE locks the day's row and evaluates its WHERE on the
 *   row's latest committed version, so concurrent reads are serialised on it and the count never passes the
 *   limit. (Two concurrent reads showing the same new candidate both count it: the count can run ahead of the
 *   distinct candidates by those, so an organisation may be stopped a few candidates early, never late.)
 * - `logged` writes a profile_view row for each row shown, only when the gate let the page through.
 *
 * When `view_allowed` is false nothing was logged and nothing may be shown. The read's values are appended to
 * `params`.
 */
export function withCandidateReadLog(pageSql: string, params: unknown[], read: CandidatePageRead): string {
  const [organisation, user, operation, shown, limit] = [
    read.organisationId,
    read.userId,
    read.operation,
    read.shown,
    read.limit ?? NO_LIMIT,
  ].map((value) => `$${params.push(value)}`);
  return `WITH page AS (${pageSql}),
    fresh AS (
      SELECT count(DISTINCT page.profile_id)::int AS n FROM page
       WHERE page.position <= ${shown}::int
         AND NOT EXISTS (SELECT 1 FROM profile_view v
                          WHERE v.organisation_id = ${organisation}::uuid AND v.profile_id = page.profile_id
                            AND v.at >= ${VIEW_DAY_START})),
    gate AS (
      INSERT INTO candidate_view_day AS d (organisation_id, day, viewed)
      SELECT ${organisation}::uuid, ${VIEW_DAY}, fresh.n FROM fresh WHERE fresh.n <= ${limit}::int
      ON CONFLICT (organisation_id, day) DO UPDATE SET viewed = d.viewed + excluded.viewed
       WHERE excluded.viewed = 0 OR d.viewed + excluded.viewed <= ${limit}::int
      RETURNING 1),
    logged AS (
      INSERT INTO profile_view (organisation_id, user_id, profile_id, client_id, operation)
      SELECT ${organisation}::uuid, ${user}::uuid, p.id, p.client_id, ${operation}
        FROM page JOIN capacity_profile p ON p.id = page.profile_id
       WHERE page.position <= ${shown}::int AND EXISTS (SELECT 1 FROM gate))
    SELECT page.*, EXISTS (SELECT 1 FROM gate) AS view_allowed FROM page`;
}

/**
 * The append-only log of employer reads of candidates: organisation, user, candidate, operation, time. Clients see
 * it as myProfileViews. Every path that hands an employer a CandidateProfile records here, in the same request,
 * before the data leaves: if the log cannot be written, the read fails. A job's matches are logged by the
 * statement that reads them (MatchesService.forJobs, through withCandidateReadLog), in the same rows.
 *
 * The same paths keep the employer rules of issue 14 (item 10): an organisation not verified yet sees no
 * candidate (ORGANISATION_NOT_VERIFIED), and a verified one at most CANDIDATE_VIEWS_PER_DAY distinct candidates a
 * Helsinki day (CANDIDATE_VIEW_LIMIT_REACHED, written to the audit log once per organisation and day).
 */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The day's limit of distinct candidates an employer organisation is shown. */
  get viewsPerDay(): number {
    return this.config.candidateViewsPerDay;
  }

  /** Employers of an organisation not verified yet see no candidate: ORGANISATION_NOT_VERIFIED. */
  assertMaySeeCandidates(viewer: Viewer): void {
    if (viewer.role === Role.EMPLOYER && !viewer.organisationVerifiedAt) throw new OrganisationNotVerifiedError();
  }

  /**
   * Records one row per profile, within the day's limit (`limited`: false for answers to the employer's own actions
   * on a proposal, counted but never refused); does nothing for callers other than employers. Throws
   * ORGANISATION_NOT_VERIFIED or CANDIDATE_VIEW_LIMIT_REACHED, logging nothing, when the employer may not be shown
   * them. With `manager`, in its transaction (the log row stands or falls with what the caller writes there).
   */
  async recordCandidateReads(
    viewer: Viewer,
    profileIds: readonly string[],
    operation: CandidateReadOperation,
    { manager = this.dataSource.manager, limited = true }: { manager?: EntityManager; limited?: boolean } = {},
  ): Promise<void> {
    if (viewer.role !== Role.EMPLOYER || !viewer.organisationId || profileIds.length === 0) return;
    this.assertMaySeeCandidates(viewer);
    const params: unknown[] = [[...new Set(profileIds)]];
    const page = 'SELECT p.id AS profile_id, 1 AS position FROM capacity_profile p WHERE p.id = ANY($1::uuid[])';
    const sql = withCandidateReadLog(page, params, {
      organisationId: viewer.organisationId,
      userId: viewer.userId,
      operation,
      shown: 1,
      limit: limited ? this.viewsPerDay : null,
    });
    const rows = await manager.query<{ view_allowed: boolean }[]>(sql, params);
    if (rows.length > 0 && !rows[0].view_allowed) {
      await this.limitReached({ organisationId: viewer.organisationId, userId: viewer.userId });
    }
  }

  /**
   * A read refused for the daily limit: marks the organisation's day (the first refusal of the day writes the
   * audit event, later ones nothing) and throws CANDIDATE_VIEW_LIMIT_REACHED with the seconds until the next day.
   */
  async limitReached(reader: { organisationId: string; userId: string }): Promise<never> {
    const { organisationId, userId } = reader;
    const retryAfter = await this.dataSource.transaction(async (manager) => {
      const [mark] = await manager.query<{ first: boolean; retry_after: number }[]>(
        `WITH mark AS (
           INSERT INTO candidate_view_day AS d (organisation_id, day, viewed, limit_reached_at)
           VALUES ($1, ${VIEW_DAY}, 0, now())
           ON CONFLICT (organisation_id, day) DO UPDATE SET limit_reached_at = now() WHERE d.limit_reached_at IS NULL
           RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM mark) AS first,
                ceil(extract(epoch FROM ((${VIEW_DAY} + 1)::timestamp AT TIME ZONE 'Europe/Helsinki') - now()))::int
                  AS retry_after`,
        [organisationId],
      );
      if (mark.first) {
        await this.audit.record(
          {
            actor: { userId, role: Role.EMPLOYER },
            action: AuditAction.CANDIDATE_VIEW_LIMIT_REACHED,
            organisationId,
            detail: `${this.viewsPerDay} distinct candidates a day; further reads refused until midnight in Helsinki`,
          },
          manager,
        );
      }
      return Math.max(1, mark.retry_after);
    });
    throw new CandidateViewLimitError(retryAfter);
  }

  /** The organisations that saw a client's anonymised profiles, newest first. */
  async viewsOfClient(clientId: string, limit = 500): Promise<{ organisationName: string; at: Date }[]> {
    return this.dataSource.query(
      `SELECT o.name AS "organisationName", v.at
         FROM profile_view v JOIN organisation o ON o.id = v.organisation_id
        WHERE v.client_id = $1
        ORDER BY v.at DESC, v.id DESC
        LIMIT $2`,
      [clientId, limit],
    );
  }
}
