import type { Reason } from '../reasons/reason';
import { reason } from '../reasons/reason';
import { ordinalsOf, popcount32 } from './bits';
import type { Geo } from './geo';
import {
  EARNINGS_OVER_LIMIT,
  ESSENTIAL_TASK_CONFLICT,
  hoursCapOf,
  HOURS_TOO_FEW,
  HOURS_TOO_MANY,
  NO_SCHEDULE_OVERLAP,
  NO_SUITABLE_TASK,
  PAIR,
  PAIR_ACCOMMODATIONS,
  PAIR_HOURS,
  PAIR_LOCATION,
  PAIR_TASKS,
  PAIR_TOTAL,
  percentOf,
  REQUIRED_ACCOMMODATION_MISSING,
  scoreOf,
  scorePair,
  TOO_FAR,
} from './score';
import { MAX_LEVEL, SCHEDULE_WORDS } from './specs';
import type { JobTable, ProfileTable } from './tables';

/** The contract's MatchBlocker names, in the order they are reported. */
export type MatchBlocker =
  | 'REQUIRED_ACCOMMODATION_MISSING'
  | 'ESSENTIAL_TASK_CONFLICT'
  | 'NO_SUITABLE_TASK'
  | 'HOURS_TOO_FEW'
  | 'HOURS_TOO_MANY'
  | 'NO_SCHEDULE_OVERLAP'
  | 'TOO_FAR'
  | 'EARNINGS_OVER_LIMIT';

export const MATCH_BLOCKERS: readonly MatchBlocker[] = [
  'REQUIRED_ACCOMMODATION_MISSING',
  'ESSENTIAL_TASK_CONFLICT',
  'NO_SUITABLE_TASK',
  'HOURS_TOO_FEW',
  'HOURS_TOO_MANY',
  'NO_SCHEDULE_OVERLAP',
  'TOO_FAR',
  'EARNINGS_OVER_LIMIT',
];

/** Blocker names of a blocker bit set, in contract order (bit i is MATCH_BLOCKERS[i]). */
export function blockersOf(mask: number): MatchBlocker[] {
  return MATCH_BLOCKERS.filter((_, i) => (mask >>> i) & 1);
}

export interface ScoreBreakdown {
  tasks: number;
  accommodations: number;
  hours: number;
  location: number;
}

export interface PairExplanation {
  feasible: boolean;
  /** 0..100, 0 when infeasible */
  score: number;
  /** the unrounded total, for ordering (infeasible pairs too, to rank near misses) */
  rankKey: number;
  breakdown: ScoreBreakdown;
  blockers: MatchBlocker[];
  /** indices within the job of the modifiable tasks to leave out, ascending */
  carveOut: number[];
  /** most important first, at most MAX_REASONS */
  reasons: Reason[];
}

export const MAX_REASONS = 8;
/** Above these counts a group of reasons is summarised in one. */
const MAX_LISTED_MISSING = 3;
const MAX_LISTED_CONFLICTS = 2;
const MAX_LISTED_CARVED = 3;
const MAX_LISTED_OFFERED = 2;
const MAX_LISTED_PREFERRED = 2;
const MAX_LISTED_EXPERIENCE = 2;

interface TaskDetail {
  /** index within the job */
  task: number;
  taskType: number;
  modifiable: boolean;
  /** the conflicting demand furthest above the limit (lowest ordinal on ties), or -1 */
  demand: number;
  /** 0 not listed, 1 interested, 2 some experience, 3 experienced */
  experience: number;
}

function depth(masks: Uint32Array, at: number, demand: number): number {
  let n = 0;
  for (let k = 0; k < MAX_LEVEL; k++) n += (masks[at + k] >>> demand) & 1;
  return n;
}

function taskDetails(jobs: JobTable, j: number, profiles: ProfileTable, p: number): TaskDetail[] {
  const details: TaskDetail[] = [];
  const l = p * MAX_LEVEL;
  for (let t = jobs.taskStart[j]; t < jobs.taskStart[j + 1]; t++) {
    const d = t * MAX_LEVEL;
    let conflicts = 0;
    for (let k = 0; k < MAX_LEVEL; k++) conflicts |= jobs.taskDemands[d + k] & profiles.limits[l + k];
    let demand = -1;
    let worst = 0;
    for (const candidate of ordinalsOf(conflicts >>> 0)) {
      const level = depth(jobs.taskDemands, d, candidate);
      const maxLevel = MAX_LEVEL - depth(profiles.limits, l, candidate);
      if (level - maxLevel > worst) {
        worst = level - maxLevel;
        demand = candidate;
      }
    }
    const type = jobs.taskType[t];
    const a = p * 6 + (type >>> 5);
    const s = type & 31;
    const ab = profiles.abilities;
    const experience = ((ab[a] >>> s) & 1) + ((ab[a + 2] >>> s) & 1) + ((ab[a + 4] >>> s) & 1);
    details.push({
      task: t - jobs.taskStart[j],
      taskType: type,
      modifiable: jobs.taskModifiable[t] !== 0,
      demand,
      experience,
    });
  }
  return details;
}

