import { popcount32 } from './bits';
import type { Geo } from './geo';
import { MAX_LEVEL, SCHEDULE_WORDS } from './specs';
import type { JobTable, ProfileTable } from './tables';

/** Blockers as bits; bit order is the contract's order, in which they are reported. */
export const REQUIRED_ACCOMMODATION_MISSING = 1;
export const ESSENTIAL_TASK_CONFLICT = 2;
export const NO_SUITABLE_TASK = 4;
export const HOURS_TOO_FEW = 8;
export const HOURS_TOO_MANY = 16;
export const NO_SCHEDULE_OVERLAP = 32;
export const TOO_FAR = 64;
export const EARNINGS_OVER_LIMIT = 128;
export const ALL_BLOCKERS = 255;
/** Set when scoring stopped early because the pair had more blockers than asked for. */
export const SKIPPED = 256;

/**
 * Bit counts of 16-bit values. Two table reads per schedule word beat the SWAR popcount32 in the pair loop, and
 * schedules are runs of quarter-hours, so the entries in use are few and stay in cache.
 */
const POP16 = new Uint8Array(65536);
for (let i = 1; i < 65536; i++) POP16[i] = POP16[i >>> 1] + (i & 1);

/** Weights of the components in the total; they sum to 100 so the total is on the 0..100 scale. */
export const WEIGHT_TASKS = 40;
export const WEIGHT_ACCOMMODATIONS = 25;
export const WEIGHT_HOURS = 20;
export const WEIGHT_LOCATION = 15;

/** Experience factor of a kept task, indexed by (listed) + (experience >= 1) + (experience = 2). */
export const EXPERIENCE_FACTOR: readonly number[] = [0.55, 0.7, 0.85, 1];
/** Location score of a remote-possible job never falls below this. */
export const REMOTE_FLOOR = 0.6;
/** Schedule fit is full when the overlap is this many times the hours needed (room to arrange shifts)... */
export const SCHEDULE_SLACK = 1.5;
/** ...or at least this many hours, so small needs do not ask for tiny overlaps only. */
export const SCHEDULE_MIN_TARGET_H = 2;
/** Hour ranges that miss each other by this many hours get half of the no-gap range score. */
export const HOURS_GAP_HALF_H = 8;
/** Monthly earnings = hourly wage × weekly hours × 52 / 12. */
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/**
 * Output of scorePair: the four components as fractions 0..1, then the unrounded total (rankKey, 0..100).
 * One module-level buffer so that scoring a pair allocates nothing; read it before the next call.
 */
export const PAIR = new Float64Array(5);
export const PAIR_TASKS = 0;
export const PAIR_ACCOMMODATIONS = 1;
export const PAIR_HOURS = 2;
export const PAIR_LOCATION = 3;
export const PAIR_TOTAL = 4;

/**
 * Hours component 0..1: half how well the hour ranges fit (1 when one contains the other, partial overlap in
 * proportion to the narrower range, decaying with the gap when they miss), half how roomy the schedule overlap
 * is compared with the hours needed.
 */
export function hoursFit(jMin: number, jMax: number, pMin: number, pMax: number, overlapH: number): number {
  const lo = jMin > pMin ? jMin : pMin;
  const hi = jMax < pMax ? jMax : pMax;
  let range: number;
  if (hi >= lo) {
    const jobLen = jMax - jMin;
    const profileLen = pMax - pMin;
    const narrower = jobLen < profileLen ? jobLen : profileLen;
    range = narrower > 0 ? 0.5 + (0.5 * (hi - lo)) / narrower : 1;
  } else {
    range = 0.5 / (1 + (lo - hi) / HOURS_GAP_HALF_H);
  }
  const need = jMin > pMin ? jMin : pMin;
  const slack = need * SCHEDULE_SLACK;
  const target = slack > SCHEDULE_MIN_TARGET_H ? slack : SCHEDULE_MIN_TARGET_H;
  const schedule = overlapH >= target ? 1 : overlapH / target;
  return 0.5 * range + 0.5 * schedule;
}

/**
 * Weekly hours within an earnings limit at a wage: limit / (wage × 52 / 12); Infinity without a wage (0) or a limit
 * (Infinity).
 */
export function hoursCapOf(wage: number, limit: number): number {
  return wage > 0 && limit !== Infinity ? (limit * MONTHS_PER_YEAR) / (wage * WEEKS_PER_YEAR) : Infinity;
}

/** Whether even the job's minimum hours at its wage earn more a month than the limit (EARNINGS_OVER_LIMIT). */
export function overLimit(jobMin: number, wage: number, limit: number): boolean {
  return wage > 0 && limit !== Infinity && (jobMin * wage * WEEKS_PER_YEAR) / MONTHS_PER_YEAR > limit;
}

