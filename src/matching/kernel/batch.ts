import type { Geo } from './geo';
import { TopK } from './heap';
import { ALL_BLOCKERS, PAIR, PAIR_TOTAL, scorePair } from './score';
import type { JobTable, ProfileTable } from './tables';

export interface ScoreOptions {
  /** how many feasible rows to keep */
  topK: number;
  /** how many near misses (infeasible with exactly one blocker) to keep; 0 skips them and scores less */
  nearMissK: number;
  /** which blockers may make a near miss (blocker bits of score.ts); all of them when left out */
  nearMissBlockers?: number;
}

export interface BatchResult {
  /** row indices of the other table, best first (rankKey desc, then id asc) */
  feasible: Int32Array;
  feasibleKeys: Float64Array;
  /** infeasible rows with exactly one blocker, best first, at most nearMissK */
  nearMisses: Int32Array;
  nearMissKeys: Float64Array;
  /** rows looked at (all rows, or the candidates) */
  scanned: number;
  /** feasible rows among them (may exceed topK) */
  feasibleCount: number;
}

function checkRun(jobs: JobTable, profiles: ProfileTable, geo: Geo, opts: ScoreOptions): void {
  if (jobs.maxMunicipality >= geo.size || profiles.maxMunicipality >= geo.size) {
    throw new RangeError('a municipality ordinal is outside the Geo');
  }
  if (!Number.isInteger(opts.topK) || opts.topK < 0) throw new RangeError(`invalid topK: ${opts.topK}`);
  if (!Number.isInteger(opts.nearMissK) || opts.nearMissK < 0) {
    throw new RangeError(`invalid nearMissK: ${opts.nearMissK}`);
  }
}

function checkRow(row: number, size: number, what: string): void {
  if (!Number.isInteger(row) || row < 0 || row >= size) throw new RangeError(`${what} row out of range: ${row}`);
}

function checkCandidates(candidates: Int32Array | undefined, size: number): void {
  if (!candidates) return;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c < 0 || c >= size) throw new RangeError(`candidate row out of range: ${c}`);
  }
}

function result(best: TopK, near: TopK, scanned: number, feasibleCount: number): BatchResult {
  const f = best.drain();
  const n = near.drain();
  return { feasible: f.rows, feasibleKeys: f.keys, nearMisses: n.rows, nearMissKeys: n.keys, scanned, feasibleCount };
}

/**
 * Ranks profiles (all rows, or the candidates that passed the SQL pre-filter) for job row j. Allocates nothing
 * per pair: two bounded heaps per call. Pairs with two or more blockers stop scoring as soon as that is known.
 */
export function scoreJobAgainstProfiles(
  jobs: JobTable,
  j: number,
  profiles: ProfileTable,
  geo: Geo,
  opts: ScoreOptions,
  candidates?: Int32Array,
): BatchResult {
  checkRun(jobs, profiles, geo, opts);
  checkRow(j, jobs.size, 'job');
  checkCandidates(candidates, profiles.size);
  const best = new TopK(opts.topK);
  const near = new TopK(opts.nearMissK);
  const maxBlockers = opts.nearMissK > 0 ? 1 : 0;
  const nearMask = opts.nearMissBlockers ?? ALL_BLOCKERS;
  const ids = profiles.ids;
  const scanned = candidates ? candidates.length : profiles.size;
  let feasibleCount = 0;
  for (let i = 0; i < scanned; i++) {
    const p = candidates ? candidates[i] : i;
    const blockers = scorePair(jobs, j, profiles, p, geo, maxBlockers);
    if (blockers === 0) {
      feasibleCount++;
      best.offer(PAIR[PAIR_TOTAL], ids[p], p);
    } else if (maxBlockers > 0 && (blockers & (blockers - 1)) === 0 && (blockers & nearMask) !== 0) {
      near.offer(PAIR[PAIR_TOTAL], ids[p], p);
    }
  }
  return result(best, near, scanned, feasibleCount);
}

/** Ranks jobs (all rows, or the candidates) for profile row p; the mirror of scoreJobAgainstProfiles. */
export function scoreProfileAgainstJobs(
  profiles: ProfileTable,
  p: number,
  jobs: JobTable,
  geo: Geo,
  opts: ScoreOptions,
  candidates?: Int32Array,
): BatchResult {
  checkRun(jobs, profiles, geo, opts);
  checkRow(p, profiles.size, 'profile');
  checkCandidates(candidates, jobs.size);
  const best = new TopK(opts.topK);
  const near = new TopK(opts.nearMissK);
  const maxBlockers = opts.nearMissK > 0 ? 1 : 0;
  const nearMask = opts.nearMissBlockers ?? ALL_BLOCKERS;
  const ids = jobs.ids;
  const scanned = candidates ? candidates.length : jobs.size;
  let feasibleCount = 0;
  for (let i = 0; i < scanned; i++) {
    const j = candidates ? candidates[i] : i;
    const blockers = scorePair(jobs, j, profiles, p, geo, maxBlockers);
    if (blockers === 0) {
      feasibleCount++;
      best.offer(PAIR[PAIR_TOTAL], ids[j], j);
    } else if (maxBlockers > 0 && (blockers & (blockers - 1)) === 0 && (blockers & nearMask) !== 0) {
      near.offer(PAIR[PAIR_TOTAL], ids[j], j);
    }
  }
  return result(best, near, scanned, feasibleCount);
}