function overlapHours(jobs: JobTable, j: number, profiles: ProfileTable, p: number): number {
  let quarters = 0;
  for (let w = jobs.scheduleStart[j]; w < jobs.scheduleStart[j + 1]; w++) {
    quarters += popcount32(jobs.scheduleBits[w] & profiles.availability[p * SCHEDULE_WORDS + jobs.scheduleWord[w]]);
  }
  return quarters / 4;
}

/**
 * Everything about one pair: feasibility, score, breakdown, blockers, carve-out and reasons. Meant for the pairs
 * that are kept (it allocates); the numbers come from the same scorePair as the batch functions.
 */
export function explainPair(jobs: JobTable, j: number, profiles: ProfileTable, p: number, geo: Geo): PairExplanation {
  if (!(j >= 0 && j < jobs.size && p >= 0 && p < profiles.size)) throw new RangeError(`pair out of range: ${j}, ${p}`);
  if (jobs.municipality[j] >= geo.size || profiles.municipality[p] >= geo.size) {
    throw new RangeError('a municipality ordinal is outside the Geo');
  }
  const mask = scorePair(jobs, j, profiles, p, geo, MATCH_BLOCKERS.length);
  const feasible = mask === 0;
  const rankKey = PAIR[PAIR_TOTAL];
  const breakdown: ScoreBreakdown = {
    tasks: percentOf(PAIR[PAIR_TASKS]),
    accommodations: percentOf(PAIR[PAIR_ACCOMMODATIONS]),
    hours: percentOf(PAIR[PAIR_HOURS]),
    location: percentOf(PAIR[PAIR_LOCATION]),
  };
  const tasks = taskDetails(jobs, j, profiles, p);
  const carveOut = tasks.filter((t) => t.demand >= 0 && t.modifiable).map((t) => t.task);
  return {
    feasible,
    score: scoreOf(rankKey, feasible),
    rankKey,
    breakdown,
    blockers: blockersOf(mask),
    carveOut,
    reasons: reasonsOf(jobs, j, profiles, p, geo, mask, tasks),
  };
}

