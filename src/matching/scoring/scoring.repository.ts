import type { QueryRunner } from 'typeorm';
import type { Reason } from '../reasons';

/** A job or profile as the worker reads it: identity, state and its kernel encoding. */
export interface ScoredEntityRow {
  id: string;
  seq: string;
  version: number;
  scored_version: number | null;
  active: boolean;
  features: Buffer;
}

/**
 * The rows of the other side that passed the pre-filter, packed: their sequence numbers, versions and kernel
 * features, read from one length-prefixed bytea that Postgres aggregates, so that tens of thousands of candidates
 * cost one buffer instead of as many row objects.
 */
export interface Candidates {
  seqs: Uint32Array;
  versions: Int32Array;
  features: Uint8Array[];
  bytes: number;
}

/** Unpacks `int8 seq || int4 version || int4 length || features`, repeated. */
export function unpackCandidates(blob: Buffer | null): Candidates {
  const seqs: number[] = [];
  const versions: number[] = [];
  const features: Uint8Array[] = [];
  let offset = 0;
  while (blob && offset < blob.length) {
    seqs.push(Number(blob.readBigInt64BE(offset)));
    versions.push(blob.readInt32BE(offset + 8));
    const length = blob.readInt32BE(offset + 12);
    features.push(blob.subarray(offset + 16, offset + 16 + length));
    offset += 16 + length;
  }
  return { seqs: Uint32Array.from(seqs), versions: Int32Array.from(versions), features, bytes: blob?.length ?? 0 };
}

const PACKED = (alias: string): string =>
  `string_agg(int8send(${alias}.seq) || int4send(${alias}.version) || int4send(octet_length(${alias}.features)) || ${alias}.features, ''::bytea)`;

/** Great-circle km from ($lat, $lon) to every municipality centroid: 310 rows, joined by code. */
const REACH = (lat: string, lon: string): string => `reach AS (
  SELECT code, 2 * 6371 * asin(sqrt(power(sin(radians(lat - ${lat}) / 2), 2)
         + cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lon - ${lon}) / 2), 2))) AS km
    FROM municipality)`;

/** Distances from SQL and the kernel's Float32 ones may differ in the last digits: the filter keeps a margin. */
const DISTANCE_SLACK_KM = 1;

export interface MatchRowInput {
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
  blockers: string[];
  carve_out: string[];
  reasons: Reason[];
}

/** Every scoring run holds this transaction-scoped advisory lock: runs never interleave, so each reads what the
 * previous ones committed and no pair is written from a stale view of either side. */
const SCORING_LOCK = 0x6a6f6263; // "jobc"

/**
 * The SQL of the scoring worker. Every method takes the run's QueryRunner: a run reads, scores and writes inside
 * one transaction, so a crash leaves nothing half-written.
 */
export class ScoringRepository {
  constructor(private readonly runner: QueryRunner) {}

  /** QueryRunner.query is untyped; each statement here names the row shape it selects. */
  private rows<T>(sql: string, parameters: unknown[]): Promise<T> {
    return this.runner.query(sql, parameters) as Promise<T>;
  }

  async lock(): Promise<void> {
    await this.runner.query(`SET LOCAL lock_timeout = '60s'`);
    await this.runner.query('SELECT pg_advisory_xact_lock($1)', [SCORING_LOCK]);
  }

