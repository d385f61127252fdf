import type { QueryRunner } from 'typeorm';
import type { StoredAdvice } from '../../benefits/advice.types';
import { MATCH_VALUE_COLUMN_NAMES, MATCH_VALUE_COLUMNS, type MatchRowValues } from '../match.row';

/** A job or profile as the worker reads it: identity, state and its kernel encoding. */
export interface ScoredEntityRow {
  id: string;
  seq: string;
  version: number;
  scored_version: number | null;
  scored_scorer_version: number | null;
  active: boolean;
  features: Buffer;
  /** the kernel's column kept beside the features: a job's hourly wage, a profile's earnings limit (null: none) */
  extra: number | null;
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
  /** per row, the kernel's column beside the features (jobs: hourly wage, profiles: earnings limit); NaN for none */
  extras: Float64Array;
  bytes: number;
}

/** Unpacks `int8 seq || int4 version || float8 extra || int4 length || features`, repeated. */
export function unpackCandidates(blob: Buffer | null): Candidates {
  const seqs: number[] = [];
  const versions: number[] = [];
  const extras: number[] = [];
  const features: Uint8Array[] = [];
  let offset = 0;
  while (blob && offset < blob.length) {
    seqs.push(Number(blob.readBigInt64BE(offset)));
    versions.push(blob.readInt32BE(offset + 8));
    extras.push(blob.readDoubleBE(offset + 12));
    const length = blob.readInt32BE(offset + 20);
    features.push(blob.subarray(offset + 24, offset + 24 + length));
    offset += 24 + length;
  }
  return {
    seqs: Uint32Array.from(seqs),
    versions: Int32Array.from(versions),
    features,
    extras: Float64Array.from(extras),
    bytes: blob?.length ?? 0,
  };
}

/** The column of each side that the kernel reads beside the features. */
const EXTRA = { job: 'hourly_wage', profile: 'earnings_limit_eur' } as const;

const PACKED = (alias: string, extra: string): string =>
  `string_agg(int8send(${alias}.seq) || int4send(${alias}.version) || float8send(coalesce(${alias}.${extra}::float8, 'NaN')) || int4send(octet_length(${alias}.features)) || ${alias}.features, ''::bytea)`;

/** Great-circle km from ($lat, $lon) to every municipality centroid: 310 rows, joined by code. */
const REACH = (lat: string, lon: string): string => `reach AS (
  SELECT code, 2 * 6371 * asin(sqrt(power(sin(radians(lat - ${lat}) / 2), 2)
         + cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lon - ${lon}) / 2), 2))) AS km
    FROM municipality)`;

/** Distances from SQL and the kernel's Float32 ones may differ in the last digits: the filter keeps a margin. */
const DISTANCE_SLACK_KM = 1;

/** Advisory lock classes: a run holds the lock of the entity it scores, so two runs of one entity never overlap. */
const LOCK_CLASS = { job: 1, profile: 2 } as const;