/**
 * The hours component when an earnings limit caps the weekly hours at `cap` (finite): the range fit scaled by the
 * share of the hours both sides could do that the cap leaves, min(1, cap / min(jobMax, profileMax)), and the
 * schedule fit judged on at most `cap` shared hours. Both only fall as the cap falls, and with a cap at or above
 * every hour in play it is hoursFit exactly.
 */
export function hoursFitCapped(
  jMin: number,
  jMax: number,
  pMin: number,
  pMax: number,
  overlapH: number,
  cap: number,
): number {
  const lo = jMin > pMin ? jMin : pMin;
  const hi = jMax < pMax ? jMax : pMax;
  let range: number;
  if (hi >= lo) {
    const jobLen = jMax - jMin;
    const profileLen = pMax - pMin;
    const narrower = jobLen < profileLen ? jobLen : profileLen;
    range = narrower > 0 ? 0.5 + (0.5 * (hi - lo)) / narrower : 1;
  } else {
    range = 0.5 / (1 + (lo - hi) / HOURS_GAP_HALF_H);
  }
  if (cap < hi) range *= cap / hi;
  const usable = overlapH < cap ? overlapH : cap;
  const need = jMin > pMin ? jMin : pMin;
  const slack = need * SCHEDULE_SLACK;
  const target = slack > SCHEDULE_MIN_TARGET_H ? slack : SCHEDULE_MIN_TARGET_H;
  const schedule = usable >= target ? 1 : usable / target;
  return 0.5 * range + 0.5 * schedule;
}

/**
 * Scores job row j against profile row p: returns the blocker bits (0 = feasible) and writes the components and
 * the total into PAIR. With more than maxBlockers blockers it stops as soon as it knows, returns the bits found
 * so far with SKIPPED, and PAIR is not written. The batch functions and explainPair all go through here, so they
 * agree bit for bit.
 */
