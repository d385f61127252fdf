import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';

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
}

/**
 * One statement that reads a page and logs it: `pageSql` selects rows with `profile_id` and their 1-based
 * `position`; the answer is its rows, and a data-modifying CTE (which runs whether or not the outer query reads
 * it, and fails the statement if it fails) writes a profile_view row for each row shown. The read's values are
 * appended to `params`.
 */
export function withCandidateReadLog(pageSql: string, params: unknown[], read: CandidatePageRead): string {
  const [organisation, user, operation, shown] = [read.organisationId, read.userId, read.operation, read.shown].map(
    (value) => `$${params.push(value)}`,
  );
  return `WITH page AS (${pageSql}),
    logged AS (
      INSERT INTO profile_view (organisation_id, user_id, profile_id, client_id, operation)
      SELECT ${organisation}::uuid, ${user}::uuid, p.id, p.client_id, ${operation}
        FROM page JOIN capacity_profile p ON p.id = page.profile_id
       WHERE page.position <= ${shown}::int)
    SELECT * FROM page`;
}

/**
 * The append-only log of employer reads of candidates: organisation, user, candidate, operation, time. Clients see
 * it as myProfileViews. Every path that hands an employer a CandidateProfile records here, in the same request,
 * before the data leaves: if the log cannot be written, the read fails. A job's matches are logged by the
 * statement that reads them (MatchesService.forJobs, through withCandidateReadLog), in the same rows.
 */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records one row per profile; does nothing for callers other than employers. With `manager`, in its
   * transaction (the log row stands or falls with what the caller writes there).
   */
  async recordCandidateReads(
    viewer: Viewer,
    profileIds: readonly string[],
    operation: CandidateReadOperation,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (viewer.role !== Role.EMPLOYER || !viewer.organisationId || profileIds.length === 0) return;
    await manager.query(
      `INSERT INTO profile_view (organisation_id, user_id, profile_id, client_id, operation)
       SELECT $1, $2, p.id, p.client_id, $4
         FROM capacity_profile p WHERE p.id = ANY($3::uuid[])`,
      [viewer.organisationId, viewer.userId, [...new Set(profileIds)], operation],
    );
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
