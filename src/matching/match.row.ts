import type { MatchBlocker } from './kernel';
import type { Reason } from './reasons';

/**
 * The `match` table's columns as the scoring worker writes them, with their Postgres types: the one list that
 * both the writer (`scoring.repository.ts`) and the readers (`matches.service.ts`) build their SQL from.
 */
export const MATCH_VALUE_COLUMNS = {
  job_id: 'uuid',
  profile_id: 'uuid',
  job_version: 'integer',
  profile_version: 'integer',
  feasible: 'boolean',
  score: 'smallint',
  rank_key: 'double precision',
  score_tasks: 'smallint',
  score_accommodations: 'smallint',
  score_hours: 'smallint',
  score_location: 'smallint',
  blockers: 'text[]',
  carve_out: 'uuid[]',
  reasons: 'jsonb',
  scorer_version: 'smallint',
} as const;

export type MatchValueColumn = keyof typeof MATCH_VALUE_COLUMNS;

/** A match row as the worker computes it: every column but `computed_at`, which the database sets. */
export interface MatchRowValues {
  job_id: string;
  profile_id: string;
  job_version: number;
  profile_version: number;
  feasible: boolean;
  score: number;
  rank_key: number;
  score_tasks: number;
  score_accommodations: number;
  score_hours: number;
  score_location: number;
  blockers: MatchBlocker[];
  carve_out: string[];
  reasons: Reason[];
  /** The scorer version (src/matching/scorer-version.ts) that computed the row. */
  scorer_version: number;
}

/** A stored match row as read. */
export interface MatchRow extends MatchRowValues {
  computed_at: Date;
}

export const MATCH_VALUE_COLUMN_NAMES = Object.keys(MATCH_VALUE_COLUMNS) as MatchValueColumn[];

/** The columns of a `MatchRow`, qualified by a table alias, for a SELECT list. */
export function matchColumns(alias: string): string {
  return [...MATCH_VALUE_COLUMN_NAMES, 'computed_at'].map((column) => `${alias}.${column}`).join(', ');
}