/** What a run found when it locked the rows of the pairs it is about to write. */
export interface WriteLocks {
  /** The scored row is still at the version the run computed (else a newer run follows, and this one writes nothing). */
  current: boolean;
  /** Current version of each other-side row that still exists, held FOR SHARE until commit. */
  others: Map<string, number>;
}

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

  /** The run's own lock, keyed by the entity: runs of other jobs and profiles go on at the same time. */
  async lock(side: 'job' | 'profile', id: string): Promise<void> {
    await this.runner.query(`SET LOCAL lock_timeout = '60s'`);
    await this.runner.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_CLASS[side], id]);
  }

  /**
   * Row locks before any write, always in one global order: job rows by id, then capacity_profile rows by id (a
   * locking SELECT with ORDER BY locks in that order). The scored row is taken FOR NO KEY UPDATE, the other side of
   * every pair to write FOR SHARE, so that until this transaction commits neither side's version can change and
   * neither row can be deleted. Match rows are written only after, by holders of both sides' locks, and two runs
   * that would write the same pair conflict on the scored row first: they never wait for each other on a match row.
   */
  async lockForWrite(
    side: 'job' | 'profile',
    id: string,
    version: number,
    others: readonly string[],
  ): Promise<WriteLocks> {
    const own = async (): Promise<boolean> => {
      const table = side === 'job' ? 'job' : 'capacity_profile';
      const rows = await this.rows<{ version: number }[]>(
        `SELECT version FROM ${table} WHERE id = $1 FOR NO KEY UPDATE`,
        [id],
      );
      return rows[0]?.version === version;
    };
    const shared = async (): Promise<Map<string, number>> => {
      if (others.length === 0) return new Map();
      const table = side === 'job' ? 'capacity_profile' : 'job';
      const rows = await this.rows<{ id: string; version: number }[]>(
        `SELECT id, version FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
        [others],
      );
      return new Map(rows.map((r) => [r.id, r.version]));
    };
    if (side === 'job') {
      const current = await own();
      return { current, others: current ? await shared() : new Map() };
    }
    const sharedRows = await shared();
    return { current: await own(), others: sharedRows };
  }

  async job(id: string): Promise<(ScoredEntityRow & PrefilterOfJob) | undefined> {
    const rows = await this.rows<(ScoredEntityRow & PrefilterOfJob)[]>(
      `SELECT id, seq, version, scored_version, scored_scorer_version, status = 'PUBLISHED' AS active, features,
              hourly_wage::float8 AS extra, offered_mask, hours_min, hours_max, remote_possible, municipality_code
         FROM job WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * The profile's row. An incomplete DRAFT (or a draft archived as it was) has null hours, municipality, mask and
   * features: it is never `active`, and the worker reads only an active row's pre-filter and features, which
   * capacity_profile_complete_check makes sure are there.
   */
  async profile(id: string): Promise<(ScoredEntityRow & PrefilterOfProfile) | undefined> {
    const rows = await this.rows<(ScoredEntityRow & PrefilterOfProfile)[]>(
      `SELECT id, seq, version, scored_version, scored_scorer_version, status = 'ACTIVE' AS active, features,
              earnings_limit_eur AS extra, required_mask, hours_min, hours_max, remote_only, municipality_code, max_commute_km
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
       SELECT ${PACKED('p', EXTRA.profile)} AS blob
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
       SELECT ${PACKED('j', EXTRA.job)} AS blob
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

  /** The profiles among these (by sequence number) whose client lets employers see them. */
  async consentedProfileSeqs(seqs: readonly number[]): Promise<Set<number>> {
    if (seqs.length === 0) return new Set();
    const rows = await this.rows<{ seq: string }[]>(
      `SELECT p.seq FROM capacity_profile p JOIN client c ON c.id = p.client_id
        WHERE p.seq = ANY($1::bigint[]) AND c.share_with_employers`,
      [seqs],
    );
    return new Set(rows.map((r) => Number(r.seq)));
  }

  /** The advice of the job's run (job.advice), written with the run's pairs. */
  async setAdvice(jobId: string, advice: readonly StoredAdvice[]): Promise<void> {
    await this.runner.query('UPDATE job SET advice = $2::jsonb WHERE id = $1', [jobId, JSON.stringify(advice)]);
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
   * Upserts pairs in one statement over one array per column (no JSON to build or parse per row), in key order.
   * A row is only replaced by a computation from versions at least as new on both sides and by a scorer at least as
   * new, and newer in one of the three: a retried or duplicated run changes nothing, not even computed_at, and a
   * worker of an older release cannot overwrite what a newer scorer computed.
   */
  async upsertMatches(rows: readonly MatchRowValues[]): Promise<void> {
    if (rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => compareKeys(a.job_id, b.job_id) || compareKeys(a.profile_id, b.profile_id));
    const columns = MATCH_VALUE_COLUMN_NAMES;
    const parameters = columns.map((column) => sorted.map((row) => arrayValue(column, row)));
    const unnested = columns.map((column, i) => `$${i + 1}::${arrayType(column)}`).join(', ');
    const selected = columns.map((column) => (isNested(column) ? `${column}::${MATCH_VALUE_COLUMNS[column]}` : column));
    const updates = columns
      .filter((column) => column !== 'job_id' && column !== 'profile_id')
      .map((column) => `${column} = EXCLUDED.${column}`);
    await this.runner.query(
      `INSERT INTO match (${columns.join(', ')}, computed_at)
       SELECT ${selected.join(', ')}, now() FROM unnest(${unnested}) AS r(${columns.join(', ')})
       ON CONFLICT (job_id, profile_id) DO UPDATE SET ${updates.join(', ')}, computed_at = EXCLUDED.computed_at
        WHERE EXCLUDED.job_version >= match.job_version AND EXCLUDED.profile_version >= match.profile_version
          AND EXCLUDED.scorer_version >= match.scorer_version
          AND (EXCLUDED.job_version > match.job_version OR EXCLUDED.profile_version > match.profile_version
               OR EXCLUDED.scorer_version > match.scorer_version)`,
      parameters,
    );
  }

  /**
   * Removes the side's pairs not computed from its current version by this scorer: they failed the filter or the
   * kernel (of this release: a pair an older scorer kept may no longer be kept).
   */
  async deleteStale(side: 'job' | 'profile', id: string, version: number, scorer: number): Promise<void> {
    await this.deleteInKeyOrder(`${side}_id = $1 AND (${side}_version < $2 OR scorer_version < $3)`, [
      id,
      version,
      scorer,
    ]);
  }

  async deleteAll(side: 'job' | 'profile', id: string): Promise<void> {
    await this.deleteInKeyOrder(`${side}_id = $1`, [id]);
  }

  /** Match rows are locked in key order (job_id, profile_id) by every writer, erasure too, so they never deadlock. */
  private async deleteInKeyOrder(where: string, parameters: unknown[]): Promise<void> {
    await this.runner.query(
      `DELETE FROM match m USING (SELECT job_id, profile_id FROM match WHERE ${where}
                                   ORDER BY job_id, profile_id FOR UPDATE) k
        WHERE m.job_id = k.job_id AND m.profile_id = k.profile_id`,
      parameters,
    );
  }

  /** Records the version and scorer of the run; never moves either back (a rolling deploy's older worker). */
  async markScored(
    side: 'job' | 'profile',
    id: string,
    version: number,
    scorer: number,
    candidates: number,
  ): Promise<void> {
    const table = side === 'job' ? 'job' : 'capacity_profile';
    await this.runner.query(
      `UPDATE ${table} SET scored_version = $2, scored_scorer_version = $3, scored_at = now(), candidates_scored = $4
        WHERE id = $1 AND (scored_version IS NULL OR scored_version < $2
                           OR (scored_version = $2 AND coalesce(scored_scorer_version, 0) < $3))`,
      [id, version, scorer, candidates],
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

/** Byte order of lowercase uuid text, which is Postgres's uuid order. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Array-valued columns travel as text (Postgres array literals), since unnest flattens nested arrays. */
function isNested(column: keyof typeof MATCH_VALUE_COLUMNS): boolean {
  return MATCH_VALUE_COLUMNS[column].endsWith('[]');
}

function arrayType(column: keyof typeof MATCH_VALUE_COLUMNS): string {
  return isNested(column) ? 'text[]' : `${MATCH_VALUE_COLUMNS[column]}[]`;
}

function arrayValue(column: keyof typeof MATCH_VALUE_COLUMNS, row: MatchRowValues): unknown {
  const value = row[column];
  if (column === 'reasons') return JSON.stringify(value);
  if (Array.isArray(value)) return `{${(value as string[]).map((item) => `"${item}"`).join(',')}}`;
  return value;
}
