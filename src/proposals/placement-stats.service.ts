import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Role } from '../common/enums';
import { BadInputError, FieldProblems, ForbiddenError } from '../common/errors/domain-error';
import { isStorableDate } from '../common/graphql/keyset';
import { type PlacementStats, placementStatsOf } from './placement-stats';

/**
 * The service's placement results: coordinators their own service provider's, admins everyone's. Counted over
 * every proposal, erased clients' anonymous ones too (they keep their service provider and dates).
 */
@Injectable()
export class PlacementStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Over the proposals created in [from, to); either end may be open. */
  async stats(viewer: Viewer, from?: Date | null, to?: Date | null): Promise<PlacementStats> {
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
    // One row, whatever the period: counts, and the days to hire of each hire for the median (as many as hires).
    const [row] = await this.dataSource.query<
      { proposals: number; accepted: number; trials: number; hires: number; days: number[] }[]
    >(
      `SELECT count(*)::int AS proposals,
              count(accepted_at)::int AS accepted,
              count(trial_at)::int AS trials,
              count(hired_at)::int AS hires,
              coalesce(array_agg((extract(epoch FROM hired_at - created_at) / 86400)::float8)
                         FILTER (WHERE hired_at IS NOT NULL), '{}') AS days
         FROM proposal ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return placementStatsOf({
      proposals: row.proposals,
      accepted: row.accepted,
      trials: row.trials,
      hires: row.hires,
      daysToHire: row.days,
    });
  }
}
