import { type Geo, JobTable, type ProfileTable } from '../kernel';
import { popcount32 } from '../kernel/bits';
import {
  conflictingTasks,
  EARNINGS_OVER_LIMIT,
  ESSENTIAL_TASK_CONFLICT,
  hoursCapOf,
  NO_SCHEDULE_OVERLAP,
  REQUIRED_ACCOMMODATION_MISSING,
  scorePair,
  SKIPPED,
} from '../kernel/score';
import { SCHEDULE_WORDS } from '../kernel/specs';
import { AdviceKind, type StoredAdvice } from '../../benefits/advice.types';

/** Hours are advised in quarter hours, and never below one quarter. */
const QUARTER = 0.25;

/** A candidate row that one change to the job would make feasible. */
export interface AdviceRow {
  row: number;
  kind: AdviceKind;
  /** accommodation ordinal (OFFER_ACCOMMODATION) or task position (MAKE_TASK_MODIFIABLE) */
  item?: number;
  /** the weekly hours the person's earnings limit leaves (LOWER_MINIMUM_HOURS) */
  cap?: number;
}

/**
 * The run's candidates that one change would make feasible: single-blocker pairs whose blocker one change removes.
 *
 * - OFFER_ACCOMMODATION a: pairs missing only a (offering it changes nothing else);
 * - MAKE_TASK_MODIFIABLE t: pairs whose only blocker is essential task t, with a task left after carving it out;
 * - WIDEN_SCHEDULE (working times by agreement, any time of the week): pairs short only of shared hours whose own
 *   availability covers the hours needed;
 * - LOWER_MINIMUM_HOURS: pairs over the earnings limit only (with their cap); lower minimum hours also let in
 *   profiles the pre-filter left out, so the worker counts that change by scoring the lowered job
 *   (withMinimumHours, newlyFeasible).
 */
export function adviceRows(jobs: JobTable, profiles: ProfileTable, geo: Geo): AdviceRow[] {
  const rows: AdviceRow[] = [];
  const jMin = jobs.hoursMin[0];
  const tasks = jobs.taskStart[1] - jobs.taskStart[0];
  for (let p = 0; p < profiles.size; p++) {
    const mask = scorePair(jobs, 0, profiles, p, geo, 1);
    if (mask === 0 || (mask & SKIPPED) !== 0 || (mask & (mask - 1)) !== 0) continue;
    if (mask === REQUIRED_ACCOMMODATION_MISSING) {
      const missing = profiles.required[p] & ~jobs.offered[0];
      if (popcount32(missing) === 1)
        rows.push({ row: p, kind: AdviceKind.OFFER_ACCOMMODATION, item: 31 - Math.clz32(missing) });
    } else if (mask === ESSENTIAL_TASK_CONFLICT) {
      const conflicts = conflictingTasks(jobs, 0, profiles, p);
      const essential = conflicts & jobs.fixedTasks[0];
      if (popcount32(essential) === 1 && tasks - popcount32(conflicts) > 0) {
        rows.push({ row: p, kind: AdviceKind.MAKE_TASK_MODIFIABLE, item: 31 - Math.clz32(essential) });
      }
    } else if (mask === NO_SCHEDULE_OVERLAP) {
      let quarters = 0;
      for (let w = 0; w < SCHEDULE_WORDS; w++) quarters += popcount32(profiles.availability[p * SCHEDULE_WORDS + w]);
      if (quarters / 4 >= Math.max(jMin, profiles.hoursMin[p])) rows.push({ row: p, kind: AdviceKind.WIDEN_SCHEDULE });
    } else if (mask === EARNINGS_OVER_LIMIT) {
      const cap = hoursCapOf(jobs.hourlyWage[0], profiles.earningsLimit[p]);
      if (cap >= QUARTER) rows.push({ row: p, kind: AdviceKind.LOWER_MINIMUM_HOURS, cap });
    }
  }
  return rows;
}

/** The advice of the consented rows, counted per change (LOWER_MINIMUM_HOURS is left to the caller). */
export function countAdvice(rows: readonly AdviceRow[], consented: (row: number) => boolean): StoredAdvice[] {
  const counts = new Map<string, StoredAdvice>();
  for (const r of rows) {
    if (r.kind === AdviceKind.LOWER_MINIMUM_HOURS || !consented(r.row)) continue;
    const key = `${r.kind}:${r.item ?? ''}`;
    let advice = counts.get(key);
    if (!advice) {
      advice = { kind: r.kind, additionalCandidates: 0 };
      if (r.kind === AdviceKind.OFFER_ACCOMMODATION) advice.accommodationOrdinal = r.item;
      if (r.kind === AdviceKind.MAKE_TASK_MODIFIABLE) advice.taskPosition = r.item;
      counts.set(key, advice);
    }
    advice.additionalCandidates++;
  }
  return [...counts.values()];
}

/**
 * The minimum hours to advise: the quarter hour at or below the lowest cap of the consented rows over the limit,
 * so that all of them fit; null when there are none or it would not be lower than the job's minimum.
 */
export function minimumHoursToAdvise(
  rows: readonly AdviceRow[],
  consented: (row: number) => boolean,
  jobMin: number,
): number | null {
  let lowest = Infinity;
  for (const r of rows) {
    if (r.kind === AdviceKind.LOWER_MINIMUM_HOURS && consented(r.row) && r.cap! < lowest) lowest = r.cap!;
  }
  if (lowest === Infinity) return null;
  const hours = Math.floor(lowest / QUARTER) * QUARTER;
  return hours < jobMin && hours >= QUARTER ? hours : null;
}

/** The job with lower minimum hours: a copy of the one-row table. */
export function withMinimumHours(jobs: JobTable, features: Uint8Array, id: Uint32Array, hours: number): JobTable {
  const copy = JobTable.fromFeatures([features], id, Float64Array.of(jobs.hourlyWage[0]));
  copy.hoursMin[0] = hours;
  return copy;
}

/** Rows feasible for `after` but not for `before` (lowering the minimum hours never removes a feasible pair). */
export function newlyFeasible(before: JobTable, after: JobTable, profiles: ProfileTable, geo: Geo): number[] {
  const rows: number[] = [];
  for (let p = 0; p < profiles.size; p++) {
    if (scorePair(after, 0, profiles, p, geo, 0) === 0 && scorePair(before, 0, profiles, p, geo, 0) !== 0) rows.push(p);
  }
  return rows;
}

/** Best first: most candidates added, then by kind and item, so the order is stable. */
export function sortAdvice(advice: StoredAdvice[]): StoredAdvice[] {
  const order = Object.values(AdviceKind);
  return advice.sort(
    (a, b) =>
      b.additionalCandidates - a.additionalCandidates ||
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.accommodationOrdinal ?? a.taskPosition ?? 0) - (b.accommodationOrdinal ?? b.taskPosition ?? 0),
  );
}
