import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { BadInputError, FieldProblems, ForbiddenError } from '../common/errors/domain-error';
import { isStorableDate } from '../common/graphql/keyset';
import { type PlacementCounts, type PlacementStats, placementStatsOf } from './placement-stats';

/**
 * The service's placement results: coordinators their own service provider's, admins everyone's. Counted over
 * every proposal, erased clients' anonymous ones too (they keep their service provider and dates).
 */
@Injectable()
export class PlacementStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Over the proposals created in [from, to); either end may be open. */
  async stats(viewer: Viewer, from?: Date | null, to?: Date | null): Promise<PlacementStats> {
    const { where, params } = this.scope(viewer, from, to);
    // One row, whatever the period: counts, and the days to hire of each hire for the median (as many as hires).
    const [row] = await this.dataSource.query<CountsRow[]>(
      `SELECT ${COUNTS} FROM proposal ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return placementStatsOf(countsOf(row));
  }

  /**
   * The same figures per coordinator of the viewer's service provider: a proposal counts for the coordinator who
   * first acted on it (who proposed the candidate, or who answered the employer's request). Requests nobody has
   * answered yet count under no coordinator (a row without one). Coordinators by email, those without proposals
   * in the period left out.
   */
  async byCoordinator(viewer: Viewer, from?: Date | null, to?: Date | null): Promise<CoordinatorPlacementStats[]> {
    if (viewer.role !== Role.COORDINATOR)
      throw new ForbiddenError('Placement results per coordinator are for coordinators.');
    const { where, params } = this.scope(viewer, from, to);
    const rows = await this.dataSource.query<(CountsRow & { coordinator_id: string | null; email: string | null })[]>(
      `WITH attributed AS (
         SELECT p.*,
                (SELECT e.actor_user_id FROM proposal_event e
                  WHERE e.proposal_id = p.id AND e.actor_role = 'COORDINATOR' ORDER BY e.id LIMIT 1) AS coordinator_id
           FROM proposal p WHERE ${where.map((w) => `p.${w}`).join(' AND ')}
       )
       SELECT s.*, u.email
         FROM (SELECT coordinator_id, ${COUNTS} FROM attributed GROUP BY coordinator_id) s
         LEFT JOIN app_user u ON u.id = s.coordinator_id
        ORDER BY u.email NULLS LAST`,
      params,
    );
    return rows.map((row) => ({
      coordinatorId: row.coordinator_id,
      coordinatorEmail: row.email,
      stats: placementStatsOf(countsOf(row)),
    }));
  }

  /** The period's checks and the viewer's scope: coordinators their own service provider, admins all. */
  private scope(viewer: Viewer, from?: Date | null, to?: Date | null): { where: string[]; params: unknown[] } {
    const problems = new FieldProblems();
    for (const [field, date] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (date && !isStorableDate(date))
        problems.add(field, 'must be a date between the years 1970 and 9999', 'OUT_OF_RANGE');
    }
    problems.throwIfAny();
    if (from && to && from.getTime() > to.getTime())
      throw BadInputError.field('from', 'must not be after to', 'MIN_ABOVE_MAX');
    const where: string[] = [];
    const params: unknown[] = [];
    if (viewer.role === Role.COORDINATOR && viewer.organisationId) {
      where.push(`service_provider_id = $${params.push(viewer.organisationId)}`);
    } else if (viewer.role !== Role.ADMIN) {
      throw new ForbiddenError('Placement statistics are for coordinators and admins.');
    }
    if (from) where.push(`created_at >= $${params.push(from)}`);
    if (to) where.push(`created_at < $${params.push(to)}`);
    return { where, params };
  }
}

/** The counts and each hire's days from proposal to hire, as both queries select them. */
const COUNTS = `count(*)::int AS proposals,
              count(accepted_at)::int AS accepted,
              count(trial_at)::int AS trials,
              count(hired_at)::int AS hires,
              coalesce(array_agg((extract(epoch FROM hired_at - created_at) / 86400)::float8)
                         FILTER (WHERE hired_at IS NOT NULL), '{}') AS days`;

interface CountsRow {
  proposals: number;
  accepted: number;
  trials: number;
  hires: number;
  days: number[];
}

function countsOf(row: CountsRow): PlacementCounts {
  return {
    proposals: row.proposals,
    accepted: row.accepted,
    trials: row.trials,
    hires: row.hires,
    daysToHire: row.days,
  };
}

/** One coordinator's figures; no coordinator for employers' requests nobody has answered yet. */
export interface CoordinatorPlacementStats {
  coordinatorId: string | null;
  coordinatorEmail: string | null;
  stats: PlacementStats;
}
