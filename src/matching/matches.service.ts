import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import type { StoredAdvice } from '../benefits/advice.types';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  AccessLogService,
  type CandidatePageRead,
  CandidateReadOperation,
  withCandidateReadLog,
} from '../access-log/access-log.service';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { connectionOf, decodeCursor, type KeyPart, UUID } from '../common/graphql/keyset';
import type { LazyTotalConnection } from '../common/graphql/pagination';
import { candidateColumns, candidateOfRow } from '../profiles/candidate.model';
import type { ProfileEntity } from '../profiles/profile.entity';
import { ProfilesService } from '../profiles/profiles.service';
import { matchIdOf } from './match-id';
import { type MatchRow, matchColumns } from './match.row';
import type { MatchesArgs, MatchModel } from './match.model';

const COLUMNS = matchColumns('m');

/** A page's sort key: feasible (1) before near misses (0), then the unrounded score, then the other side's id. */
const MATCH_CURSOR = [
  { kind: 'integer', min: 0, max: 1 },
  { kind: 'number', min: 0, max: 100 },
  UUID,
] as const satisfies readonly KeyPart[];

export function matchOf(row: MatchRow): MatchModel {
  return {
    candidate: candidateOfRow(row, row.profile_id),
    id: matchIdOf(row.job_id, row.profile_id),
    jobId: row.job_id,
    profileId: row.profile_id,
    carveOutTaskIds: row.carve_out,
    reasonData: row.reasons,
    score: row.score,
    feasible: row.feasible,
    breakdown: {
      tasks: row.score_tasks,
      accommodations: row.score_accommodations,
      hours: row.score_hours,
      location: row.score_location,
    },
    blockers: row.blockers,
    jobVersion: row.job_version,
    profileVersion: row.profile_version,
    computedAt: row.computed_at,
  };
}

/** Who is reading a job's matches, which decides the rows they may see (and, for employers, what is logged). */
export type JobMatchesAudience =
  | {
      kind: 'employer';
      organisationId: string;
      userId: string;
      /** An organisation not verified yet gets the counts of its matches, and no match. */
      verified: boolean;
    }
  | { kind: 'coordinator'; serviceProviderId: string };