function reasonsOf(
  jobs: JobTable,
  j: number,
  profiles: ProfileTable,
  p: number,
  geo: Geo,
  mask: number,
  tasks: TaskDetail[],
): Reason[] {
  const out: Reason[] = [];
  const offered = jobs.offered[j];
  const required = profiles.required[p];
  const preferred = profiles.preferred[p];
  const jMin = jobs.hoursMin[j];
  const jMax = jobs.hoursMax[j];
  const pMin = profiles.hoursMin[p];
  const pMax = profiles.hoursMax[p];
  const overlap = overlapHours(jobs, j, profiles, p);
  const km = geo.km(jobs.municipality[j], profiles.municipality[p]);
  const remote = jobs.remotePossible[j] !== 0;
  const remoteOnly = profiles.remoteOnly[p] !== 0;
  // The weekly hours an earnings limit leaves at this wage, down to the quarter hour (Infinity: no cap).
  const cap = hoursCapOf(jobs.hourlyWage[j], profiles.earningsLimit[p]);
  const capShown = Math.floor(cap * 4) / 4;

  // Blockers first, in contract order.
  if (mask & REQUIRED_ACCOMMODATION_MISSING) {
    const missing = ordinalsOf(required & ~offered);
    if (missing.length > MAX_LISTED_MISSING)
      out.push(reason('REQUIRED_ACCOMMODATIONS_MISSING', { count: missing.length }));
    else for (const a of missing) out.push(reason('REQUIRED_ACCOMMODATION_MISSING', { accommodation: a }));
  }
  if (mask & ESSENTIAL_TASK_CONFLICT) {
    const conflicts = tasks.filter((t) => t.demand >= 0 && !t.modifiable);
    if (conflicts.length > MAX_LISTED_CONFLICTS) {
      out.push(reason('ESSENTIAL_TASK_CONFLICTS', { count: conflicts.length }));
    } else {
      for (const t of conflicts) {
        out.push(reason('ESSENTIAL_TASK_CONFLICT', { task: t.task, taskType: t.taskType, demand: t.demand }));
      }
    }
  }
  if (mask & NO_SUITABLE_TASK) out.push(reason('NO_SUITABLE_TASK', {}));
  if (mask & HOURS_TOO_FEW) out.push(reason('HOURS_TOO_FEW', { jobMin: jMin, profileMax: pMax }));
  if (mask & HOURS_TOO_MANY) out.push(reason('HOURS_TOO_MANY', { jobMax: jMax, profileMin: pMin }));
  if (mask & NO_SCHEDULE_OVERLAP) {
    out.push(reason('SCHEDULE_OVERLAP_TOO_SMALL', { hours: overlap, needed: Math.max(jMin, pMin) }));
  }
  if (mask & TOO_FAR) {
    if (remoteOnly) out.push(reason('REMOTE_ONLY', {}));
    else {
      // Whole km, unless rounding would make the distance look within the limit.
      const maxKm = profiles.maxCommuteKm[p];
      const shown = Math.round(km) > maxKm ? Math.round(km) : Math.ceil(km * 10) / 10;
      out.push(reason('TOO_FAR', { km: shown, maxKm }));
    }
  }
  // Said as hours only; employers read it without the hours (EMPLOYER_CATALOGS), which with the wage give the limit.
  if (mask & EARNINGS_OVER_LIMIT) out.push(reason('EARNINGS_OVER_LIMIT', { jobMin: jMin, maxHours: capShown }));

  // What the employer has to adapt, then what fits.
  const carved = tasks.filter((t) => t.demand >= 0 && t.modifiable);
  if (carved.length > MAX_LISTED_CARVED) {
    out.push(reason('TASKS_CARVED_OUT', { count: carved.length, total: tasks.length }));
  } else {
    for (const t of carved) {
      out.push(reason('TASK_CARVED_OUT', { task: t.task, taskType: t.taskType, demand: t.demand }));
    }
  }
  if (tasks.every((t) => t.demand < 0)) out.push(reason('ALL_TASKS_SUITABLE', {}));

  if ((required & ~offered) === 0 && required !== 0) {
    const met = ordinalsOf(required);
    if (met.length > MAX_LISTED_OFFERED) out.push(reason('REQUIRED_ACCOMMODATIONS_OFFERED', { count: met.length }));
    else for (const a of met) out.push(reason('REQUIRED_ACCOMMODATION_OFFERED', { accommodation: a }));
  }

  // Experience in kept tasks, most experienced first, one reason per task type.
  const seen = new Set<number>();
  const experienced: TaskDetail[] = [];
  const kept = tasks.filter((t) => t.demand < 0 && t.experience > 0);
  kept.sort((a, b) => b.experience - a.experience || a.task - b.task);
  for (const t of kept) {
    if (seen.has(t.taskType) || experienced.length === MAX_LISTED_EXPERIENCE) continue;
    seen.add(t.taskType);
    experienced.push(t);
  }
  for (const t of experienced) {
    const params = { task: t.task, taskType: t.taskType };
    if (t.experience === 3) out.push(reason('TASK_EXPERIENCED', params));
    else if (t.experience === 2) out.push(reason('TASK_SOME_EXPERIENCE', params));
    else out.push(reason('TASK_INTERESTED', params));
  }

  if ((mask & NO_SCHEDULE_OVERLAP) === 0) out.push(reason('SCHEDULE_OVERLAP', { hours: overlap }));
  if ((mask & (HOURS_TOO_FEW | HOURS_TOO_MANY | EARNINGS_OVER_LIMIT)) === 0) {
    const bothMax = Math.min(jMax, pMax);
    const bothMin = Math.min(Math.max(jMin, pMin), bothMax);
    if (capShown < bothMax) {
      const max = capShown;
      out.push(reason('HOURS_RANGE_AT_PAY', { min: Math.min(bothMin, max), max, bothMin, bothMax }));
    } else out.push(reason('HOURS_RANGE', { min: bothMin, max: bothMax }));
  }
  if ((mask & TOO_FAR) === 0) {
    if (remote) out.push(reason('REMOTE_POSSIBLE', {}));
    else if (jobs.municipality[j] === profiles.municipality[p]) out.push(reason('SAME_MUNICIPALITY', {}));
    else out.push(reason('DISTANCE', { km: Math.round(km) }));
  }

  const wished = ordinalsOf(preferred);
  if (wished.length > MAX_LISTED_PREFERRED) {
    out.push(reason('PREFERRED_ACCOMMODATIONS', { offered: popcount32(preferred & offered), total: wished.length }));
  } else {
    for (const a of wished) {
      const code = (offered >>> a) & 1 ? 'PREFERRED_ACCOMMODATION_OFFERED' : 'PREFERRED_ACCOMMODATION_NOT_OFFERED';
      out.push(reason(code, { accommodation: a }));
    }
  }
  return out.slice(0, MAX_REASONS);
}
