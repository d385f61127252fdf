/**
 * The bulk upsert of a scoring run, before and after: the statement the worker used until the global lock went
 * (one jsonb document of every row, unpacked by jsonb_to_recordset) against the one it uses now (one array per
 * column, unnested: ScoringRepository.upsertMatches), writing the same rows of a real job into the real table
 * with its indexes, interleaved, each inside a transaction that is rolled back.
 */
import { performance } from 'node:perf_hooks';
import type { QueryRunner } from 'typeorm';
import type pg from 'pg';
import { MATCH_VALUE_COLUMN_NAMES, type MatchRowValues } from '../src/matching/match.row';
import { ScoringRepository } from '../src/matching/scoring/scoring.repository';
import type { BenchStack } from './stack';
import { log, median } from './util';

export interface UpsertFigures {
  rows: number;
  rounds: number;
  /** median ms of the jsonb statement (before) and of the unnest one (after) */
  beforeMs: number;
  afterMs: number;
}

/** The earlier statement, with the scorer version that rows carry now. */
async function upsertAsBefore(client: pg.PoolClient, rows: readonly MatchRowValues[]): Promise<void> {
  const sorted = [...rows].sort((a, b) =>
    a.job_id === b.job_id ? a.profile_id.localeCompare(b.profile_id) : a.job_id.localeCompare(b.job_id),
  );
  await client.query(
    `INSERT INTO match (job_id, profile_id, job_version, profile_version, feasible, score, rank_key,
                        score_tasks, score_accommodations, score_hours, score_location,
                        blockers, carve_out, reasons, scorer_version, computed_at)
     SELECT job_id, profile_id, job_version, profile_version, feasible, score, rank_key,
            score_tasks, score_accommodations, score_hours, score_location,
            blockers, carve_out, reasons, scorer_version, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(
            job_id uuid, profile_id uuid, job_version integer, profile_version integer, feasible boolean,
            score smallint, rank_key double precision, score_tasks smallint, score_accommodations smallint,
            score_hours smallint, score_location smallint, blockers text[], carve_out uuid[], reasons jsonb,
            scorer_version smallint)
     ON CONFLICT (job_id, profile_id) DO UPDATE SET
            job_version = EXCLUDED.job_version, profile_version = EXCLUDED.profile_version,
            feasible = EXCLUDED.feasible, score = EXCLUDED.score, rank_key = EXCLUDED.rank_key,
            score_tasks = EXCLUDED.score_tasks, score_accommodations = EXCLUDED.score_accommodations,
            score_hours = EXCLUDED.score_hours, score_location = EXCLUDED.score_location,
            blockers = EXCLUDED.blockers, carve_out = EXCLUDED.carve_out, reasons = EXCLUDED.reasons,
            scorer_version = EXCLUDED.scorer_version, computed_at = EXCLUDED.computed_at
      WHERE EXCLUDED.job_version >= match.job_version AND EXCLUDED.profile_version >= match.profile_version
        AND (EXCLUDED.job_version > match.job_version OR EXCLUDED.profile_version > match.profile_version)`,
    [JSON.stringify(sorted)],
  );
}

/** The job with the most stored rows, and its rows as the worker would write them. */
async function rowsOfBusiestJob(stack: BenchStack): Promise<MatchRowValues[]> {
  const { rows: busiest } = await stack.db.query<{ job_id: string }>(
    'SELECT job_id FROM match GROUP BY job_id ORDER BY count(*) DESC LIMIT 1',
  );
  if (!busiest[0]) throw new Error('no match rows to rewrite');
  const { rows } = await stack.db.query<MatchRowValues>(
    `SELECT ${MATCH_VALUE_COLUMN_NAMES.join(', ')} FROM match WHERE job_id = $1`,
    [busiest[0].job_id],
  );
  return rows;
}

/** Times one statement writing `rows` afresh: the job's rows are deleted first, in the same rolled-back transaction. */
async function timed(stack: BenchStack, rows: readonly MatchRowValues[], write: (c: pg.PoolClient) => Promise<void>) {
  const client = await stack.db.connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM match WHERE job_id = $1', [rows[0].job_id]);
    const started = performance.now();
    await write(client);
    const ms = performance.now() - started;
    await client.query('ROLLBACK');
    return ms;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function measureUpsert(stack: BenchStack, rounds: number): Promise<UpsertFigures> {
  const rows = await rowsOfBusiestJob(stack);
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < rounds; round++) {
    before.push(await timed(stack, rows, (client) => upsertAsBefore(client, rows)));
    after.push(
      await timed(stack, rows, async (client) => {
        // ScoringRepository needs only QueryRunner.query.
        const runner = {
          query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows,
        };
        await new ScoringRepository(runner as unknown as QueryRunner).upsertMatches(rows);
      }),
    );
  }
  const figures = { rows: rows.length, rounds, beforeMs: median(before), afterMs: median(after) };
  log(
    `upsert of ${rows.length} rows: before ${figures.beforeMs.toFixed(1)} ms, after ${figures.afterMs.toFixed(1)} ms`,
  );
  return figures;
}