/**
 * Reads matches under the visibility rules of DESIGN.md. Employers see, for their own jobs, only ACTIVE profiles
 * whose client shares them: consent and status are checked here at read time, so withdrawing consent hides a
 * candidate at once, before any rescoring. Coordinators see their own service provider's profiles only.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The advice the worker stored with each job's last run (job.advice), by job id. */
  async adviceOfJobs(jobIds: readonly string[]): Promise<{ id: string; advice: StoredAdvice[] }[]> {
    if (jobIds.length === 0) return [];
    return this.dataSource.query<{ id: string; advice: StoredAdvice[] }[]>(
      'SELECT id, advice FROM job WHERE id = ANY($1::uuid[])',
      [jobIds],
    );
  }

  /** The audience for a job's matches, or FORBIDDEN (other employers, admins, clients). */
  audienceFor(viewer: Viewer, jobOrganisationId: string): JobMatchesAudience {
    if (viewer.role === Role.EMPLOYER && viewer.organisationId === jobOrganisationId) {
      return {
        kind: 'employer',
        organisationId: viewer.organisationId,
        userId: viewer.userId,
        verified: viewer.organisationVerifiedAt !== null,
      };
    }
    if (viewer.role === Role.COORDINATOR && viewer.organisationId) {
      return { kind: 'coordinator', serviceProviderId: viewer.organisationId };
    }
    throw new ForbiddenError("Only the job's employer and coordinators see its matches.");
  }

  /**
   * A profile's matches are for its coordinators only (the profile itself is also the client's to read, and
   * clients never see matches: DESIGN.md); FORBIDDEN for anyone else.
   */
  checkProfileMatchesReader(viewer: Viewer): void {
    if (viewer.role !== Role.COORDINATOR) throw new ForbiddenError("Only the profile's coordinators see its matches.");
  }

  /**
   * The `candidate` query: an employer's read of one candidate that matches or was proposed to one of their
   * organisation's jobs (isCandidateOf), logged before it leaves. NOT_FOUND for any other profile or caller.
   */
  async candidate(viewer: Viewer, id: string): Promise<ProfileEntity> {
    // Before anything is looked up: an unverified organisation learns nothing about any id.
    this.accessLog.assertMaySeeCandidates(viewer);
    if (
      viewer.role !== Role.EMPLOYER ||
      !viewer.organisationId ||
      !(await this.isCandidateOf(viewer.organisationId, id))
    ) {
      throw new NotFoundError('The candidate');
    }
    const [profile] = await this.profiles.profilesByIds([id]);
    if (!profile) throw new NotFoundError('The candidate');
    await this.accessLog.recordCandidateReads(viewer, [id], CandidateReadOperation.CANDIDATE);
    return profile;
  }

  /**
   * Matches of several jobs for one audience, in one round trip: a page per job. For an employer, the same
   * statement writes the access log (one `job.matches` row per candidate on each page), so no page is read
   * unlogged, and checks the organisation's daily limit (nothing shown or logged over it). An employer organisation
   * not verified yet gets empty pages whose totalCount still counts the matches: how many candidates fit, none of
   * them; no candidate row is read and nothing is logged.
   */
  async forJobs(
    jobIds: readonly string[],
    audience: JobMatchesAudience,
    args: MatchesArgs,
  ): Promise<Map<string, LazyTotalConnection<MatchModel>>> {
    const where = ["p.status = 'ACTIVE'"];
    const params: unknown[] = [jobIds];
    if (audience.kind === 'employer') where.push('c.share_with_employers');
    else where.push(`p.service_provider_id = $${params.push(audience.serviceProviderId)}`);
    const employer = audience.kind === 'employer' ? audience : null;
    return this.pages(
      {
        from: 'FROM match m JOIN capacity_profile p ON p.id = m.profile_id JOIN client c ON c.id = p.client_id',
        parent: 'm.job_id',
        other: 'm.profile_id',
        // The candidates come with the page, read in the same statement as the consent and status they passed.
        extra: candidateColumns('p'),
      },
      where,
      params,
      args,
      employer
        ? {
            organisationId: employer.organisationId,
            userId: employer.userId,
            operation: CandidateReadOperation.JOB_MATCHES,
            limit: this.accessLog.viewsPerDay,
            countOnly: !employer.verified,
            onLimit: () => this.accessLog.limitReached(employer),
          }
        : undefined,
    );
  }

  /** Matches of profiles the caller has already been allowed to see, with PUBLISHED jobs only: a page each. */
  async forProfiles(
    profileIds: readonly string[],
    args: MatchesArgs,
  ): Promise<Map<string, LazyTotalConnection<MatchModel>>> {
    return this.pages(
      { from: 'FROM match m JOIN job j ON j.id = m.job_id', parent: 'm.profile_id', other: 'm.job_id' },
      ["j.status = 'PUBLISHED'"],
      [profileIds],
      args,
    );
  }

  /**
   * Whether an employer organisation may see a profile as a candidate: its client shares it with employers, and it
   * is ACTIVE and paired with one of the organisation's jobs (a match or near miss), or it was proposed to one of
   * them (whatever its status since: the proposal is a relationship both sides entered).
   */
  async isCandidateOf(organisationId: string, profileId: string): Promise<boolean> {
    if (!isUUID(profileId)) return false;
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM capacity_profile p JOIN client c ON c.id = p.client_id
        WHERE p.id = $1 AND c.share_with_employers
          AND ((p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM match m JOIN job j ON j.id = m.job_id
                                                 WHERE m.profile_id = p.id AND j.organisation_id = $2))
               OR EXISTS (SELECT 1 FROM proposal pr WHERE pr.profile_id = p.id AND pr.employer_organisation_id = $2))`,
      [profileId, organisationId],
    );
    return rows.length > 0;
  }

  /** Rows of both pairs at once, for loaders (proposals, offers); no visibility rules: callers check. */
  async byPairs(pairs: readonly { jobId: string; profileId: string }[]): Promise<MatchModel[]> {
    if (pairs.length === 0) return [];
    const rows = await this.dataSource.query<MatchRow[]>(
      `SELECT ${COLUMNS} FROM match m
        JOIN unnest($1::uuid[], $2::uuid[]) AS k(job_id, profile_id) ON k.job_id = m.job_id AND k.profile_id = m.profile_id`,
      [pairs.map((p) => p.jobId), pairs.map((p) => p.profileId)],
    );
    return rows.map(matchOf);
  }

  /**
   * One page per parent (job or profile; their ids are parameter $1) in rank order: feasible pairs first, then near
   * misses, each by rank key, ties by the other side's id. Keyset pagination on (feasible, rank_key, other id); the
   * cursor carries the three. One LATERAL query for the pages, whatever the number of parents; the totals are
   * counted, in one grouped query for all the parents, only when a `totalCount` is resolved. With `log`, the query
   * also inserts an access-log row for each row shown (not the one read past the page to tell if there is more).
   */
  private async pages(
    shape: { from: string; parent: string; other: string; extra?: string },
    where: string[],
    params: unknown[],
    args: MatchesArgs,
    log?: Omit<CandidatePageRead, 'shown'> & { countOnly: boolean; onLimit: () => Promise<never> },
  ): Promise<Map<string, LazyTotalConnection<MatchModel>>> {
    const parents = params[0] as readonly string[];
    const filters = [...where];
    if (args.nearMissesOnly) filters.push('NOT m.feasible');
    else if (args.feasibleOnly) filters.push('m.feasible');
    if (args.minScore !== null && args.minScore !== undefined)
      filters.push(`m.score >= $${params.push(args.minScore)}`);
    const countParams = [...params];
    const pageFilters = [...filters];
    if (args.after) {
      const [feasible, rankKey, id] = decodeCursor(args.after, MATCH_CURSOR);
      const f = `$${params.push(feasible)}::int`;
      const r = `$${params.push(rankKey)}::float8`;
      const i = `$${params.push(id)}::uuid`;
      pageFilters.push(
        `(m.feasible::int < ${f} OR (m.feasible::int = ${f} AND (m.rank_key < ${r} OR (m.rank_key = ${r} AND ${shape.other} > ${i}))))`,
      );
    }
    const limit = `$${params.push(args.first + 1)}`;
    const order = `m.feasible DESC, m.rank_key DESC, ${shape.other}`;
    const selected = ['k.parent', COLUMNS];
    if (shape.extra) selected.push(shape.extra);
    // The log needs each row's place, to leave out the row read past the page.
    if (log) selected.push(`row_number() OVER (ORDER BY ${order}) AS position`);
    const page = `SELECT page.* FROM unnest($1::uuid[]) AS k(parent) CROSS JOIN LATERAL (
         SELECT ${selected.join(', ')} ${shape.from}
          WHERE ${shape.parent} = k.parent AND ${pageFilters.join(' AND ')}
          ORDER BY ${order} LIMIT ${limit}) page`;
    const sql = log ? withCandidateReadLog(page, params, { ...log, shown: args.first }) : page;
    const rows = log?.countOnly
      ? []
      : await this.dataSource.query<(MatchRow & { parent: string; view_allowed?: boolean })[]>(sql, params);
    if (log && rows.length > 0 && rows[0].view_allowed === false) await log.onLimit();
    let totals: Promise<Map<string, number>> | undefined;
    const totalOf = (parent: string) => async (): Promise<number> => {
      totals ??= this.dataSource
        .query<{ parent: string; n: number }[]>(
          `SELECT ${shape.parent} AS parent, count(*)::int AS n ${shape.from}
            WHERE ${shape.parent} = ANY($1::uuid[]) AND ${filters.join(' AND ')} GROUP BY ${shape.parent}`,
          countParams,
        )
        .then((counts) => new Map(counts.map((c) => [c.parent, c.n])));
      return (await totals).get(parent) ?? 0;
    };
    const otherOf = shape.other === 'm.profile_id' ? (r: MatchRow) => r.profile_id : (r: MatchRow) => r.job_id;
    const byParent = new Map<string, MatchRow[]>();
    for (const row of rows) {
      const list = byParent.get(row.parent);
      if (list) list.push(row);
      else byParent.set(row.parent, [row]);
    }
    return new Map(
      parents.map((parent) => [
        parent,
        connectionOf(byParent.get(parent) ?? [], args.first, totalOf(parent), matchOf, (r) => [
          r.feasible ? 1 : 0,
          r.rank_key,
          otherOf(r),
        ]),
      ]),
    );
  }
}