  async job(id: string): Promise<(ScoredEntityRow & PrefilterOfJob) | undefined> {
    const rows = await this.rows<(ScoredEntityRow & PrefilterOfJob)[]>(
      `SELECT id, seq, version, scored_version, status = 'PUBLISHED' AS active, features,
              offered_mask, hours_min, hours_max, remote_possible, municipality_code
         FROM job WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async profile(id: string): Promise<(ScoredEntityRow & PrefilterOfProfile) | undefined> {
    const rows = await this.rows<(ScoredEntityRow & PrefilterOfProfile)[]>(
      `SELECT id, seq, version, scored_version, status = 'ACTIVE' AS active, features,
              required_mask, hours_min, hours_max, remote_only, municipality_code, max_commute_km
         FROM capacity_profile WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * ACTIVE profiles that could be feasible for the job, or miss by one required accommodation (a near miss the
   * coordinator can ask the employer about): overlapping hour ranges, at most one required accommodation not
   * offered, and within the person's commute unless the job can be done remotely (then remote-only people too).
   * Tasks and the weekly schedule are the kernel's. The hour ranges use capacity_profile_prefilter_idx.
   */
  async profileCandidates(job: PrefilterOfJob, place: { lat: number; lon: number }): Promise<Candidates> {
    const rows = await this.rows<{ blob: Buffer | null }[]>(
      `WITH ${REACH('$5', '$6')}
       SELECT ${PACKED('p')} AS blob
         FROM capacity_profile p JOIN reach r ON r.code = p.municipality_code
        WHERE p.status = 'ACTIVE'
          AND p.hours_max >= $1 AND p.hours_min <= $2
          AND bit_count((p.required_mask & ~$3::integer)::bit(32)) <= 1
          AND ($4 OR (NOT p.remote_only AND (p.max_commute_km IS NULL OR r.km <= p.max_commute_km + ${DISTANCE_SLACK_KM})))`,
      [job.hours_min, job.hours_max, job.offered_mask, job.remote_possible, place.lat, place.lon],
    );
    return unpackCandidates(rows[0].blob);
  }

  /** PUBLISHED jobs that could be feasible for the profile, or miss by one required accommodation. */
  async jobCandidates(profile: PrefilterOfProfile, place: { lat: number; lon: number }): Promise<Candidates> {
    const rows = await this.rows<{ blob: Buffer | null }[]>(
      `WITH ${REACH('$6', '$7')}
       SELECT ${PACKED('j')} AS blob
         FROM job j JOIN reach r ON r.code = j.municipality_code
        WHERE j.status = 'PUBLISHED'
          AND j.hours_min <= $1 AND j.hours_max >= $2
          AND bit_count(($3::integer & ~j.offered_mask)::bit(32)) <= 1
          AND (j.remote_possible OR (NOT $4 AND ($5::real IS NULL OR r.km <= $5::real + ${DISTANCE_SLACK_KM})))`,
      [
        profile.hours_max,
        profile.hours_min,
        profile.required_mask,
        profile.remote_only,
        profile.max_commute_km,
        place.lat,
        place.lon,
      ],
    );
    return unpackCandidates(rows[0].blob);
  }

  /** Ids of rows of the other side, by sequence number (only for the pairs a run writes). */
  async idsOf(side: 'job' | 'profile', seqs: readonly number[]): Promise<Map<number, string>> {
    const table = side === 'job' ? 'job' : 'capacity_profile';
    const rows = await this.rows<{ seq: string; id: string }[]>(
      `SELECT seq, id FROM ${table} WHERE seq = ANY($1::bigint[])`,
      [seqs],
    );
    return new Map(rows.map((r) => [Number(r.seq), r.id]));
  }

  /** Sequence numbers of the other side of every stored pair of this job or profile. */
  async pairedSeqs(side: 'job' | 'profile', id: string): Promise<number[]> {
    const [other, table] = side === 'job' ? ['profile', 'capacity_profile'] : ['job', 'job'];
    const rows = await this.rows<{ seq: string }[]>(
      `SELECT o.seq FROM match m JOIN ${table} o ON o.id = m.${other}_id WHERE m.${side}_id = $1`,
      [id],
    );
    return rows.map((r) => Number(r.seq));
  }

  /** Task ids of each job's current version, in position order (carve-outs are stored as task ids). */
  async currentTaskIds(jobIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.rows<{ job_id: string; ids: string[] }[]>(
      `SELECT t.job_id, array_agg(t.id ORDER BY t.position) AS ids
         FROM job_task t JOIN job j ON j.id = t.job_id AND j.version = t.job_version
        WHERE t.job_id = ANY($1::uuid[])
        GROUP BY t.job_id`,
      [jobIds],
    );
    return new Map(rows.map((r) => [r.job_id, r.ids]));
  }

  /**
   * Upserts pairs in one statement. A row is only replaced by a computation from versions at least as new on
   * both sides and newer on one: a retried or duplicated run changes nothing, not even computed_at.
   */
  async upsertMatches(rows: readonly MatchRowInput[]): Promise<void> {
    if (rows.length === 0) return;
    const sorted = [...rows].sort((a, b) =>
      a.job_id === b.job_id ? a.profile_id.localeCompare(b.profile_id) : a.job_id.localeCompare(b.job_id),
    );
    await this.runner.query(
      `INSERT INTO match (job_id, profile_id, job_version, profile_version, feasible, score, rank_key,
                          score_tasks, score_accommodations, score_hours, score_location,
                          blockers, carve_out, reasons, computed_at)
       SELECT job_id, profile_id, job_version, profile_version, feasible, score, rank_key,
              score_tasks, score_accommodations, score_hours, score_location,
              blockers, carve_out, reasons, now()
         FROM jsonb_to_recordset($1::jsonb) AS r(
              job_id uuid, profile_id uuid, job_version integer, profile_version integer, feasible boolean,
              score smallint, rank_key double precision, score_tasks smallint, score_accommodations smallint,
              score_hours smallint, score_location smallint, blockers text[], carve_out uuid[], reasons jsonb)
       ON CONFLICT (job_id, profile_id) DO UPDATE SET
              job_version = EXCLUDED.job_version, profile_version = EXCLUDED.profile_version,
              feasible = EXCLUDED.feasible, score = EXCLUDED.score, rank_key = EXCLUDED.rank_key,
              score_tasks = EXCLUDED.score_tasks, score_accommodations = EXCLUDED.score_accommodations,
              score_hours = EXCLUDED.score_hours, score_location = EXCLUDED.score_location,
              blockers = EXCLUDED.blockers, carve_out = EXCLUDED.carve_out, reasons = EXCLUDED.reasons,
              computed_at = EXCLUDED.computed_at
        WHERE EXCLUDED.job_version >= match.job_version AND EXCLUDED.profile_version >= match.profile_version
          AND (EXCLUDED.job_version > match.job_version OR EXCLUDED.profile_version > match.profile_version)`,
      [JSON.stringify(sorted)],
    );
  }

  /** Removes the side's pairs not computed from its current version: they failed the filter or the kernel. */
  async deleteStale(side: 'job' | 'profile', id: string, version: number): Promise<void> {
    await this.runner.query(`DELETE FROM match WHERE ${side}_id = $1 AND ${side}_version < $2`, [id, version]);
  }

  async deleteAll(side: 'job' | 'profile', id: string): Promise<void> {
    await this.runner.query(`DELETE FROM match WHERE ${side}_id = $1`, [id]);
  }

  async markScored(side: 'job' | 'profile', id: string, version: number, candidates: number): Promise<void> {
    const table = side === 'job' ? 'job' : 'capacity_profile';
    await this.runner.query(
      `UPDATE ${table} SET scored_version = $2, scored_at = now(), candidates_scored = $3
        WHERE id = $1 AND (scored_version IS NULL OR scored_version < $2)`,
      [id, version, candidates],
    );
  }
}

export interface PrefilterOfJob {
  offered_mask: number;
  hours_min: number;
  hours_max: number;
  remote_possible: boolean;
  municipality_code: string;
}

export interface PrefilterOfProfile {
  required_mask: number;
  hours_min: number;
  hours_max: number;
  remote_only: boolean;
  municipality_code: string;
  max_commute_km: number | null;
}
