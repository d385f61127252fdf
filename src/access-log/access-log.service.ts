import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';

/** What an employer did that showed them a candidate. */
export enum CandidateReadOperation {
  CANDIDATE = 'candidate',
  JOB_MATCHES = 'job.matches',
  PROPOSALS = 'proposals',
  PROPOSAL = 'proposal',
}

/**
 * The append-only log of employer reads of candidates: organisation, user, candidate, operation, time. Clients see
 * it as myProfileViews. Every path that hands an employer a CandidateProfile records here, in the same request,
 * before the data leaves: if the log cannot be written, the read fails. A job's matches are logged by the
 * statement that reads them (MatchesService.forJobs), in the same rows.
 */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one row per profile; does nothing for callers other than employers. */
  async recordCandidateReads(
    viewer: Viewer,
    profileIds: readonly string[],
    operation: CandidateReadOperation,
  ): Promise<void> {
    if (viewer.role !== Role.EMPLOYER || !viewer.organisationId || profileIds.length === 0) return;
    await this.dataSource.query(
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