export function scorePair(
  jobs: JobTable,
  j: number,
  profiles: ProfileTable,
  p: number,
  geo: Geo,
  maxBlockers: number,
): number {
  // Module constants copied to locals: in the CommonJS build they are property loads on `exports`.
  const levels = MAX_LEVEL;
  const pop16 = POP16;
  let blockers = 0;
  let count = 0;

  const offered = jobs.offered[j];
  const required = profiles.required[p];
  if ((required & ~offered) !== 0) {
    blockers |= REQUIRED_ACCOMMODATION_MISSING;
    if (++count > maxBlockers) return blockers | SKIPPED;
  }

  const jMin = jobs.hoursMin[j];
  const jMax = jobs.hoursMax[j];
  const pMin = profiles.hoursMin[p];
  const pMax = profiles.hoursMax[p];
  if (pMax < jMin) {
    blockers |= HOURS_TOO_FEW;
    if (++count > maxBlockers) return blockers | SKIPPED;
  }
  if (pMin > jMax) {
    blockers |= HOURS_TOO_MANY;
    if (++count > maxBlockers) return blockers | SKIPPED;
  }

  // The earnings guard: with a wage and a limit, the hours the person can take are capped.
  const wage = jobs.hourlyWage[j];
  const limit = profiles.earningsLimit[p];
  let cap = Infinity;
  if (wage > 0 && limit !== Infinity) {
    if ((jMin * wage * WEEKS_PER_YEAR) / MONTHS_PER_YEAR > limit) {
      blockers |= EARNINGS_OVER_LIMIT;
      if (++count > maxBlockers) return blockers | SKIPPED;
    }
    cap = (limit * MONTHS_PER_YEAR) / (wage * WEEKS_PER_YEAR);
  }

  const remote = jobs.remotePossible[j] !== 0;
  const remoteOnly = profiles.remoteOnly[p] !== 0;
  const cell = jobs.municipality[j] * geo.size + profiles.municipality[p];
  const km = geo.dist[cell];
  if (!remote && (remoteOnly || km > profiles.maxCommuteKm[p])) {
    blockers |= TOO_FAR;
    if (++count > maxBlockers) return blockers | SKIPPED;
  }

  // Tasks: drop conflicting ones (carve-out), sum weight × experience factor over the kept ones.
  const l = p * levels;
  const lim = profiles.limits;
  const u = j * levels;
  const union = jobs.demandUnion;
  // Demands at level k that both some task reaches and the profile limits below k: usually none, or one or two.
  let m1 = union[u] & lim[l];
  let m2 = union[u + 1] & lim[l + 1];
  let m3 = union[u + 2] & lim[l + 2];
  let m4 = union[u + 3] & lim[l + 3];
  // The job's tasks that reach one of them (bit i = the job's i-th task): those conflict, the others are kept.
  let conflicts = 0;
  if ((m1 | m2 | m3 | m4) !== 0) {
    const byDemand = jobs.demandTasks;
    const base = j * levels * 32;
    for (; m1 !== 0; m1 &= m1 - 1) conflicts |= byDemand[base + 31 - Math.clz32(m1 & -m1)];
    for (; m2 !== 0; m2 &= m2 - 1) conflicts |= byDemand[base + 63 - Math.clz32(m2 & -m2)];
    for (; m3 !== 0; m3 &= m3 - 1) conflicts |= byDemand[base + 95 - Math.clz32(m3 & -m3)];
    for (; m4 !== 0; m4 &= m4 - 1) conflicts |= byDemand[base + 127 - Math.clz32(m4 & -m4)];
  }
  const lv = profiles.levels;
  const lb = p * 4;
  const types = jobs.taskType;
  const values = jobs.taskValue;
  const tStart = jobs.taskStart[j];
  const tEnd = jobs.taskStart[j + 1];
  let taskSum = 0;
  // Summed in task order whatever is left out, so the total is the same number however it was reached.
  for (let t = tStart; t < tEnd; t++) {
    if (((conflicts >>> (t - tStart)) & 1) !== 0) continue;
    const type = types[t];
    taskSum += values[(t << 2) | ((lv[lb + (type >>> 4)] >>> ((type & 15) << 1)) & 3)];
  }
  const essential = (conflicts & jobs.fixedTasks[j]) !== 0;
  const kept = tEnd - tStart - popcount32(conflicts);
  if (essential) {
    blockers |= ESSENTIAL_TASK_CONFLICT;
    if (++count > maxBlockers) return blockers | SKIPPED;
  } else if (kept === 0) {
    blockers |= NO_SUITABLE_TASK;
    if (++count > maxBlockers) return blockers | SKIPPED;
  }

  const avail = profiles.availability;
  const base = p * SCHEDULE_WORDS;
  const words = jobs.scheduleWord;
  const bits = jobs.scheduleBits;
  let quarters = 0;
  const wEnd = jobs.scheduleStart[j + 1];
  for (let w = jobs.scheduleStart[j]; w < wEnd; w++) {
    const x = bits[w] & avail[base + words[w]];
    quarters += pop16[x & 0xffff] + pop16[x >>> 16];
  }
  const overlapH = quarters * 0.25;
  const need = jMin > pMin ? jMin : pMin;
  if (overlapH < need) {
    blockers |= NO_SCHEDULE_OVERLAP;
    // The last check: count is not needed afterwards.
    if (count >= maxBlockers) return blockers | SKIPPED;
  }

  const tasks = taskSum < 1 ? taskSum : 1;
  const needCount = profiles.needCount[p];
  const accommodations = needCount === 0 ? 1 : popcount32((required | profiles.preferred[p]) & offered) / needCount;
  const hours =
    cap === Infinity
      ? hoursFit(jMin, jMax, pMin, pMax, overlapH)
      : hoursFitCapped(jMin, jMax, pMin, pMax, overlapH, cap);
  let location: number;
  if (remoteOnly) {
    location = remote ? 1 : 0;
  } else {
    location = geo.proximity[cell];
    if (remote && location < REMOTE_FLOOR) location = REMOTE_FLOOR;
  }
  PAIR[PAIR_TASKS] = tasks;
  PAIR[PAIR_ACCOMMODATIONS] = accommodations;
  PAIR[PAIR_HOURS] = hours;
  PAIR[PAIR_LOCATION] = location;
  PAIR[PAIR_TOTAL] =
    WEIGHT_TASKS * tasks + WEIGHT_ACCOMMODATIONS * accommodations + WEIGHT_HOURS * hours + WEIGHT_LOCATION * location;
  return blockers;
}

/** The 0..100 integer score of a total: rounding is monotone, and infeasible pairs score 0. */
export function scoreOf(total: number, feasible: boolean): number {
  if (!feasible) return 0;
  const r = Math.round(total);
  return r > 100 ? 100 : r;
}

/** A 0..1 component as the contract's 0..100 integer. */
export function percentOf(fraction: number): number {
  return Math.round(100 * fraction);
}

/**
 * The job's tasks (bit i = its i-th task) above one of the profile's limits, as scorePair finds them; for advice,
 * off the hot path.
 */
export function conflictingTasks(jobs: JobTable, j: number, profiles: ProfileTable, p: number): number {
  let conflicts = 0;
  const base = j * MAX_LEVEL * 32;
  for (let k = 0; k < MAX_LEVEL; k++) {
    for (let m = jobs.demandUnion[j * MAX_LEVEL + k] & profiles.limits[p * MAX_LEVEL + k]; m !== 0; m &= m - 1) {
      conflicts |= jobs.demandTasks[base + k * 32 + 31 - Math.clz32(m & -m)];
    }
  }
  return conflicts >>> 0;
}
